package app.konqer.server.testkit;

import app.konqer.sdk.auth.TokenProvider;
import java.util.List;
import java.util.UUID;

/**
 * A user minted by {@link KonqerTestServer#user(String)}: stored in the test server's database exactly as a first
 * sign-in stores one, with the plan, access and quota the test asked for. Immutable; its tokens are minted on demand.
 */
public final class TestUser {
  private final UUID id;
  private final String email;
  private final String name;
  private final String subject;
  private final List<String> roles;
  private final DevTokens tokens;

  TestUser(UUID id, String email, String name, String subject, List<String> roles, DevTokens tokens) {
    this.id = id;
    this.email = email;
    this.name = name;
    this.subject = subject;
    this.roles = List.copyOf(roles);
    this.tokens = tokens;
  }

  /** @return the user's id in the server's database, as {@code GET /user/me} reports it */
  public UUID id() {
    return id;
  }

  /** @return the e-mail address, lower-cased */
  public String email() {
    return email;
  }

  /** @return the display name */
  public String name() {
    return name;
  }

  /** @return the {@code sub} of the user's tokens, the same a dev-mode server derives from the e-mail address */
  public String subject() {
    return subject;
  }

  /** @return the roles in the user's tokens, such as {@code admin} */
  public List<String> roles() {
    return roles;
  }

  /**
   * A fresh access token: an RS256 JWT signed by the test server's dev issuer, valid for an hour of the server's
   * clock. Pass it wherever your code takes a Konqer token.
   *
   * @return the token
   */
  public String token() {
    return tokens.mint();
  }

  /**
   * Tokens for a {@code KonqerClient} you build yourself, renewed before they expire on the server's clock:
   * {@code KonqerClient.builder().baseUrl(konqer.baseUrl()).tokenProvider(user.tokenProvider())}.
   *
   * @return the token provider
   */
  public TokenProvider tokenProvider() {
    return tokens;
  }

  @Override
  public String toString() {
    return "TestUser[" + email + ", id=" + id + "]";
  }
}
