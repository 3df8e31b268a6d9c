package app.konqer.server.billing;

import app.konqer.sdk.billing.Payment;
import app.konqer.sdk.billing.PlanOffer;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.sdk.paging.Page;
import app.konqer.server.auth.Caller;
import app.konqer.server.paging.Cursor;
import app.konqer.server.paging.Keyset;
import app.konqer.server.paging.PageRequest;
import app.konqer.server.user.SubscriptionRepository;
import com.squareup.moshi.Types;
import io.javalin.http.Context;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The plans on sale ({@code GET /billing/plans}) and the signed-in user's subscriptions and payments
 * ({@code /billing/subscriptions}, {@code /billing/payments}).
 */
public final class BillingRoutes {
  private static final Type PLAN_PAGE = Types.newParameterizedType(Page.class, PlanOffer.class);
  private static final Type SUBSCRIPTION_PAGE = Types.newParameterizedType(Page.class, Subscription.class);
  private static final Type PAYMENT_PAGE = Types.newParameterizedType(Page.class, Payment.class);
  private static final List<PlanOffer> OFFERS = PlanCatalog.PLANS.stream().map(PlanTerms::offer).toList();

  private final SubscriptionRepository allSubscriptions;
  private final Subscriptions subscriptions;
  private final Payments payments;
  private final BillingProvider provider;
  private final Clock clock;
  private final Keyset paymentPages = new Keyset("payments");

  /**
   * Creates the routes.
   *
   * @param allSubscriptions lists subscriptions
   * @param subscriptions finds and cancels subscriptions
   * @param payments the payments
   * @param provider where cancellations are made, or {@code null} when billing is not configured
   * @param clock the current time
   */
  public BillingRoutes(SubscriptionRepository allSubscriptions, Subscriptions subscriptions, Payments payments,
      BillingProvider provider, Clock clock) {
    this.allSubscriptions = allSubscriptions;
    this.subscriptions = subscriptions;
    this.payments = payments;
    this.provider = provider;
    this.clock = clock;
  }

  /**
   * {@code GET /billing/plans}: the five plans, with their prices in euro cents.
   *
   * @param ctx the request
   */
  public void plans(Context ctx) {
    ctx.json(new Page<>(OFFERS, null), PLAN_PAGE);
  }

  /**
   * {@code GET /billing/subscriptions}: all of the caller's subscriptions, newest first, in one page.
   *
   * @param ctx the request
   */
  public void subscriptions(Context ctx) {
    ctx.json(new Page<>(allSubscriptions.forUser(Caller.of(ctx).user().id()), null), SUBSCRIPTION_PAGE);
  }

  /**
   * {@code POST /billing/subscriptions/{id}/cancel}: ends the subscription at the end of its period. Access lasts
   * until then. Canceling again, or canceling an ended subscription, changes nothing and answers the same way.
   *
   * @param ctx the request
   */
  public void cancel(Context ctx) {
    UUID userId = Caller.of(ctx).user().id();
    UUID id = parseId(ctx.pathParam("id"));
    Subscriptions.Owned owned = subscriptions.find(userId, id).orElseThrow(BillingErrors::subscriptionNotFound);
    Subscription subscription = owned.subscription();
    if (subscription.cancelAtPeriodEnd() || subscription.status() == SubscriptionStatus.CANCELED) {
      ctx.json(subscription);
      return;
    }
    if (provider == null) {
      throw BillingErrors.notConfigured();
    }
    provider.cancelAtPeriodEnd(owned.stripeSubscriptionId(), IdempotencyKeys.cancel(id));
    ctx.json(subscriptions.cancelAtPeriodEnd(userId, id, clock.instant()));
  }

  /**
   * {@code GET /billing/payments}: the caller's payments, newest first, keyset paged.
   *
   * @param ctx the request
   */
  public void payments(Context ctx) {
    PageRequest request = paymentPages.request(ctx);
    List<Payment> rows = payments.page(Caller.of(ctx).user().id(), request);
    ctx.json(paymentPages.page(rows, request, payment -> new Cursor(payment.createdAt(), payment.id())), PAYMENT_PAGE);
  }

  /** A malformed id names no subscription of the caller's: 404, like an unknown one. */
  private static UUID parseId(String text) {
    try {
      UUID id = UUID.fromString(text);
      if (id.toString().equalsIgnoreCase(text)) {
        return id;
      }
    } catch (IllegalArgumentException ignored) {
      // Answered below.
    }
    throw BillingErrors.subscriptionNotFound();
  }
}
