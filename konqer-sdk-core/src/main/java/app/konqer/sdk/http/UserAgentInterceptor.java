package app.konqer.sdk.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Names the SDK in {@code User-Agent}: {@code konqer-java/<sdk version> java/<java version>}, plus a suffix. */
final class UserAgentInterceptor implements Interceptor {
  private final String userAgent;

  UserAgentInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  /**
   * The SDK's user agent.
   *
   * @param suffix the caller's product token, such as {@code acme-crm/2.1}, or {@code null}
   * @return the user agent string
   */
  static String userAgent(String suffix) {
    String agent = "konqer-java/" + sdkVersion() + " java/" + System.getProperty("java.version");
    return suffix == null || suffix.isBlank() ? agent : agent + " " + suffix.strip();
  }

  private static String sdkVersion() {
    try (InputStream in = UserAgentInterceptor.class.getResourceAsStream("/app/konqer/sdk/version.properties")) {
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

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.header("User-Agent") != null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header("User-Agent", userAgent).build());
  }
}
