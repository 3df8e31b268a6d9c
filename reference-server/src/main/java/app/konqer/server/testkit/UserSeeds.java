package app.konqer.server.testkit;

import app.konqer.sdk.billing.PaymentStatus;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.auth.DevTokenIssuer;
import app.konqer.server.auth.Principal;
import app.konqer.server.billing.PlanCatalog;
import app.konqer.server.billing.PlanTerms;
import app.konqer.server.billing.Purchase;
import app.konqer.server.billing.Purchases;
import app.konqer.server.db.Database;
import app.konqer.server.quota.QuotaDay;
import app.konqer.server.user.User;
import app.konqer.server.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Stores a {@link TestUser} the way the server itself would: the user row through the repository a first sign-in
 * goes through, the plan through the purchase code a completed checkout goes through, then the access and quota
 * the test asked for, all in one transaction.
 */
final class UserSeeds {
  private UserSeeds() {}

  static TestUser create(Database database, DevTokenIssuer issuer, Clock clock, TestUserBuilder spec) {
    String email = spec.email().strip().toLowerCase(Locale.ROOT);
    String name = spec.name() != null ? spec.name() : email.substring(0, email.indexOf('@'));
    List<String> roles = spec.roles();
    String subject = DevTokenIssuer.subjectFor(email);
    User user = new UserRepository(database).onSight(new Principal(subject, email, name, roles));
    Instant now = clock.instant();
    LocalDate today = QuotaDay.of(now).day();
    database.transaction(connection -> {
      if (spec.plan() != null) {
        Instant purchasedAt = spec.purchasedAt() != null ? spec.purchasedAt() : now;
        Purchases.record(connection, purchase(user.id(), spec.plan(), spec.planService(), purchasedAt), now);
      }
      for (ServiceId service : spec.unlocked()) {
        AccessSeeds.unlock(connection, user.id(), service, now);
      }
      for (ServiceId service : spec.locked()) {
        AccessSeeds.lock(connection, user.id(), service, now);
      }
      for (Map.Entry<ServiceId, Instant> lock : spec.lockedUntil().entrySet()) {
        AccessSeeds.lockUntil(connection, user.id(), lock.getKey(), lock.getValue(), now);
      }
      for (Map.Entry<ServiceId, Integer> used : spec.quotaUsed().entrySet()) {
        QuotaSeeds.setUsed(connection, user.id(), used.getKey(), today, used.getValue());
      }
      return null;
    });
    return new TestUser(user.id(), email, name, subject, roles, new DevTokens(issuer, email, name, roles, clock));
  }

  /** A completed checkout of a plan, as the Stripe webhook records it. */
  private static Purchase purchase(UUID userId, Plan plan, ServiceId service, Instant purchasedAt) {
    PlanTerms terms = PlanCatalog.of(plan);
    String ref = RunningServer.randomHex();
    return new Purchase(userId, terms, service, "sub_testkit_" + ref, null, "cs_testkit_" + ref, null, null,
        terms.amountCents(), PlanTerms.CURRENCY, PaymentStatus.SUCCEEDED, purchasedAt);
  }
}
