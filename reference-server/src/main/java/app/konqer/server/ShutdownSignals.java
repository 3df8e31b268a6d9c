package app.konqer.server;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Runs the server's orderly stop on SIGTERM and SIGINT before the JVM starts its shutdown hooks, then exits. Doing it
 * ahead of the hooks matters: the embedded PostgreSQL registers a hook of its own that would otherwise stop the
 * database while requests are still draining. A plain hook remains as the fallback for other kinds of exit.
 */
final class ShutdownSignals {
  private static final Logger log = LoggerFactory.getLogger(ShutdownSignals.class);

  private ShutdownSignals() {}

  static void install(AutoCloseable server) {
    AtomicBoolean stopping = new AtomicBoolean();
    Runnable stopThenExit = () -> {
      closeQuietly(server);
      System.exit(0);
    };
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), signal -> {
          if (stopping.compareAndSet(false, true)) {
            log.info("SIG{} received", name);
            new Thread(stopThenExit, "konqer-shutdown").start();
          }
        });
      } catch (IllegalArgumentException e) {
        log.debug("Signal {} cannot be handled on this platform", name);
      }
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "konqer-shutdown-hook"));
  }

  private static void closeQuietly(AutoCloseable server) {
    try {
      server.close();
    } catch (Exception e) {
      log.warn("Shutdown did not complete cleanly", e);
    }
  }
}
