package app.konqer.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.billing.BillingInterval;
import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.billing.FoundingCheckoutRequest;
import app.konqer.sdk.billing.KonqerBilling;
import app.konqer.sdk.error.ServiceLockedException;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.battlecards.BattlecardsInput;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.billing.Payment;
import app.konqer.sdk.billing.PaymentStatus;
import app.konqer.sdk.billing.PlanAccess;
import app.konqer.sdk.billing.PlanOffer;
import app.konqer.sdk.billing.admin.AdminUser;
import app.konqer.sdk.billing.admin.KonqerAdmin;
import app.konqer.sdk.billing.admin.PlanRevenue;
import app.konqer.sdk.billing.admin.RevenueReport;
import app.konqer.sdk.billing.admin.ServiceSettings;
import app.konqer.sdk.billing.admin.ServiceSettingsPatch;
import app.konqer.sdk.error.PermissionDeniedException;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.sdk.model.UserService;
import app.konqer.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The founding purchase of the quickstart, made through the SDK against the in-process server in dev mode: sign in,
 * read the plans, open a checkout, confirm it without a browser, use the unlocked services, see the subscription and
 * the payment, read the revenue as an admin, cancel, and keep access until the paid year ends.
 */
class BillingEndToEndTest {
  private static final FoundingCheckoutRequest RETURN_URLS = new FoundingCheckoutRequest(
      "https://crm.example.com/konqer/done?session={CHECKOUT_SESSION_ID}", "https://crm.example.com/konqer/plans");

  @RegisterExtension
  static final TestServer server = TestServer.api();

  private KonqerClient anonymous;
  private KonqerClient buyer;
  private KonqerClient operator;

  @BeforeEach
  void signIn() {
    anonymous = KonqerClient.builder().baseUrl(server.server().url().toString()).build();
    buyer = anonymous.withOptions(b -> b.tokenProvider(
        new DevTokenLogin(anonymous, new DevTokenRequest("ada@example.com", "Ada", List.of()))));
    operator = anonymous.withOptions(b -> b.tokenProvider(
        new DevTokenLogin(anonymous, new DevTokenRequest("ops@example.com", "Ops", List.of("admin")))));
  }

  @AfterEach
  void close() {
    buyer.close();
    operator.close();
    anonymous.close();
  }

