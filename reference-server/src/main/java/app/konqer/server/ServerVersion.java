package app.konqer.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this server was built as, from {@code version.properties}. */
public final class ServerVersion {
  private ServerVersion() {}

  /** @return the build version, such as {@code 0.1.0-SNAPSHOT}, or {@code unknown} */
  public static String current() {
    try (InputStream in = ServerVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
