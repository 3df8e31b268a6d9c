package app.konqer.server.operations;

import app.konqer.server.db.Database;
import io.javalin.http.Context;

/**
 * {@code GET /health}: 200 when the database answers, 503 with {@code Retry-After} when it does not. The check waits
 * at most the pool's connection timeout. Suits load balancer and Kubernetes probes.
 */
public final class HealthCheck {
  private final Database database;
  private final String version;

  /**
   * Creates the check.
   *
   * @param database the database to ping
   * @param version the server version to report
   */
  public HealthCheck(Database database, String version) {
    this.database = database;
    this.version = version;
  }

  /**
   * Answers the health request.
   *
   * @param ctx the request
   */
  public void check(Context ctx) {
    if (database.isReachable()) {
      ctx.json(new Health("ok", version, "up"));
    } else {
      ctx.status(503).header("Retry-After", "5").json(new Health("unavailable", version, "down"));
    }
  }
}
