package app.konqer.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.billing.admin.AdminUser;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.sdk.paging.Page;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /admin/users}: every user newest first, keyset paged, with the subscriptions that grant access. */
class AdminUsersTest {
  private static final Type USER_PAGE = Types.newParameterizedType(Page.class, AdminUser.class);
  private static final String ADMIN = TestTokens.admin("kc-users-admin");
  private static final Instant NOW = TestServer.START;
  private static final Instant DAY = NOW.minus(Duration.ofDays(100));

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @BeforeAll
  static void seed() {
    AdminSeed seed = new AdminSeed(server.database());
    // The admin's own row, created on first sight, is the oldest.
    assertThat(server.http().get("/user/me", ADMIN).status()).isEqualTo(200);
    seed.execute("UPDATE users SET created_at = ? WHERE keycloak_user_id = 'kc-users-admin'", DAY.minusSeconds(60));

    UUID ada = seed.user("ada@example.com", DAY);
    UUID bob = seed.user("bob@example.com", DAY.plusSeconds(10));
    UUID cy = seed.user("cy@example.com", DAY.plusSeconds(20));
    seed.user("dee@example.com", DAY.plusSeconds(20));
    UUID eve = seed.user("eve@example.com", DAY.plusSeconds(30));
    seed.execute("UPDATE users SET stripe_customer_id = 'cus_ada' WHERE id = ?", ada);

    Instant start = NOW.minus(Duration.ofDays(10));
    Instant end = NOW.plus(Duration.ofDays(20));
    // ada: two in force, one of them ending at its period end.
    seed.subscription(ada, Plan.MONTHLY_SINGLE, ServiceId.COLD_DM, SubscriptionStatus.ACTIVE, start, end, false);
    seed.subscription(ada, Plan.MONTHLY_SINGLE, ServiceId.CAROUSEL, SubscriptionStatus.ACTIVE, start, end, true);
    // bob: canceled and ended, and unpaid.
    seed.subscription(bob, Plan.MONTHLY_BUNDLE, ServiceId.COLD_DM, SubscriptionStatus.CANCELED, start.minus(
        Duration.ofDays(40)), start, false);
    seed.subscription(bob, Plan.MONTHLY_SINGLE, ServiceId.WEBINAR, SubscriptionStatus.UNPAID, start, end, false);
    // cy: canceled but paid until the period end, and past due (Stripe retries; access stays).
    seed.subscription(cy, Plan.ANNUAL_BUNDLE, ServiceId.COLD_DM, SubscriptionStatus.CANCELED, start, end, false);
    seed.subscription(cy, Plan.MONTHLY_SINGLE, ServiceId.OBJECTION, SubscriptionStatus.PAST_DUE, start, end, false);
    // eve: a subscription whose only service unlocks later.
    seed.subscription(eve, Plan.FOUNDING, ServiceId.COLD_DM, SubscriptionStatus.ACTIVE, start, end, false);
    seed.execute("UPDATE subscription_grants SET unlocks_at = ? WHERE subscription_id IN "
        + "(SELECT id FROM subscriptions WHERE user_id = ?)", NOW.plus(Duration.ofDays(3)), eve);
  }

  @Test
  void usersArePagedNewestFirstWithoutRepeatsOrGapsAtEqualTimes() {
    List<String> emails = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String cursor = null;
    do {
      Page<AdminUser> page = page("?limit=2" + (cursor == null ? "" : "&cursor=" + encode(cursor)));
      page.data().forEach(user -> emails.add(user.email()));
      sizes.add(page.data().size());
      cursor = page.nextCursor();
    } while (cursor != null);

    assertThat(sizes).containsExactly(2, 2, 2);
    assertThat(emails.get(0)).isEqualTo("eve@example.com");
    assertThat(emails.subList(1, 3)).containsExactlyInAnyOrder("cy@example.com", "dee@example.com");
    assertThat(emails.subList(3, 6)).containsExactly("bob@example.com", "ada@example.com", "kc-users-admin@example.com");
  }

  @Test
  void activeSubscriptionsCountThoseThatGrantAccessNow() {
    Map<String, AdminUser> users = new LinkedHashMap<>();
    page("?limit=100").data().forEach(user -> users.put(user.email(), user));

    assertThat(users.get("ada@example.com").activeSubscriptions()).isEqualTo(2);
    assertThat(users.get("ada@example.com").stripeCustomerId()).isEqualTo("cus_ada");
    assertThat(users.get("ada@example.com").name()).isEqualTo("ada");
    assertThat(users.get("ada@example.com").createdAt()).isEqualTo(DAY);
    assertThat(users.get("bob@example.com").activeSubscriptions()).isZero();
    assertThat(users.get("cy@example.com").activeSubscriptions()).isEqualTo(2);
    assertThat(users.get("dee@example.com").activeSubscriptions()).isZero();
    assertThat(users.get("eve@example.com").activeSubscriptions()).isZero();

    server.clock().advance(Duration.ofDays(3));
    Map<String, Integer> later = new LinkedHashMap<>();
    page("?limit=100").data().forEach(user -> later.put(user.email(), user.activeSubscriptions()));
    server.clock().advance(Duration.ofDays(-3));

    assertThat(later).containsEntry("eve@example.com", 1).containsEntry("ada@example.com", 2);
  }

  @Test
  void aBadLimitOrCursorIs400() {
    Reply limit = server.http().get("/admin/users?limit=101", ADMIN);
    Reply cursor = server.http().get("/admin/users?cursor=not-a-cursor", ADMIN);

    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.problem().code()).isEqualTo("invalid_limit");
    assertThat(cursor.status()).isEqualTo(400);
    assertThat(cursor.problem().code()).isEqualTo("invalid_cursor");
  }

  @Test
  void theListIsReadFromTheIndexWithoutSorting() {
    String plan = server.database().transaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET LOCAL enable_seqscan = off");
        StringBuilder lines = new StringBuilder();
        try (ResultSet row = statement.executeQuery("EXPLAIN SELECT id FROM users u WHERE (u.created_at, u.id) < "
            + "(now(), gen_random_uuid()) ORDER BY u.created_at DESC, u.id DESC LIMIT 21")) {
          while (row.next()) {
            lines.append(row.getString(1)).append('\n');
          }
        }
        return lines.toString();
      }
    });

    assertThat(plan).contains("users_created_idx").doesNotContain("Sort");
  }

  private static Page<AdminUser> page(String query) {
    Reply reply = server.http().get("/admin/users" + query, ADMIN);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json(USER_PAGE);
  }

  private static String encode(String cursor) {
    return URLEncoder.encode(cursor, StandardCharsets.UTF_8);
  }
}
