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
import app.konqer.server.idempotency.IdempotencyClaim;
import app.konqer.server.idempotency.IdempotencyStore;
import app.konqer.server.idempotency.RequestFingerprint;
import app.konqer.server.idempotency.StoredResponse;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
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
 * buy again.
 *
 * <p>The client's {@code Idempotency-Key} makes a retried request return the same session, from the server's own
 * record: the key is claimed in {@link IdempotencyStore} before the provider is asked, and completed with the
 * response once the session exists, so a retry replays it without a second request to the provider, and a retry
 * while the first request still runs gets a 409 {@code idempotency_in_progress}. The provider request carries a key
 * derived from the client's as well, so that should the server fail between opening the session and recording it,
 * the retry that runs again gets the same session from Stripe.
 */
public final class CheckoutRoutes {
  /** Stripe's placeholder for the session id in a success URL, which Stripe (and the dev checkout) fill in. */
  public static final String SESSION_ID_PLACEHOLDER = "{CHECKOUT_SESSION_ID}";

  private static final String IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused";
  private static final String CUSTOMER = "SELECT stripe_customer_id FROM users WHERE id = ?";

  private final BillingProvider provider;
  private final Subscriptions subscriptions;
  private final Database database;
  private final URI publicUrl;
  private final IdempotencyStore idempotency;
  private final JsonAdapter<CheckoutRequest> requests;
  private final JsonAdapter<CheckoutSession> sessions;

  /**
   * Creates the routes.
   *
   * @param provider where sessions are opened, or {@code null} when billing is not configured
   * @param subscriptions the subscriptions
   * @param database the database
   * @param publicUrl the server's public base URL, or {@code null} to use the request's
   * @param idempotency the idempotency keys, which record each session opened with a key
   * @param moshi a {@code KonqerJson} instance
   */
  public CheckoutRoutes(BillingProvider provider, Subscriptions subscriptions, Database database, URI publicUrl,
      IdempotencyStore idempotency, Moshi moshi) {
    this.provider = provider;
    this.subscriptions = subscriptions;
    this.database = database;
    this.publicUrl = publicUrl;
    this.idempotency = idempotency;
    this.requests = moshi.adapter(CheckoutRequest.class);
    this.sessions = moshi.adapter(CheckoutSession.class);
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
    String header = ctx.header(IdempotencyKeys.HEADER);
    String idempotencyKey = IdempotencyKeys.read(header);
    PlanTerms terms = validate(request);
    Caller caller = Caller.of(ctx);
    UUID userId = caller.user().id();
    IdempotencyClaim claim = claim(userId, header, RequestFingerprint.of("POST " + ctx.path(),
        requests.toJson(request)));
    if (claim instanceof IdempotencyClaim.Replay replay) {
      replay.response().writeTo(ctx, true);
      return;
    }
    IdempotencyClaim.Held held = (IdempotencyClaim.Held) claim;
    try {
      refuseIfCovered(userId, terms, request.service());
      CheckoutOrder order = new CheckoutOrder(userId, caller.user().email(), stripeCustomer(userId), terms,
          request.service(), request.successUrl(), request.cancelUrl(), idempotencyKey, serverUrl(ctx));
      StoredResponse response = StoredResponse.json(201, sessions.toJson(provider.createCheckout(order)));
      database.transaction(connection -> {
        idempotency.complete(connection, held, response);
        return null;
      });
      response.writeTo(ctx, false);
    } catch (RuntimeException | Error failure) {
      try {
        idempotency.release(held);
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
      throw failure;
    }
  }

  /** Claims the key; checkout answers a key used for another order as it always has, with a 409. */
  private IdempotencyClaim claim(UUID userId, String header, RequestFingerprint fingerprint) {
    try {
      return idempotency.claim(userId, Optional.ofNullable(header), fingerprint);
    } catch (ApiError e) {
      throw IDEMPOTENCY_KEY_REUSED.equals(e.code()) ? BillingErrors.idempotencyKeyReused() : e;
    }
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
