package app.konqer.server;

import io.javalin.Javalin;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Konqer server: the HTTP API and the resources it owns. {@link #close()} stops in order: in-flight
 * requests drain (within the grace period) while new ones are refused, then the owned resources close in the order
 * given, typically the connection pool and then the embedded database.
 */
public final class KonqerServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KonqerServer.class);

  private final Javalin app;
  private final List<AutoCloseable> resources;
  private boolean closed;

  private KonqerServer(Javalin app, List<AutoCloseable> resources) {
    this.app = app;
    this.resources = resources;
  }

  /**
   * Starts an app.
   *
   * @param app the app, such as {@link KonqerApi#create}'s
   * @param port the port; 0 picks a free one
   * @param resources what to close after the HTTP server has stopped, in that order
   * @return the running server
   */
  public static KonqerServer start(Javalin app, int port, List<AutoCloseable> resources) {
    app.start(port);
    return new KonqerServer(app, List.copyOf(resources));
  }

  /** @return the port the server listens on */
  public int port() {
    return app.port();
  }

  /** @return the server's base URL on this machine */
  public URI url() {
    return URI.create("http://localhost:" + port());
  }

  /** @return the Javalin app, to inspect its routes */
  public Javalin app() {
    return app;
  }

  /** Stops the server: drains requests, then closes the owned resources. Calling it again does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    log.info("Stopping: draining in-flight requests");
    try {
      app.stop();
    } catch (RuntimeException e) {
      log.warn("The HTTP server did not stop cleanly", e);
    }
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        log.warn("Closing {} failed", resource, e);
      }
    }
    log.info("Konqer stopped");
  }
}
