package app.konqer.server.operations;

import app.konqer.server.db.Database;
import io.javalin.http.Context;

/**
 * {@code GET /health}: 200 when the database answers, 503 with {@code Retry-After} when it does not. The check waits
 * at most the pool's connection timeout. Suits load balancers and Kubernetes readiness probes.
 *
 * <p>{@code GET /health/live}: 200 whenever the process serves HTTP, without touching the database. Suits Kubernetes
 * liveness probes, which must not restart every replica while only the database is down.
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

  /**
   * Answers the liveness request: up, without asking the database.
   *
   * @param ctx the request
   */
  public void live(Context ctx) {
    ctx.json(Liveness.UP);
  }
}