  @Test
  void aFoundingMemberBuysUsesCancelsAndKeepsAccessUntilThePeriodEnds() {
    KonqerBilling billing = KonqerBilling.of(buyer);
    KonqerAdmin admin = KonqerAdmin.of(operator);

    List<PlanOffer> plans = KonqerBilling.of(anonymous).plans();
    assertThat(plans).first().extracting(PlanOffer::plan, PlanOffer::amountCents, PlanOffer::interval,
        PlanOffer::access).containsExactly(Plan.FOUNDING, 69_900L, BillingInterval.YEAR, PlanAccess.ROLLING_UNLOCK);
    assertThat(plans).hasSize(5);

    Instant purchase = server.clock().instant();
    CheckoutSession session = billing.checkoutFounding(RETURN_URLS);
    Subscription subscription = billing.confirmDevCheckout(session);

    assertThat(subscription.plan()).isEqualTo(Plan.FOUNDING);
    assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    Instant periodEnd = subscription.currentPeriodEnd();
    assertThat(periodEnd).isEqualTo(Instant.parse("2027-01-05T10:00:00Z"));

    List<UserService> services = buyer.user().services();
    assertThat(services).filteredOn(UserService::unlocked).extracting(UserService::service)
        .containsExactly(ServiceId.COLD_DM, ServiceId.OBJECTION, ServiceId.CAROUSEL);
    assertThat(services).filteredOn(service -> !service.unlocked())
        .extracting(UserService::service, UserService::unlocksAt)
        .containsExactly(
            tuple(ServiceId.BATTLECARDS, purchase.plus(Duration.ofDays(7))),
            tuple(ServiceId.COMMUNITY_FINDER, purchase.plus(Duration.ofDays(14))),
            tuple(ServiceId.COLD_EMAIL, purchase.plus(Duration.ofDays(7))),
            tuple(ServiceId.PITCH_DECK, purchase.plus(Duration.ofDays(14))),
            tuple(ServiceId.WHITEPAPER, purchase.plus(Duration.ofDays(21))),
            tuple(ServiceId.DECK_HEATMAP, purchase.plus(Duration.ofDays(21))),
            tuple(ServiceId.WEBINAR, purchase.plus(Duration.ofDays(28))),
            tuple(ServiceId.WARMRANKER, purchase.plus(Duration.ofDays(28))),
            tuple(ServiceId.NO_SHOW_SHIELD, purchase.plus(Duration.ofDays(28))));

    KonqerServices generation = KonqerServices.of(buyer);
    Generation<ColdDmOutput> dm = generation.coldDm().generate(ColdDmInput.builder()
        .prospectName("Dana Whitfield").company("Northwind Logistics")
        .offer("Route planning that cuts empty miles by 18%").build());
    assertThat(dm.output().message()).contains("Dana", "Northwind Logistics");
    assertThat(dm.quota().usedToday()).isEqualTo(1);
    assertThatThrownBy(() -> generation.battlecards().generate(BattlecardsInput.builder()
        .competitor("Acme Routing").ourProduct("Konqer Routes").build()))
        .isInstanceOfSatisfying(ServiceLockedException.class,
            locked -> assertThat(locked.unlocksAt()).contains(purchase.plus(Duration.ofDays(7))));

    assertThat(billing.subscriptions()).containsExactly(subscription);
    List<Payment> payments = billing.payments().stream().toList();
    assertThat(payments).singleElement().satisfies(payment -> {
      assertThat(payment.amountCents()).isEqualTo(69_900);
      assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
      assertThat(payment.subscriptionId()).isEqualTo(subscription.id());
    });

    RevenueReport revenue = admin.revenue();
    assertThat(revenue.mrrCents()).isEqualTo(69_900 / 12);
    assertThat(revenue.arrCents()).isEqualTo(69_900);
    assertThat(revenue.activeSubscriptions()).isEqualTo(1);
    assertThat(revenue.byPlan()).first().isEqualTo(new PlanRevenue(Plan.FOUNDING, 1, 5_825));
    assertThat(admin.users().stream().filter(user -> user.email().equals("ada@example.com")))
        .singleElement().extracting(AdminUser::activeSubscriptions).isEqualTo(1);

    Subscription canceled = billing.cancel(subscription.id());
    assertThat(canceled.cancelAtPeriodEnd()).isTrue();
    assertThat(canceled.status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(unlocked()).containsExactly(ServiceId.COLD_DM, ServiceId.OBJECTION, ServiceId.CAROUSEL);
    assertThat(admin.revenue().mrrCents()).isEqualTo(5_825);

    server.clock().advance(Duration.between(server.clock().instant(), periodEnd).minusSeconds(1));
    assertThat(unlocked()).hasSize(12);
    assertThat(admin.revenue().mrrCents()).isEqualTo(5_825);

    server.clock().advance(Duration.ofSeconds(1));
    assertThat(unlocked()).isEmpty();
    assertThat(admin.revenue().mrrCents()).isZero();
    assertThat(billing.subscriptions()).singleElement().extracting(Subscription::cancelAtPeriodEnd).isEqualTo(true);
  }

  @Test
  void anOperatorChangesAServiceAndABuyerCannotActAsOne() {
    KonqerAdmin admin = KonqerAdmin.of(operator);

    ServiceSettings updated = admin.updateService(ServiceId.PITCH_DECK,
        new ServiceSettingsPatch(false, 25, null));

    assertThat(updated).extracting(ServiceSettings::enabled, ServiceSettings::rateLimitDaily, ServiceSettings::unlockDay)
        .containsExactly(false, 25, 14);
    assertThat(admin.services()).filteredOn(settings -> settings.service() == ServiceId.PITCH_DECK)
        .containsExactly(updated);
    assertThat(admin.generationMetrics()).hasSize(30 * 12).allSatisfy(row -> assertThat(row.count()).isZero());
    assertThatThrownBy(() -> KonqerAdmin.of(buyer).revenue())
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
  }

  private List<ServiceId> unlocked() {
    return buyer.user().services().stream().filter(UserService::unlocked).map(UserService::service).toList();
  }
}
