package app.konqer.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.billing.StripeEvents;
import app.konqer.server.billing.webhook.WebhookOutcome;
import app.konqer.server.billing.webhook.WebhookReceipt;
import app.konqer.server.email.Emails;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suite 7, webhooks: Stripe's deliveries as they really arrive, signed with stripe-java's helper. Each event is
 * processed once whether it comes five times in a row or five times at once; events that arrive out of order leave
 * the right state; bad signatures, stale replays and oversized bodies are refused and change nothing; unknown types
 * are acknowledged and ignored. Every case is checked on the stored rows.
 */
class WebhookDeliveryTest {
  private static final String SECRET = TestServer.WEBHOOK_SECRET;
  /** Every table a webhook writes. */
  private static final String[] TABLES = {"stripe_events", "stripe_subscription_states", "subscriptions",
      "subscription_grants", "payments", "service_access", "email_outbox", "users"};

  @RegisterExtension
  static final TestServer server = TestServer.api();

  private static final ExecutorService pool = Executors.newFixedThreadPool(10);
  private final Tables tables = new Tables(server.database());

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void fiveDeliveriesInARowOfEachEventAreProcessedOnce() {
    UUID user = user("wh7-dup");
    Instant start = now();
    Instant end = start.plus(365, ChronoUnit.DAYS);
    List<String> lifecycle = List.of(
        checkout("dup", user, "founding", null, start, 69_900),
        StripeEvents.event("evt_dup_upd", "customer.subscription.updated", start.plusSeconds(10),
            StripeEvents.subscription("sub_dup", "active", start, end, true)),
        StripeEvents.event("evt_dup_fail", "invoice.payment_failed", start.plusSeconds(20),
            StripeEvents.invoice("in_dup_2", "sub_dup", "cus_dup", 0, 69_900)),
        StripeEvents.event("evt_dup_paid", "invoice.payment_succeeded", start.plusSeconds(30),
            StripeEvents.invoice("in_dup_2", "sub_dup", "cus_dup", 69_900, 69_900)),
        StripeEvents.event("evt_dup_del", "customer.subscription.deleted", start.plusSeconds(40),
            StripeEvents.subscription("sub_dup", "canceled", start, end, false)));

    for (String event : lifecycle) {
      assertThat(outcome(send(event))).isEqualTo(WebhookOutcome.PROCESSED);
      Map<String, ?> once = tables.snapshot(TABLES);
      for (int delivery = 2; delivery <= 5; delivery++) {
        assertThat(outcome(send(event))).isEqualTo(WebhookOutcome.DUPLICATE);
      }
      assertThat(tables.snapshot(TABLES)).as("after four more deliveries of %s", event).isEqualTo(once);
    }

    assertThat(count("SELECT count(*) FROM stripe_events WHERE id LIKE 'evt_dup%'")).isEqualTo(5);
    assertThat(count("SELECT count(*) FROM subscriptions WHERE user_id = ?", user)).isOne();
    assertThat(count("SELECT count(*) FROM subscription_grants g JOIN subscriptions s ON s.id = g.subscription_id"
        + " WHERE s.user_id = ?", user)).as("one unlock schedule").isEqualTo(12);
    assertThat(count("SELECT count(*) FROM service_access WHERE user_id = ?", user)).isEqualTo(12);
    assertThat(count("SELECT count(*) FROM email_outbox WHERE kind = ? AND recipient = ?", Emails.WELCOME,
        "wh7-dup@example.com")).isOne();
    assertThat(tables.rows("SELECT stripe_invoice_id, status FROM payments WHERE user_id = ? ORDER BY 1", user))
        .containsExactly(Map.of("stripe_invoice_id", "in_dup", "status", "succeeded"),
            Map.of("stripe_invoice_id", "in_dup_2", "status", "succeeded"));
    assertThat(status("sub_dup")).isEqualTo("canceled");
  }

