package app.konqer.sdk.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The SDK's {@code User-Agent}: {@code konqer-java/<sdk version> java/<java version>}, plus the caller's suffix. */
final class UserAgent {
  private static final String VERSION_RESOURCE = "/app/konqer/sdk/version.properties";

  private UserAgent() {}

  /**
   * The user agent.
   *
   * @param suffix the caller's product token, such as {@code acme-crm/2.1}, or {@code null}
   * @return the header value
   */
  static String of(String suffix) {
    String agent = "konqer-java/" + sdkVersion() + " java/" + System.getProperty("java.version");
    return suffix == null || suffix.isBlank() ? agent : agent + " " + suffix.strip();
  }

  private static String sdkVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the SDK version", e);
    }
  }
}
