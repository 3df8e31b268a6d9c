package app.konqer.server.testing;

import app.konqer.server.auth.InvalidTokenException;
import app.konqer.server.auth.Principal;
import app.konqer.server.auth.TokenVerifier;
import java.util.Arrays;
import java.util.List;

/**
 * A test-only token verifier. A token reads {@code test:<sub>:<email>:<roles>}, roles comma-separated and either
 * part possibly empty; anything else is refused. The real verifier (RS256 JWTs) is tested on its own.
 */
public final class TestTokens implements TokenVerifier {

  /**
   * A token for a user.
   *
   * @param subject the {@code sub}
   * @return the token
   */
  public static String user(String subject) {
    return "test:" + subject + ":" + subject + "@example.com:";
  }

  /**
   * A token for an admin.
   *
   * @param subject the {@code sub}
   * @return the token
   */
  public static String admin(String subject) {
    return "test:" + subject + ":" + subject + "@example.com:admin";
  }

  /**
   * A verifier that reads test tokens and hands every other token to another verifier.
   *
   * @param others verifies tokens that are not test tokens, such as dev tokens
   * @return the verifier
   */
  public static TokenVerifier orElse(TokenVerifier others) {
    TestTokens tests = new TestTokens();
    return token -> token.startsWith("test:") ? tests.verify(token) : others.verify(token);
  }

  @Override
  public Principal verify(String token) {
    String[] parts = token.split(":", -1);
    if (parts.length != 4 || !parts[0].equals("test") || parts[1].isEmpty()) {
      throw new InvalidTokenException("Malformed token");
    }
    String email = parts[2].isEmpty() ? null : parts[2];
    List<String> roles = parts[3].isEmpty() ? List.of() : Arrays.asList(parts[3].split(","));
    return new Principal(parts[1], email, "User " + parts[1], roles);
  }
}