  @Test
  void fiveConcurrentDeliveriesOfEachEventAreProcessedOnce() throws Exception {
    UUID user = user("wh7-race");
    Instant start = now();
    Instant end = start.plus(31, ChronoUnit.DAYS);
    List<String> lifecycle = List.of(
        checkout("race", user, "founding", null, start, 69_900),
        StripeEvents.event("evt_race_upd", "customer.subscription.updated", start.plusSeconds(10),
            StripeEvents.subscription("sub_race", "past_due", start, end, false)),
        StripeEvents.event("evt_race_paid", "invoice.payment_succeeded", start.plusSeconds(20),
            StripeEvents.invoice("in_race_2", "sub_race", "cus_race", 69_900, 69_900)));

    for (String event : lifecycle) {
      List<WebhookOutcome> outcomes = new ArrayList<>();
      for (Reply reply : all(5, () -> send(event))) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        outcomes.add(outcome(reply));
      }
      assertThat(outcomes).containsOnlyOnce(WebhookOutcome.PROCESSED).containsOnly(WebhookOutcome.PROCESSED,
          WebhookOutcome.DUPLICATE);
    }

    assertThat(count("SELECT count(*) FROM subscriptions WHERE user_id = ?", user)).isOne();
    assertThat(count("SELECT count(*) FROM payments WHERE user_id = ?", user)).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM subscription_grants g JOIN subscriptions s ON s.id = g.subscription_id"
        + " WHERE s.user_id = ?", user)).as("one unlock schedule").isEqualTo(12);
    assertThat(count("SELECT count(*) FROM email_outbox WHERE kind = ? AND recipient = ?", Emails.WELCOME,
        "wh7-race@example.com")).isOne();
    assertThat(status("sub_race")).isEqualTo("active");
  }

  @Test
  void anUpdateDeliveredAtTheSameTimeAsItsCheckoutIsKept() throws Exception {
    for (int round = 0; round < 8; round++) {
      String tag = "conc" + round;
      UUID user = user("wh7-" + tag);
      Instant start = now();
      Instant end = start.plus(31, ChronoUnit.DAYS);
      String completed = checkout(tag, user, "monthly_bundle", null, start, 39_900);
      String updated = StripeEvents.event("evt_" + tag + "_upd", "customer.subscription.updated",
          start.plusSeconds(5), StripeEvents.subscription("sub_" + tag, "active", start, end, true));
      CountDownLatch go = new CountDownLatch(1);
      Future<Reply> first = pool.submit(() -> {
        go.await();
        return send(updated);
      });
      Future<Reply> second = pool.submit(() -> {
        go.await();
        return send(completed);
      });
      go.countDown();
      assertThat(first.get().status()).isEqualTo(200);
      assertThat(second.get().status()).isEqualTo(200);

      assertThat(tables.value("SELECT cancel_at_period_end FROM subscriptions WHERE stripe_subscription_id = ?",
          "sub_" + tag)).as("round %d: the update's cancel_at_period_end", round).isEqualTo("t");
      assertThat(count("SELECT count(*) FROM service_access WHERE user_id = ? AND expires_at = ?", user,
          java.sql.Timestamp.from(end))).as("round %d: access ends with the period", round).isEqualTo(12);
    }
  }

  @Test
  void anUpdateThatArrivesBeforeItsCheckoutIsKept() {
    UUID user = user("wh7-early");
    Instant purchase = now();
    Instant periodEnd = purchase.plus(30, ChronoUnit.DAYS);
    send(StripeEvents.event("evt_early_update", "customer.subscription.updated", purchase.plusSeconds(5),
        StripeEvents.subscription("sub_early", "active", purchase, periodEnd, true)));

    send(checkout("early", user, "monthly_bundle", null, purchase, 39_900));

    assertThat(tables.rows("SELECT status, cancel_at_period_end, extract(epoch FROM current_period_end)::bigint AS end"
        + " FROM subscriptions WHERE user_id = ?", user)).containsExactly(Map.of("status", "active",
            "cancel_at_period_end", "t", "end", Long.toString(periodEnd.getEpochSecond())));
    assertThat(openAt(user, periodEnd.minusSeconds(1))).isEqualTo(12);
    assertThat(openAt(user, periodEnd)).isZero();
  }

  @Test
  void anOlderUpdateAfterANewerOneIsIgnored() {
    UUID user = user("wh7-order");
    Instant purchase = now();
    send(checkout("order", user, "monthly_bundle", null, purchase, 39_900));
    Instant end = purchase.plus(31, ChronoUnit.DAYS);

    Reply newer = send(StripeEvents.event("evt_order_new", "customer.subscription.updated", purchase.plusSeconds(20),
        StripeEvents.subscription("sub_order", "past_due", purchase, end, false)));
    Reply older = send(StripeEvents.event("evt_order_old", "customer.subscription.updated", purchase.plusSeconds(10),
        StripeEvents.subscription("sub_order", "active", purchase, end, true)));

    assertThat(outcome(newer)).isEqualTo(WebhookOutcome.PROCESSED);
    assertThat(outcome(older)).isEqualTo(WebhookOutcome.PROCESSED);
    assertThat(tables.rows("SELECT status, cancel_at_period_end FROM subscriptions WHERE user_id = ?", user))
        .containsExactly(Map.of("status", "past_due", "cancel_at_period_end", "f"));
  }

  @Test
  void aDeletionBeforeAnOlderUpdateLeavesTheSubscriptionCanceled() {
    UUID user = user("wh7-del-upd");
    Instant start = now();
    Instant end = start.plus(31, ChronoUnit.DAYS);
    send(checkout("delupd", user, "monthly_bundle", null, start, 39_900));

    send(StripeEvents.event("evt_delupd_del", "customer.subscription.deleted", start.plusSeconds(60),
        StripeEvents.subscription("sub_delupd", "canceled", start, end, false)));
    send(StripeEvents.event("evt_delupd_upd", "customer.subscription.updated", start.plusSeconds(30),
        StripeEvents.subscription("sub_delupd", "active", start, end, true)));

    assertThat(status("sub_delupd")).isEqualTo("canceled");
    assertThat(openAt(user, end.minusSeconds(1))).isEqualTo(12);
    assertThat(openAt(user, end)).isZero();
  }

  @Test
  void aCanceledSubscriptionStaysCanceledWhenAnUpdateOfTheSameSecondArrivesAfterIt() {
    UUID user = user("wh7-same-second");
    Instant start = now();
    Instant end = start.plus(31, ChronoUnit.DAYS);
    send(checkout("same", user, "monthly_bundle", null, start, 39_900));
    Instant second = start.plusSeconds(60);

    send(StripeEvents.event("evt_same_del", "customer.subscription.deleted", second,
        StripeEvents.subscription("sub_same", "canceled", start, end, false)));
    send(StripeEvents.event("evt_same_upd", "customer.subscription.updated", second,
        StripeEvents.subscription("sub_same", "active", start, end, true)));
    send(StripeEvents.event("evt_same_paid", "invoice.payment_succeeded", second,
        StripeEvents.invoice("in_same_2", "sub_same", "cus_same", 39_900, 39_900)));

    assertThat(status("sub_same")).as("canceled is final at Stripe").isEqualTo("canceled");
    assertThat(openAt(user, end)).isZero();
  }

  @Test
  void aDeletionBeforeItsCheckoutCreatesACanceledSubscription() {
    UUID user = user("wh7-del-first");
    Instant start = now();
    Instant end = start.plus(31, ChronoUnit.DAYS);

    send(StripeEvents.event("evt_delfirst_del", "customer.subscription.deleted", start.plusSeconds(60),
        StripeEvents.subscription("sub_delfirst", "canceled", start, end, false)));
    send(checkout("delfirst", user, "monthly_bundle", null, start, 39_900));

    assertThat(status("sub_delfirst")).isEqualTo("canceled");
    assertThat(count("SELECT count(*) FROM payments WHERE user_id = ?", user)).isOne();
    assertThat(openAt(user, end.minusSeconds(1))).isEqualTo(12);
    assertThat(openAt(user, end)).isZero();
  }

  @Test
  void theFirstInvoicePaidBeforeItsCheckoutIsOnePayment() {
    UUID user = user("wh7-inv-first");
    Instant start = now();

    send(StripeEvents.event("evt_invfirst_paid", "invoice.payment_succeeded", start,
        StripeEvents.invoice("in_invfirst", "sub_invfirst", "cus_invfirst", 39_900, 39_900)));
    send(checkout("invfirst", user, "monthly_bundle", null, start, 39_900));

    assertThat(tables.rows("SELECT stripe_invoice_id, amount_cents, status FROM payments WHERE user_id = ?", user))
        .containsExactly(Map.of("stripe_invoice_id", "in_invfirst", "amount_cents", "39900", "status",
            "succeeded"));
    assertThat(status("sub_invfirst")).isEqualTo("active");
  }

  @Test
  void aPaymentFailureAfterANewerRecoveryDoesNotMoveTheSubscriptionBack() {
    UUID user = user("wh7-late-fail");
    Instant start = now();
    Instant end = start.plus(31, ChronoUnit.DAYS);
    send(checkout("latefail", user, "monthly_bundle", null, start, 39_900));

    send(StripeEvents.event("evt_latefail_upd", "customer.subscription.updated", start.plusSeconds(90),
        StripeEvents.subscription("sub_latefail", "active", start, end, false)));
    send(StripeEvents.event("evt_latefail_fail", "invoice.payment_failed", start.plusSeconds(30),
        StripeEvents.invoice("in_latefail_2", "sub_latefail", "cus_latefail", 0, 39_900)));

    assertThat(status("sub_latefail")).isEqualTo("active");
    assertThat(openAt(user, now())).isEqualTo(12);
  }

  @Test
  void aBadSignatureIsRefusedAndChangesNothing() {
    UUID user = user("wh7-forged");
    String payload = checkout("forged", user, "annual_bundle", null, now(), 399_000);
    String good = StripeEvents.sign(payload, SECRET, now());
    Map<String, ?> before = tables.snapshot(TABLES);

    List<Reply> refused = List.of(
        StripeEvents.post(server.http(), payload, StripeEvents.sign(payload, "whsec_wrong", now())),
        StripeEvents.post(server.http(), payload.replace("399000", "1"), good),
        StripeEvents.post(server.http(), payload, null),
        StripeEvents.post(server.http(), payload, ""),
        StripeEvents.post(server.http(), payload, "t=" + now().getEpochSecond() + ",v1=" + "0".repeat(64)),
        StripeEvents.post(server.http(), payload, good.replace("v1=", "v0=")),
        StripeEvents.post(server.http(), payload, "t=" + (now().getEpochSecond() + 1) + "," + good.split(",")[1]),
        StripeEvents.post(server.http(), payload, "garbage"));

    for (Reply reply : refused) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.mediaType()).isEqualTo("application/problem+json");
    }
    assertThat(refused.subList(0, 7)).allSatisfy(reply ->
        assertThat(reply.problem().code()).isEqualTo("invalid_signature"));
    assertThat(tables.snapshot(TABLES)).isEqualTo(before);
  }

  @Test
  void aDeliveryReplayedAfterFiveMinutesIsRefusedAndOneWithinThemIsADuplicate() {
    UUID user = user("wh7-replay");
    String payload = checkout("replay", user, "monthly_bundle", null, now(), 39_900);
    String signature = StripeEvents.sign(payload, SECRET, now());
    assertThat(outcome(StripeEvents.post(server.http(), payload, signature))).isEqualTo(WebhookOutcome.PROCESSED);
    Map<String, ?> before = tables.snapshot(TABLES);

    server.clock().advance(Duration.ofSeconds(299));
    Reply within = StripeEvents.post(server.http(), payload, signature);
    server.clock().advance(Duration.ofSeconds(2));
    Reply stale = StripeEvents.post(server.http(), payload, signature);

    assertThat(outcome(within)).isEqualTo(WebhookOutcome.DUPLICATE);
    assertThat(stale.status()).isEqualTo(400);
    assertThat(stale.problem().code()).isEqualTo("invalid_signature");
    assertThat(stale.problem().detail()).contains("tolerance");
    assertThat(tables.snapshot(TABLES)).isEqualTo(before);
  }

  @Test
  void anOversizedEventIsRefusedWith413AndChangesNothing() {
    UUID user = user("wh7-big");
    String padded = checkout("big", user, "monthly_bundle", null, now(), 39_900)
        .replaceFirst("\\{", "{\"padding\":\"" + "x".repeat(70_000) + "\",");
    String signature = StripeEvents.sign(padded, SECRET, now());
    Map<String, ?> before = tables.snapshot(TABLES);

    Reply declared = StripeEvents.post(server.http(), padded, signature);
    Reply chunked = server.http().send(server.http().request("/webhooks/stripe")
        .header("Stripe-Signature", signature)
        .post(chunked(padded)));

    for (Reply reply : List.of(declared, chunked)) {
      assertThat(reply.status()).as(reply.body()).isEqualTo(413);
      assertThat(reply.problem().code()).isEqualTo("payload_too_large");
    }
    assertThat(tables.snapshot(TABLES)).isEqualTo(before);
  }

  @Test
  void unknownEventTypesAreAcknowledgedAndIgnored() {
    Map<String, ?> before = tables.snapshot(TABLES);
    List<String> types = List.of("customer.created", "invoice.created", "charge.refunded", "payment_intent.succeeded",
        "checkout.session.expired", "customer.subscription.trial_will_end", "konqer.made_up");

    for (String type : types) {
      Reply reply = send(StripeEvents.event("evt_unknown_" + type, type, now(),
          Map.of("id", "obj_" + type, "object", "unknown", "metadata", Map.of("plan", "founding"))));

      assertThat(reply.status()).isEqualTo(200);
      assertThat(outcome(reply)).isEqualTo(WebhookOutcome.IGNORED);
    }
    assertThat(tables.snapshot(TABLES)).isEqualTo(before);
  }

  private static RequestBody chunked(String payload) {
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("application/json; charset=utf-8");
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void writeTo(BufferedSink sink) throws java.io.IOException {
        sink.write(bytes);
      }
    };
  }

  private static List<Reply> all(int copies, Supplier<Reply> call) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Reply>> futures = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      futures.add(pool.submit(() -> {
        go.await();
        return call.get();
      }));
    }
    go.countDown();
    List<Reply> replies = new ArrayList<>();
    for (Future<Reply> future : futures) {
      replies.add(future.get());
    }
    return replies;
  }

  private static String checkout(String tag, UUID user, String plan, String service, Instant created, long amount) {
    return StripeEvents.event("evt_" + tag, "checkout.session.completed", created,
        StripeEvents.checkoutSession("cs_" + tag, user, plan, service, "sub_" + tag, "cus_" + tag, "in_" + tag,
            amount));
  }

  private static Reply send(String payload) {
    return StripeEvents.post(server.http(), payload, StripeEvents.sign(payload, SECRET, now()));
  }

  private static WebhookOutcome outcome(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json(WebhookReceipt.class).outcome();
  }

  private static Instant now() {
    return server.clock().instant();
  }

  private static UUID user(String subject) {
    return Customer.signIn(server.http(), subject).id();
  }

  private long count(String sql, Object... parameters) {
    return tables.count(sql, parameters);
  }

  private String status(String stripeSubscriptionId) {
    return tables.value("SELECT status FROM subscriptions WHERE stripe_subscription_id = ?", stripeSubscriptionId);
  }

  /** How many services the user's access rows open at a time, by the access rule's columns. */
  private long openAt(UUID user, Instant at) {
    return count("SELECT count(*) FROM service_access WHERE user_id = ? AND NOT locked AND unlocked_at <= ?"
        + " AND (expires_at IS NULL OR expires_at > ?)", user, java.sql.Timestamp.from(at), java.sql.Timestamp.from(at));
  }
}
