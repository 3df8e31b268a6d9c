package app.konqer.server.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.billing.Payment;
import app.konqer.sdk.billing.PaymentStatus;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.paging.Page;
import app.konqer.server.billing.webhook.WebhookOutcome;
import app.konqer.server.billing.webhook.WebhookReceipt;
import app.konqer.server.email.Emails;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import app.konqer.server.testing.TestTokens;
import com.squareup.moshi.Types;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /webhooks/stripe}: what each event does. How deliveries are verified, deduplicated and ordered is
 * {@link app.konqer.server.security.WebhookDeliveryTest}'s part.
 */
class StripeWebhookTest {
  private static final Type SUBSCRIPTIONS = Types.newParameterizedType(Page.class, Subscription.class);
  private static final Type PAYMENTS = Types.newParameterizedType(Page.class, Payment.class);
  private static final Type SERVICES = Types.newParameterizedType(Page.class, UserService.class);
  private static final String SECRET = TestServer.WEBHOOK_SECRET;

  @RegisterExtension
  static final TestServer server = TestServer.api();

  private final BillingRows rows = new BillingRows(server.database());

  @Test
  void aCheckoutEventCreatesTheSubscriptionPaymentAccessAndEmails() {
    UUID user = user("wh-valid");
    Instant created = now();

    Reply reply = send(checkout("valid", user, "monthly_single", "cold-dm", created, 9_900));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json(WebhookReceipt.class)).isEqualTo(new WebhookReceipt(true, WebhookOutcome.PROCESSED));
    List<Subscription> subscriptions = subscriptions("wh-valid");
    assertThat(subscriptions).singleElement().satisfies(s -> {
      assertThat(s.plan()).isEqualTo(Plan.MONTHLY_SINGLE);
      assertThat(s.service()).isEqualTo(ServiceId.COLD_DM);
      assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
      assertThat(s.currentPeriodStart()).isEqualTo(created);
      assertThat(s.currentPeriodEnd()).isEqualTo(Instant.parse("2026-02-05T10:00:00Z"));
      assertThat(s.cancelAtPeriodEnd()).isFalse();
    });
    assertThat(payments("wh-valid", "")).singleElement().satisfies(p -> {
      assertThat(p.amountCents()).isEqualTo(9_900);
      assertThat(p.currency()).isEqualTo("eur");
      assertThat(p.status()).isEqualTo(PaymentStatus.SUCCEEDED);
      assertThat(p.stripeInvoiceId()).isEqualTo("in_valid");
      assertThat(p.description()).isEqualTo("Single service (monthly)");
      assertThat(p.subscriptionId()).isEqualTo(subscriptions.get(0).id());
    });
    assertThat(rows.text("SELECT stripe_customer_id FROM users WHERE id = ?", user)).isEqualTo("cus_valid");
    assertThat(rows.openAt(user, now())).containsExactly("cold-dm");
    assertThat(rows.emails(Emails.WELCOME, "wh-valid@example.com")).isOne();
    assertThat(rows.text("SELECT subject FROM email_outbox WHERE kind = ? AND recipient = ?", Emails.CROSS_SELL,
        "wh-valid@example.com")).isEqualTo("Pair Cold DM Personalizer with AI Cold Email Writer");
  }

  @Test
  void aCheckoutOfAnotherIntegrationIsIgnored() {
    Reply reply = send(StripeEvents.event("evt_foreign", "checkout.session.completed", now(),
        Map.of("id", "cs_foreign", "object", "checkout.session", "mode", "payment", "amount_total", 500)));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(rows.count("SELECT count(*) FROM subscriptions WHERE stripe_checkout_session_id = 'cs_foreign'"))
        .isZero();
  }

  @Test
  void aDeletedSubscriptionKeepsAccessUntilThePeriodEndOnly() {
    UUID user = user("wh-deleted");
    Instant purchase = now();
    send(checkout("deleted", user, "monthly_bundle", null, purchase, 39_900));
    Instant end = purchase.plus(31, ChronoUnit.DAYS);

    send(StripeEvents.event("evt_deleted_del", "customer.subscription.deleted", purchase.plusSeconds(60),
        StripeEvents.subscription("sub_deleted", "canceled", purchase, end, false)));

    assertThat(rows.subscriptionStatus("sub_deleted")).isEqualTo("canceled");
    assertThat(rows.openAt(user, end.minusSeconds(1))).hasSize(12);
    assertThat(rows.openAt(user, end)).isEmpty();
    List<UserService> services = server.http().get("/user/services", TestTokens.user("wh-deleted"))
        .<Page<UserService>>json(SERVICES).data();
    assertThat(services).allSatisfy(service -> assertThat(service.unlocked()).isTrue());
  }

  @Test
  void aFailedPaymentMovesTheSubscriptionToPastDueAndAPaidRetrySettlesIt() {
    UUID user = user("wh-failed");
    Instant purchase = now();
    send(checkout("failed", user, "monthly_single", "objection", purchase, 9_900));
    Instant renewal = purchase.plus(31, ChronoUnit.DAYS);

    send(StripeEvents.event("evt_failed_inv", "invoice.payment_failed", renewal,
        StripeEvents.invoice("in_renewal_failed", "sub_failed", "cus_failed", 0, 9_900)));

    assertThat(rows.subscriptionStatus("sub_failed")).isEqualTo("past_due");
    assertThat(payments("wh-failed", "")).first().satisfies(p -> {
      assertThat(p.status()).isEqualTo(PaymentStatus.FAILED);
      assertThat(p.amountCents()).isEqualTo(9_900);
      assertThat(p.stripeInvoiceId()).isEqualTo("in_renewal_failed");
    });
    assertThat(rows.openAt(user, now())).containsExactly("objection");

    send(StripeEvents.event("evt_failed_paid", "invoice.payment_succeeded", renewal.plus(2, ChronoUnit.DAYS),
        StripeEvents.invoice("in_renewal_failed", "sub_failed", "cus_failed", 9_900, 9_900)));

    assertThat(rows.subscriptionStatus("sub_failed")).isEqualTo("active");
    assertThat(payments("wh-failed", "")).hasSize(2).first().satisfies(p -> {
      assertThat(p.status()).isEqualTo(PaymentStatus.SUCCEEDED);
      assertThat(p.stripeInvoiceId()).isEqualTo("in_renewal_failed");
    });
  }

  @Test
  void theFirstInvoiceOfACheckoutIsOnePayment() {
    UUID user = user("wh-first-invoice");
    send(checkout("first", user, "annual_bundle", null, now(), 399_000));

    send(StripeEvents.event("evt_first_paid", "invoice.payment_succeeded", now(),
        StripeEvents.invoice("in_first", "sub_first", "cus_first", 399_000, 399_000)));

    assertThat(rows.payments(user)).isOne();
  }

  @Test
  void anUnpaidSubscriptionLosesAccessUntilItIsPaid() {
    UUID user = user("wh-unpaid");
    Instant purchase = now();
    send(checkout("unpaid", user, "monthly_bundle", null, purchase, 39_900));
    Instant end = purchase.plus(31, ChronoUnit.DAYS);

    send(StripeEvents.event("evt_unpaid_update", "customer.subscription.updated", purchase.plusSeconds(30),
        StripeEvents.subscription("sub_unpaid", "unpaid", purchase, end, false)));

    assertThat(rows.openAt(user, now())).isEmpty();
    List<UserService> services = server.http().get("/user/services", TestTokens.user("wh-unpaid"))
        .<Page<UserService>>json(SERVICES).data();
    assertThat(services).allSatisfy(service -> {
      assertThat(service.unlocked()).isFalse();
      assertThat(service.unlocksAt()).isNull();
    });

    send(StripeEvents.event("evt_unpaid_paid", "customer.subscription.updated", purchase.plusSeconds(90),
        StripeEvents.subscription("sub_unpaid", "active", purchase, end, false)));

    assertThat(rows.openAt(user, now())).hasSize(12);
  }

  @Test
  void aSignedBodyThatIsNotStrictJsonIsABadRequestAndChangesNothing() {
    UUID user = user("wh-lenient");
    String payload = checkout("lenient", user, "monthly_bundle", null, now(), 39_900);
    String withNul = payload.replace("\"id\":\"evt_lenient\"", "\"id\":\u0000\"evt_lenient\"");
    String nulInId = payload.replace("evt_lenient", "evt_\\u0000lenient");

    for (String body : List.of("/* comment */" + payload, withNul, nulInId, "[" + payload + "]")) {
      Reply reply = send(body);

      assertThat(reply.status()).as(body).isEqualTo(400);
      assertThat(reply.problem().code()).isEqualTo("bad_request");
    }
    assertThat(rows.subscriptions(user)).isZero();
    assertThat(rows.count("SELECT count(*) FROM stripe_events WHERE id LIKE 'evt_%lenient'")).isZero();
  }

  @Test
  void paymentsArePagedNewestFirst() {
    UUID user = user("wh-pages");
    Instant purchase = now().minus(100, ChronoUnit.DAYS);
    send(checkout("pages", user, "monthly_bundle", null, purchase, 39_900));
    for (int month = 1; month <= 3; month++) {
      send(StripeEvents.event("evt_pages_" + month, "invoice.payment_succeeded",
          purchase.plus(31L * month, ChronoUnit.DAYS),
          StripeEvents.invoice("in_pages_" + month, "sub_pages", "cus_pages", 39_900, 39_900)));
    }

    Page<Payment> first = server.http().get("/billing/payments?limit=2", TestTokens.user("wh-pages")).json(PAYMENTS);
    Page<Payment> second = server.http().get("/billing/payments?limit=2&cursor=" + first.nextCursor(),
        TestTokens.user("wh-pages")).json(PAYMENTS);

    assertThat(first.data()).extracting(Payment::stripeInvoiceId).containsExactly("in_pages_3", "in_pages_2");
    assertThat(first.nextCursor()).isNotNull();
    assertThat(second.data()).extracting(Payment::stripeInvoiceId).containsExactly("in_pages_1", "in_pages");
    assertThat(second.nextCursor()).isNull();
    assertThat(server.http().get("/billing/payments?cursor=forged", TestTokens.user("wh-pages")).problem().code())
        .isEqualTo("invalid_cursor");
  }

  private static String checkout(String tag, UUID user, String plan, String service, Instant created, long amount) {
    return StripeEvents.event("evt_" + tag, "checkout.session.completed", created,
        StripeEvents.checkoutSession("cs_" + tag, user, plan, service, "sub_" + tag, "cus_" + tag, "in_" + tag,
            amount));
  }

  private static Reply send(String payload) {
    return StripeEvents.post(server.http(), payload, StripeEvents.sign(payload, SECRET, now()));
  }

  private static Instant now() {
    return server.clock().instant();
  }

  private static UUID user(String subject) {
    return server.http().get("/user/me", TestTokens.user(subject)).json(UserProfile.class).id();
  }

  private static List<Subscription> subscriptions(String subject) {
    return server.http().get("/billing/subscriptions", TestTokens.user(subject)).<Page<Subscription>>json(SUBSCRIPTIONS)
        .data();
  }

  private static List<Payment> payments(String subject, String query) {
    return server.http().get("/billing/payments" + query, TestTokens.user(subject)).<Page<Payment>>json(PAYMENTS)
        .data();
  }
}
