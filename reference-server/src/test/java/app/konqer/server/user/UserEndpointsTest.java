package app.konqer.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.paging.Page;
import app.konqer.server.db.Rows;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /user/me}, {@code /user/subscriptions} and {@code /user/services} on a real database. */
class UserEndpointsTest {
  private static final Type SUBSCRIPTIONS = Types.newParameterizedType(Page.class, Subscription.class);
  private static final Type SERVICES = Types.newParameterizedType(Page.class, UserService.class);

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void meCreatesTheUserOnFirstSightAndReturnsTheSameUserAfterwards() {
    Reply first = server.http().get("/user/me", "test:kc-ada:ada@example.com:admin,beta");
    Reply second = server.http().get("/user/me", "test:kc-ada:ada@example.com:");

    assertThat(first.status()).isEqualTo(200);
    UserProfile created = first.json(UserProfile.class);
    assertThat(created.email()).isEqualTo("ada@example.com");
    assertThat(created.name()).isEqualTo("User kc-ada");
    assertThat(created.roles()).containsExactly("admin", "beta");
    assertThat(created.createdAt()).isNotNull();
    UserProfile again = second.json(UserProfile.class);
    assertThat(again.id()).isEqualTo(created.id());
    assertThat(again.roles()).isEmpty();
    assertThat(usersWithSubject("kc-ada")).isEqualTo(1);
  }

  @Test
  void meFollowsAChangedEmailInTheToken() {
    UUID id = server.http().get("/user/me", "test:kc-bob:bob@example.com:").json(UserProfile.class).id();

    UserProfile moved = server.http().get("/user/me", "test:kc-bob:robert@example.com:").json(UserProfile.class);

    assertThat(moved.id()).isEqualTo(id);
    assertThat(moved.email()).isEqualTo("robert@example.com");
  }

  @Test
  void aTokenWithoutEmailKeepsTheStoredOne() {
    server.http().get("/user/me", "test:kc-cy:cy@example.com:");

    UserProfile profile = server.http().get("/user/me", "test:kc-cy::").json(UserProfile.class);

    assertThat(profile.email()).isEqualTo("cy@example.com");
  }

