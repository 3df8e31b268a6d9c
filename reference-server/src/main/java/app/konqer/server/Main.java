package app.konqer.server;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the Konqer reference server from environment variables (see {@link ConfigVariable}). */
public final class Main {
  private static final Logger log = LoggerFactory.getLogger(Main.class);

  private Main() {}

  /**
   * Starts the server and returns; it runs until SIGTERM or SIGINT.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ServerConfig config;
    try {
      config = ServerConfig.fromEnv(System.getenv(), Path.of(System.getProperty("user.home")));
    } catch (InvalidConfigException e) {
      log.error("Invalid configuration: {}", e.getMessage());
      System.exit(2);
      return;
    }
    KonqerServer server;
    try {
      server = ServerAssembly.start(config);
    } catch (RuntimeException e) {
      log.error("Konqer failed to start", e);
      System.exit(1);
      return;
    }
    ShutdownSignals.install(server);
    log.info("Konqer {} is ready at {} ({} database)", ServerVersion.current(), server.url(),
        config.embeddedDatabase() ? "embedded" : "external");
    if (config.devAuth()) {
      log.info("Dev mode: get a token with\n  curl -X POST {}/auth/dev-token -H 'content-type: application/json'"
          + " -d '{\"email\":\"you@example.com\",\"name\":\"You\"}'", server.url());
    }
  }
}
