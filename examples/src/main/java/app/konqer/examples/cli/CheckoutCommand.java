package app.konqer.examples.cli;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.billing.CheckoutRequest;
import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.billing.FoundingCheckoutRequest;
import app.konqer.sdk.billing.KonqerBilling;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.Subscription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code konqer checkout <plan>}: opens a checkout session and prints its page. Against a reference server in dev
 * mode, {@code --confirm} completes it at once, through the same webhook code a Stripe payment goes through.
 */
@Command(name = "checkout", description = {
    "Start buying a plan and print the checkout page to open.",
    "  konqer checkout founding",
    "  konqer checkout monthly_single --service cold-dm",
    "  konqer checkout founding --confirm      (dev mode: completes the purchase at once)"})
final class CheckoutCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  GlobalOptions global;

  @Parameters(index = "0", paramLabel = "PLAN",
      description = "founding, monthly_single, monthly_bundle, annual_single or annual_bundle (see konqer plans).")
  String plan;

  @Option(names = "--service", paramLabel = "SERVICE", description = "The service of a single-service plan.")
  String service;

  @Option(names = "--success-url", paramLabel = "URL", defaultValue = "https://konqer.app/checkout/success",
      description = "Where the page sends you after paying (default ${DEFAULT-VALUE}).")
  String successUrl;

  @Option(names = "--cancel-url", paramLabel = "URL", defaultValue = "https://konqer.app/checkout/cancel",
      description = "Where the page sends you if you give up (default ${DEFAULT-VALUE}).")
  String cancelUrl;

  @Option(names = "--confirm", description = "Dev mode only: confirm the dev checkout page at once.")
  boolean confirm;

  CheckoutCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Plan chosen = parsePlan();
    KonqerClient client = context.signedIn(global);
    KonqerBilling billing = KonqerBilling.of(client);
    CheckoutSession session = chosen == Plan.FOUNDING && service == null
        ? billing.checkoutFounding(new FoundingCheckoutRequest(successUrl, cancelUrl))
        : billing.checkout(CheckoutRequest.builder(chosen)
            .service(service == null ? null : parseService())
            .successUrl(successUrl)
            .cancelUrl(cancelUrl)
            .build());
    Subscription subscription = confirm ? billing.confirmDevCheckout(session) : null;
    if (global.json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("checkout", context.moshi().adapter(CheckoutSession.class).toJsonValue(session));
      if (subscription != null) {
        result.put("subscription", context.moshi().adapter(Subscription.class).toJsonValue(subscription));
      }
      context.printJson(result, Map.class);
      return ExitCode.OK.code();
    }
    if (subscription == null) {
      context.out().println("Open the checkout page to pay:");
      context.out().println("  " + session.checkoutUrl());
      return ExitCode.OK.code();
    }
    context.out().printf("Subscribed: %s (%s), %s until %s.%n", KonqerJson.wireName(subscription.plan()),
        subscription.id(), KonqerJson.wireName(subscription.status()), subscription.currentPeriodEnd());
    context.out().println("See your services with: konqer services");
    return ExitCode.OK.code();
  }

  private Plan parsePlan() {
    Plan parsed = context.moshi().adapter(Plan.class).fromJsonValue(plan);
    if (parsed == null || parsed == Plan.UNKNOWN) {
      throw CliException.usage("Unknown plan " + plan
          + "; the plans are founding, monthly_single, monthly_bundle, annual_single and annual_bundle");
    }
    return parsed;
  }

  private ServiceId parseService() {
    return ServiceId.fromId(service).orElseThrow(() -> CliException.usage("Unknown service " + service));
  }
}