  @Test
  void anEmailHeldByAnotherAccountIsAConflict() {
    server.http().get("/user/me", "test:kc-dee:dee@example.com:");

    Reply reply = server.http().get("/user/me", "test:kc-dee-2:dee@example.com:");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.problem().code()).isEqualTo("email_in_use");
    assertThat(usersWithSubject("kc-dee-2")).isZero();
  }

  @Test
  void concurrentFirstRequestsOfOneUserAllSucceedWithOneRow() throws Exception {
    int callers = 16;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        Callable<Reply> call = () -> {
          go.await();
          return server.http().get("/user/me", TestTokens.user("kc-racer"));
        };
        replies.add(pool.submit(call));
      }
      go.countDown();
      Set<UUID> ids = new HashSet<>();
      for (Future<Reply> reply : replies) {
        Reply done = reply.get();
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        ids.add(done.json(UserProfile.class).id());
      }
      assertThat(ids).hasSize(1);
      assertThat(usersWithSubject("kc-racer")).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void subscriptionsListTheCallersOwnNewestFirst() {
    UUID eve = userId("kc-eve");
    UUID mallory = userId("kc-mallory");
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    insertSubscription(eve, "founding", null, "active", t0);
    insertSubscription(eve, "monthly_single", "cold-dm", "canceled", t0.plus(Duration.ofDays(1)));
    insertSubscription(mallory, "annual_bundle", null, "active", t0);

    Reply reply = server.http().get("/user/subscriptions", TestTokens.user("kc-eve"));

    assertThat(reply.status()).isEqualTo(200);
    Page<Subscription> page = reply.json(SUBSCRIPTIONS);
    assertThat(page.hasNext()).isFalse();
    assertThat(page.data()).extracting(Subscription::plan).containsExactly(Plan.MONTHLY_SINGLE, Plan.FOUNDING);
    Subscription single = page.data().get(0);
    assertThat(single.service()).isEqualTo(ServiceId.COLD_DM);
    assertThat(single.status()).isEqualTo(SubscriptionStatus.CANCELED);
    assertThat(single.currentPeriodEnd()).isEqualTo(t0.plus(Duration.ofDays(31)));
    assertThat(single.cancelAtPeriodEnd()).isTrue();
  }

  @Test
  void noSubscriptionsIsAnEmptyList() {
    Reply reply = server.http().get("/user/subscriptions", TestTokens.user("kc-new"));

    assertThat(reply.body()).isEqualTo("{\"data\":[]}");
  }

  @Test
  void servicesShowAllTwelveWithTheCallersAccess() {
    UUID fay = userId("kc-fay");
    Instant now = server.clock().instant();
    grant(fay, "cold-dm", now.minus(Duration.ofDays(3)), false);
    grant(fay, "battlecards", now.plus(Duration.ofDays(4)), false);
    grant(fay, "objection", now.minus(Duration.ofDays(3)), true);
    grant(userId("kc-gus"), "carousel", now.minus(Duration.ofDays(1)), false);

    Page<UserService> page = server.http().get("/user/services", TestTokens.user("kc-fay")).json(SERVICES);

    assertThat(page.data()).extracting(UserService::service).containsExactly(
        ServiceId.COLD_DM, ServiceId.BATTLECARDS, ServiceId.OBJECTION, ServiceId.COMMUNITY_FINDER,
        ServiceId.CAROUSEL, ServiceId.COLD_EMAIL, ServiceId.PITCH_DECK, ServiceId.WHITEPAPER,
        ServiceId.DECK_HEATMAP, ServiceId.WEBINAR, ServiceId.WARMRANKER, ServiceId.NO_SHOW_SHIELD);
    UserService coldDm = page.data().get(0);
    assertThat(coldDm.name()).isEqualTo("Cold DM Personalizer");
    assertThat(coldDm.slug()).isEqualTo("cold-dm-personalizer");
    assertThat(coldDm.type()).isEqualTo(ServiceType.BLUE);
    assertThat(coldDm.unlocked()).isTrue();
    assertThat(coldDm.unlockedAt()).isEqualTo(now.minus(Duration.ofDays(3)));
    assertThat(coldDm.unlocksAt()).isNull();
    UserService battlecards = page.data().get(1);
    assertThat(battlecards.unlocked()).isFalse();
    assertThat(battlecards.unlockedAt()).isNull();
    assertThat(battlecards.unlocksAt()).isEqualTo(now.plus(Duration.ofDays(4)));
    UserService objection = page.data().get(2);
    assertThat(objection.unlocked()).isFalse();
    assertThat(objection.unlocksAt()).isNull();
    assertThat(page.data().stream().filter(UserService::unlocked).map(UserService::service)
        .collect(Collectors.toList())).containsExactly(ServiceId.COLD_DM);
    assertThat(page.data().get(5).type()).isEqualTo(ServiceType.RED);
    assertThat(page.data().get(6).type()).isEqualTo(ServiceType.CORE);
  }

  @Test
  void aScheduledServiceUnlocksWhenItsTimeComes() {
    UUID hal = userId("kc-hal");
    Instant at = server.clock().instant().plus(Duration.ofDays(7));
    grant(hal, "cold-email", at, false);

    server.clock().advance(Duration.ofDays(7));
    Page<UserService> page = server.http().get("/user/services", TestTokens.user("kc-hal")).json(SERVICES);
    UserService coldEmail = page.data().get(5);

    assertThat(coldEmail.service()).isEqualTo(ServiceId.COLD_EMAIL);
    assertThat(coldEmail.unlocked()).isTrue();
    assertThat(coldEmail.unlockedAt()).isEqualTo(at);
  }

  private static UUID userId(String subject) {
    return server.http().get("/user/me", TestTokens.user(subject)).json(UserProfile.class).id();
  }

  private static long usersWithSubject(String subject) {
    return server.database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT count(*) FROM users WHERE keycloak_user_id = ?")) {
        select.setString(1, subject);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }

  private static void insertSubscription(UUID user, String plan, String service, String status, Instant created) {
    server.database().query(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO subscriptions (user_id, plan, service, status, current_period_start, current_period_end,
                                     cancel_at_period_end, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
        insert.setObject(1, user);
        insert.setString(2, plan);
        insert.setString(3, service);
        insert.setString(4, status);
        Rows.setInstant(insert, 5, created);
        Rows.setInstant(insert, 6, created.plus(Duration.ofDays(30)));
        insert.setBoolean(7, status.equals("canceled"));
        Rows.setInstant(insert, 8, created);
        return insert.executeUpdate();
      }
    });
  }

  private static void grant(UUID user, String service, Instant unlockedAt, boolean locked) {
    server.database().query(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO service_access (user_id, service, unlocked_at, locked) VALUES (?, ?, ?, ?)")) {
        insert.setObject(1, user);
        insert.setString(2, service);
        Rows.setInstant(insert, 3, unlockedAt);
        insert.setBoolean(4, locked);
        return insert.executeUpdate();
      }
    });
  }
}
