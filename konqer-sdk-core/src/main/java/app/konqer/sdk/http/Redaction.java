package app.konqer.sdk.http;

import java.util.List;
import java.util.Locale;
import okhttp3.Headers;

/**
 * Hides secrets in logged headers: {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie},
 * {@code Set-Cookie}, and any header whose name speaks of a token, secret, key, password, session, signature or
 * credential. {@code Idempotency-Key} is shown: it identifies an operation and grants nothing.
 */
final class Redaction {
  static final String REDACTED = "<redacted>";
  private static final List<String> SENSITIVE_WORDS =
      List.of("auth", "cookie", "token", "secret", "key", "password", "session", "signature", "credential");
  private static final List<String> SHOWN = List.of("idempotency-key");

  private Redaction() {}

  static boolean isSensitive(String headerName) {
    String name = headerName.toLowerCase(Locale.ROOT);
    if (SHOWN.contains(name)) {
      return false;
    }
    for (String word : SENSITIVE_WORDS) {
      if (name.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The headers as one log-friendly string, with sensitive values replaced.
   *
   * @param headers the headers
   * @return {@code [Name: value, Authorization: <redacted>, ...]}
   */
  static String format(Headers headers) {
    StringBuilder out = new StringBuilder().append('[');
    for (int i = 0; i < headers.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      String name = headers.name(i);
      out.append(name).append(": ").append(isSensitive(name) ? REDACTED : headers.value(i));
    }
    return out.append(']').toString();
  }
}
