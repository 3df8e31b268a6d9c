package app.konqer.server.billing;

import app.konqer.sdk.billing.CheckoutRequest;
import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.billing.FoundingCheckoutRequest;
import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.auth.Caller;
import app.konqer.server.db.Database;
import app.konqer.server.http.ApiError;
import app.konqer.server.http.Bodies;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code POST /checkout/session} and {@code POST /checkout/founding}: open a checkout session for a plan.
 *
 * <p>The order is checked before anything is sent to the provider: a single-service plan needs a {@code service} and
 * the other plans refuse one, and both return URLs must be absolute http(s) URLs (422 with field errors). A user who
 * already has a bundle or the founding plan in force, or already has the single service asked for, gets a 409
 * {@code already_subscribed}; a subscription set to end at its period end does not count, so a user who canceled may
 * buy again. The client's {@code Idempotency-Key} makes a retried request return the same session.
 */
public final class CheckoutRoutes {
  /** Stripe's placeholder for the session id in a success URL, which Stripe (and the dev checkout) fill in. */
  public static final String SESSION_ID_PLACEHOLDER = "{CHECKOUT_SESSION_ID}";

  private static final String CUSTOMER = "SELECT stripe_customer_id FROM users WHERE id = ?";

  private final BillingProvider provider;
  private final Subscriptions subscriptions;
  private final Database database;
  private final URI publicUrl;

  /**
   * Creates the routes.
   *
   * @param provider where sessions are opened, or {@code null} when billing is not configured
   * @param subscriptions the subscriptions
   * @param database the database
   * @param publicUrl the server's public base URL, or {@code null} to use the request's
   */
  public CheckoutRoutes(BillingProvider provider, Subscriptions subscriptions, Database database, URI publicUrl) {
    this.provider = provider;
    this.subscriptions = subscriptions;
    this.database = database;
    this.publicUrl = publicUrl;
  }

  /**
   * {@code POST /checkout/session}.
   *
   * @param ctx the request
   */
  public void session(Context ctx) {
    requireConfigured();
    open(ctx, Bodies.read(ctx, CheckoutRequest.class));
  }

  /**
   * {@code POST /checkout/founding}: the founding plan, without naming it.
   *
   * @param ctx the request
   */
  public void founding(Context ctx) {
    requireConfigured();
    FoundingCheckoutRequest request = Bodies.read(ctx, FoundingCheckoutRequest.class);
    open(ctx, new CheckoutRequest(Plan.FOUNDING, null, request.successUrl(), request.cancelUrl()));
  }

  private void requireConfigured() {
    if (provider == null) {
      throw BillingErrors.notConfigured();
    }
  }

  private void open(Context ctx, CheckoutRequest request) {
    String idempotencyKey = IdempotencyKeys.read(ctx.header(IdempotencyKeys.HEADER));
    PlanTerms terms = validate(request);
    Caller caller = Caller.of(ctx);
    UUID userId = caller.user().id();
    refuseIfCovered(userId, terms, request.service());
    CheckoutOrder order = new CheckoutOrder(userId, caller.user().email(), stripeCustomer(userId), terms,
        request.service(), request.successUrl(), request.cancelUrl(), idempotencyKey, serverUrl(ctx));
    CheckoutSession session = provider.createCheckout(order);
    ctx.status(201).json(session);
  }

  private static PlanTerms validate(CheckoutRequest request) {
    List<FieldError> errors = new ArrayList<>();
    Optional<PlanTerms> terms = PlanCatalog.find(request.plan());
    if (terms.isEmpty()) {
      errors.add(new FieldError("plan", "must be one of " + PlanCatalog.PLANS.stream()
          .map(plan -> KonqerJson.wireName(plan.plan())).collect(Collectors.joining(", "))));
    } else if (terms.get().singleService() && request.service() == null) {
      errors.add(new FieldError("service", "is required for the " + KonqerJson.wireName(request.plan()) + " plan"));
    } else if (!terms.get().singleService() && request.service() != null) {
      errors.add(new FieldError("service", "must be absent: the " + KonqerJson.wireName(request.plan())
          + " plan grants every service"));
    }
    if (request.service() == ServiceId.UNKNOWN) {
      errors.add(new FieldError("service", "is not a Konqer service"));
    }
    requireHttpUrl(request.successUrl(), "success_url", errors);
    requireHttpUrl(request.cancelUrl(), "cancel_url", errors);
    if (!errors.isEmpty()) {
      throw ApiError.validation(errors.stream().distinct().sorted((a, b) -> a.field().compareTo(b.field())).toList());
    }
    return terms.get();
  }

  private static void requireHttpUrl(String url, String field, List<FieldError> errors) {
    try {
      URI uri = new URI(url.replace(SESSION_ID_PLACEHOLDER, "session"));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return;
      }
    } catch (URISyntaxException ignored) {
      // Reported below.
    }
    errors.add(new FieldError(field, "must be an absolute http or https URL"));
  }

  private void refuseIfCovered(UUID userId, PlanTerms terms, ServiceId service) {
    for (Subscriptions.Renewing renewing : subscriptions.renewing(userId)) {
      PlanTerms owned = PlanCatalog.find(renewing.plan()).orElse(null);
      if (owned == null) {
        continue;
      }
      if (owned.allServices()) {
        throw BillingErrors.alreadySubscribed("Your " + KonqerJson.wireName(owned.plan())
            + " subscription already grants every service; cancel it before buying another plan");
      }
      if (terms.singleService() && renewing.service() == service) {
        throw BillingErrors.alreadySubscribed("You already subscribe to " + service.id());
      }
    }
  }

  private String stripeCustomer(UUID userId) {
    return database.query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(CUSTOMER)) {
        select.setObject(1, userId);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? row.getString(1) : null;
        }
      }
    });
  }

  private URI serverUrl(Context ctx) {
    if (publicUrl != null) {
      return publicUrl;
    }
    return URI.create(ctx.scheme() + "://" + ctx.host());
  }
}
