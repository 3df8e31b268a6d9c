package app.konqer.examples.quickstart;

import app.konqer.server.KonqerServer;
import app.konqer.server.ServerAssembly;
import app.konqer.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reference server started in this process on its embedded defaults, as {@code java -jar
 * reference-server-...-all.jar} would start it: an embedded PostgreSQL, the offline generator, dev tokens and the
 * dev checkout, on a free port. Its data lives in a temporary directory, deleted when it stops, so every run starts
 * from scratch and leaves nothing behind.
 */
final class LocalServer implements AutoCloseable {
  private final KonqerServer server;
  private final Path dataDir;

  private LocalServer(KonqerServer server, Path dataDir) {
    this.server = server;
    this.dataDir = dataDir;
  }

  /**
   * Starts the server. Only the port and the data directory are set; every other setting takes its default, whatever
   * the environment says, so that the quickstart never reaches a real OpenAI, Stripe or identity provider.
   *
   * @return the running server
   */
  static LocalServer start() {
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("konqer-quickstart-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary directory for the server's data", e);
    }
    try {
      ServerConfig config = ServerConfig.fromEnv(Map.of("PORT", "0", "KONQER_DATA_DIR", dataDir.toString()),
          Path.of(System.getProperty("user.home")));
      return new LocalServer(ServerAssembly.start(config), dataDir);
    } catch (RuntimeException e) {
      delete(dataDir);
      throw e;
    }
  }

  /** @return the server's base URL */
  String baseUrl() {
    return server.url().toString();
  }

  /** @return where the embedded PostgreSQL keeps its data until the server stops */
  Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    server.close();
    delete(dataDir);
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + directory, e);
    }
  }
}
