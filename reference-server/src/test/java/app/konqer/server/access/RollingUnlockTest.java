package app.konqer.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.paging.Page;
import app.konqer.server.db.Database;
import app.konqer.server.email.Emails;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The founding plan's rolling unlock, by the server's clock, and its once-only notifications. */
class RollingUnlockTest {
  private static final Type SERVICES = Types.newParameterizedType(Page.class, UserService.class);

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void threeServicesOnDayZeroFiveOnDaySevenAllTwelveOnDayTwentyEight() {
    String token = TestTokens.user("unlock-weekly");
    UUID user = buyFounding(token, "weekly");
    UnlockNotifier notifier = new UnlockNotifier(server.database(), server.clock(), 10);

    assertThat(unlocked(token)).containsExactlyInAnyOrder(ServiceId.COLD_DM, ServiceId.OBJECTION, ServiceId.CAROUSEL);
    notifier.drain();
    assertThat(announced(user)).isZero();

    server.clock().advance(Duration.ofDays(7));
    assertThat(unlocked(token)).hasSize(5).contains(ServiceId.BATTLECARDS, ServiceId.COLD_EMAIL);
    notifier.drain();
    assertThat(announced(user)).isEqualTo(2);

    server.clock().advance(Duration.ofDays(7));
    assertThat(unlocked(token)).hasSize(7).contains(ServiceId.COMMUNITY_FINDER, ServiceId.PITCH_DECK);
    server.clock().advance(Duration.ofDays(7));
    assertThat(unlocked(token)).hasSize(9).contains(ServiceId.WHITEPAPER, ServiceId.DECK_HEATMAP);
    server.clock().advance(Duration.ofDays(7));
    assertThat(unlocked(token)).hasSize(12);
    notifier.drain();
    notifier.drain();

    assertThat(announced(user)).isEqualTo(9);
    assertThat(count("SELECT count(*) FROM email_outbox WHERE kind = ? AND recipient = ?", Emails.SERVICE_UNLOCKED,
        "unlock-weekly@example.com")).isEqualTo(9);
    assertThat(count("SELECT count(*) FROM email_outbox WHERE subject = ? AND recipient = ?",
        "Calendar No-Show Shield is unlocked", "unlock-weekly@example.com")).isOne();
  }

  @Test
  void twoNotifiersRunningAtOnceAnnounceEachUnlockOnce() throws Exception {
    List<UUID> users = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      users.add(buyFounding(TestTokens.user("unlock-race-" + i), "race-" + i));
    }
    server.clock().advance(Duration.ofDays(28));
    UnlockNotifier first = new UnlockNotifier(server.database(), server.clock(), 2);
    UnlockNotifier second = new UnlockNotifier(server.database(), server.clock(), 2);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (UnlockNotifier notifier : List.of(first, second)) {
        runs.add(threads.submit(() -> {
          start.await();
          int total = 0;
          int announced;
          while ((announced = notifier.runOnce()) > 0) {
            total += announced;
          }
          return total;
        }));
      }
      start.countDown();
      int total = runs.get(0).get() + runs.get(1).get();

      assertThat(total).isEqualTo(4 * 9);
    } finally {
      threads.shutdownNow();
    }
    for (UUID user : users) {
      assertThat(announced(user)).isEqualTo(9);
      assertThat(count("SELECT count(*) FROM email_outbox e JOIN users u ON u.email = e.recipient"
          + " WHERE u.id = ? AND e.kind = ?", user, Emails.SERVICE_UNLOCKED)).isEqualTo(9);
      assertThat(count("SELECT count(*) FROM service_access WHERE user_id = ? AND notify_on_unlock"
          + " AND unlock_notified_at IS NULL", user)).isZero();
    }
  }

  private static UUID buyFounding(String token, String key) {
    Reply opened = server.http().send(server.http().request("/checkout/founding")
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", key)
        .post(RequestBody.create("{\"success_url\":\"https://crm.example.com/ok\",\"cancel_url\":"
            + "\"https://crm.example.com/back\"}", MediaType.get("application/json"))));
    CheckoutSession session = opened.json(CheckoutSession.class);
    Reply confirmed = server.http().send(new Request.Builder().url(session.checkoutUrl() + "/confirm")
        .post(RequestBody.create(new byte[0], null)));
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    return server.http().get("/user/me", token).json(UserProfile.class).id();
  }

  private static List<ServiceId> unlocked(String token) {
    return server.http().get("/user/services", token).<Page<UserService>>json(SERVICES).data().stream()
        .filter(UserService::unlocked).map(UserService::service).toList();
  }

  private static long announced(UUID user) {
    return count("SELECT count(*) FROM events WHERE user_id = ? AND event_type = ?", user,
        UnlockNotifier.EVENT_TYPE);
  }

  private static long count(String sql, Object... parameters) {
    Database database = server.database();
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          select.setObject(i + 1, parameters[i]);
        }
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    });
  }
}
