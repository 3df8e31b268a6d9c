package app.konqer.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.error.Problem;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-IP and per-user request rates over HTTP: 429 {@code rate_limited} with {@code Retry-After}, refused before
 * any database work, per client, and lifted as time passes (on the server's clock: nothing waits).
 */
class RateLimitTest {
  /** Two requests at once, then one a second, per client address; 127.0.0.1 is the trusted proxy. */
  @RegisterExtension
  static final TestServer perIp = TestServer.api().limits(new LimitSettings(RateLimit.OFF, new RateLimit(1, 2),
      TrustedProxies.parse("127.0.0.1, ::1")));

  /** Two requests at once, then one a second, per user. */
  @RegisterExtension
  static final TestServer perUser = TestServer.api().limits(new LimitSettings(new RateLimit(1, 2), RateLimit.OFF,
      TrustedProxies.none()));

  @Test
  void aClientAddressOverItsRateIsRefusedBeforeItsUserIsLookedUp() {
    assertThat(getMe(perIp, "ip-first", "198.51.100.10").status()).isEqualTo(200);
    assertThat(getMe(perIp, "ip-second", "198.51.100.10").status()).isEqualTo(200);

    Reply refused = getMe(perIp, "ip-third", "198.51.100.10");

    assertRateLimited(refused);
    assertThat(users(perIp, "ip-third")).as("no database work for a refused request").isZero();
    assertThat(getMe(perIp, "ip-other-client", "198.51.100.11").status()).isEqualTo(200);
    perIp.clock().advance(Duration.ofSeconds(1));
    assertThat(getMe(perIp, "ip-third", "198.51.100.10").status()).isEqualTo(200);
  }

  @Test
  void theAddressLimitCountsRequestsWithoutATokenAndToUnknownRoutes() {
    assertThat(perIp.http().send(perIp.http().request("/services")
        .header("X-Forwarded-For", "198.51.100.20")).status()).isEqualTo(200);
    assertThat(perIp.http().send(perIp.http().request("/no/such/route")
        .header("X-Forwarded-For", "198.51.100.20")).status()).isEqualTo(404);

    assertRateLimited(perIp.http().send(perIp.http().request("/services")
        .header("X-Forwarded-For", "198.51.100.20")));
  }

  @Test
  void aUserOverTheirRateIsRefusedWhileOthersGoOn() {
    String token = TestTokens.user("busy-user");
    assertThat(perUser.http().get("/user/me", token).status()).isEqualTo(200);
    assertThat(perUser.http().get("/user/services", token).status()).isEqualTo(200);

    assertRateLimited(perUser.http().get("/user/usage", token));
    assertThat(perUser.http().get("/user/me", TestTokens.user("calm-user")).status()).isEqualTo(200);
    perUser.clock().advance(Duration.ofSeconds(1));
    assertThat(perUser.http().get("/user/usage", token).status()).isEqualTo(200);
  }

  @Test
  void theUserLimitRefusesANewUserBeforeCreatingThem() {
    String token = TestTokens.user("eager-newcomer");
    perUser.http().get("/no-such-user-route", token);
    assertThat(perUser.http().get("/services", token).status()).as("a public route counts no user").isEqualTo(200);
    assertThat(perUser.http().send(perUser.http().request("/user/me")
        .header("Authorization", "Bearer " + token)).status()).isEqualTo(200);
    assertThat(perUser.http().get("/user/me", token).status()).isEqualTo(200);
    perUser.database().query(c -> c.createStatement().executeUpdate(
        "DELETE FROM users WHERE keycloak_user_id = 'eager-newcomer'"));

    assertRateLimited(perUser.http().get("/user/me", token));
    assertThat(users(perUser, "eager-newcomer")).isZero();
  }

  private static Reply getMe(TestServer server, String subject, String forwardedFor) {
    return server.http().send(server.http().request("/user/me")
        .header("Authorization", "Bearer " + TestTokens.user(subject))
        .header("X-Forwarded-For", forwardedFor));
  }

  private static void assertRateLimited(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(429);
    assertThat(reply.mediaType()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(reply.problem().code()).isEqualTo("rate_limited");
    assertThat(reply.header("Retry-After")).isEqualTo("1");
    assertThat(reply.problem().requestId()).isEqualTo(reply.header("X-Request-Id"));
  }

  private static int users(TestServer server, String subject) {
    return server.database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT count(*) FROM users WHERE keycloak_user_id = ?")) {
        select.setString(1, subject);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getInt(1);
        }
      }
    });
  }
}
