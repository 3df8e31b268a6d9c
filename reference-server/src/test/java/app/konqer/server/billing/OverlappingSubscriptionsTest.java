package app.konqer.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.paging.Page;
import app.konqer.server.access.AccessHandover;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two subscriptions granting one service: the access row follows the better grant, and outlives the worse one. */
class OverlappingSubscriptionsTest {
  private static final Type SERVICES = Types.newParameterizedType(Page.class, UserService.class);

  @RegisterExtension
  static final TestServer server = TestServer.api();

  @Test
  void aSingleServiceOpensBeforeTheRollingUnlockAndTheFoundingPlanTakesOverWhenItEnds() {
    String token = TestTokens.user("overlap");
    UUID user = server.http().get("/user/me", token).json(UserProfile.class).id();
    Instant start = server.clock().instant();
    send(StripeEvents.event("evt_overlap_founding", "checkout.session.completed", start,
        StripeEvents.checkoutSession("cs_overlap_founding", user, "founding", null, "sub_overlap_founding",
            "cus_overlap", "in_overlap_founding", 69_900)));
    assertThat(coldEmail(token).unlocksAt()).isEqualTo(start.plus(Duration.ofDays(7)));

    server.clock().advance(Duration.ofDays(1));
    Instant bought = server.clock().instant();
    send(StripeEvents.event("evt_overlap_single", "checkout.session.completed", bought,
        StripeEvents.checkoutSession("cs_overlap_single", user, "monthly_single", "cold-email", "sub_overlap_single",
            "cus_overlap", "in_overlap_single", 9_900)));
    assertThat(coldEmail(token).unlocked()).as("the single service opens at once").isTrue();

    Instant end = Instant.parse("2026-02-06T10:00:00Z");
    send(StripeEvents.event("evt_overlap_cancel", "customer.subscription.updated", bought.plusSeconds(60),
        StripeEvents.subscription("sub_overlap_single", "active", bought, end, true)));
    server.clock().advance(Duration.between(server.clock().instant(), end));
    assertThat(coldEmail(token).unlocked()).isFalse();

    AccessHandover handover = new AccessHandover(server.database(), server.clock(), 10);
    assertThat(handover.runOnce()).isOne();

    assertThat(coldEmail(token).unlocked()).as("the founding plan grants it since day 7").isTrue();
    assertThat(coldEmail(token).unlockedAt()).isEqualTo(start.plus(Duration.ofDays(7)));
    assertThat(handover.runOnce()).isZero();
  }

  private static UserService coldEmail(String token) {
    Map<ServiceId, UserService> services = new HashMap<>();
    server.http().get("/user/services", token).<Page<UserService>>json(SERVICES).data()
        .forEach(service -> services.put(service.service(), service));
    return services.get(ServiceId.COLD_EMAIL);
  }

  private static void send(String payload) {
    assertThat(StripeEvents.post(server.http(), payload,
        StripeEvents.sign(payload, TestServer.WEBHOOK_SECRET, server.clock().instant())).status()).isEqualTo(200);
  }
}
