package app.konqer.server.testkit;

import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * Delays requests at the outermost Jetty handler, before the app sees them. The delay holds no thread: the request is
 * parked on Jetty's scheduler and handed to the server's thread pool when it is due, as a slow network or a busy
 * upstream would delay it. Neither the test's thread nor a server thread sleeps.
 */
final class LatencyHandler extends Handler.Wrapper {
  private final Supplier<Duration> latency;

  /**
   * Creates the handler.
   *
   * @param latency the delay to apply now; zero for none
   */
  LatencyHandler(Supplier<Duration> latency) {
    this.latency = latency;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Duration delay = latency.get();
    if (delay.isZero()) {
      return super.handle(request, response, callback);
    }
    Server server = getServer();
    server.getScheduler().schedule(
        () -> server.getThreadPool().execute(() -> proceed(request, response, callback)), delay);
    return true;
  }

  private void proceed(Request request, Response response, Callback callback) {
    try {
      if (!super.handle(request, response, callback)) {
        Response.writeError(request, response, callback, 404);
      }
    } catch (Throwable failure) {
      Response.writeError(request, response, callback, failure);
    }
  }
}
