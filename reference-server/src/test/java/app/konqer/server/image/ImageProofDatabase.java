package app.konqer.server.image;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL that {@code src/image/prove-image.sh} runs the container image against: an embedded PostgreSQL on
 * this machine's loopback, with an empty {@code konqer} database. It prints {@code ready <jdbc url>} once it accepts
 * connections and runs until the JVM is stopped.
 *
 * <p>Usage: {@code ImageProofDatabase PORT DATA_DIR}
 */
public final class ImageProofDatabase {
  private ImageProofDatabase() {}

  /**
   * Starts the database.
   *
   * @param args the port and a new data directory
   * @throws IOException when PostgreSQL cannot start
   * @throws SQLException when the database cannot be created
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws IOException, SQLException, InterruptedException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ImageProofDatabase PORT DATA_DIR");
    }
    int port = Integer.parseInt(args[0]);
    Path data = Files.createDirectories(Path.of(args[1]));
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(data)
        .setCleanDataDirectory(true)
        .start();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE konqer");
    }
    System.out.println("ready jdbc:postgresql://127.0.0.1:" + port + "/konqer");
    System.out.flush();
    Thread.currentThread().join();
  }
}
