package app.konqer.examples.quickstart;

import app.konqer.examples.console.Console;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.billing.CheckoutSession;
import app.konqer.sdk.billing.FoundingCheckoutRequest;
import app.konqer.sdk.billing.KonqerBilling;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Subscription;
import app.konqer.sdk.model.SubscriptionStatus;
import app.konqer.sdk.model.UserProfile;
import app.konqer.sdk.model.UserService;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.HistoryItem;
import app.konqer.sdk.services.HistoryQuery;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.ServiceUsage;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.objection.DealContext;
import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.sdk.services.objection.ObjectionOutput;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Konqer tour, the README's first command: with {@code KONQER_BASE_URL} set it talks to that server; otherwise it
 * starts the reference server in this process on its embedded defaults. Then it signs in with a dev token, lists the
 * twelve services, buys the founding plan through the dev checkout, shows what unlocked and when the rest will,
 * generates a cold DM and an objection response, shows the day's usage and pages through the history.
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; java -jar examples/target/konqer-quickstart.jar
 * </pre>
 */
public final class Quickstart {
  private static final String EMAIL = "quickstart@example.com";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy").withZone(ZoneOffset.UTC);

  private final Map<String, String> env;
  private final Console console;

  /**
   * A tour for a given environment.
   *
   * @param env the environment variables: {@code KONQER_BASE_URL} and, optionally, {@code KONQER_API_TOKEN}
   * @param out where the tour prints
   */
  public Quickstart(Map<String, String> env, PrintStream out) {
    this.env = Map.copyOf(env);
    this.console = new Console(out);
  }

  /**
   * Runs the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.setProperty("logback.configurationFile", "app/konqer/examples/quickstart/logback-quickstart.xml");
    new Quickstart(System.getenv(), System.out).run();
  }

  /** Runs the tour, starting and stopping a local server if no {@code KONQER_BASE_URL} is set. */
  public void run() {
    console.banner("Konqer quickstart");
    String remote = env.get("KONQER_BASE_URL");
    if (remote != null && !remote.isBlank()) {
      console.line("Using the Konqer API at %s (from KONQER_BASE_URL).", remote.strip());
      tour(remote.strip());
      return;
    }
    console.line("No KONQER_BASE_URL set: starting the reference server in this process, on its embedded");
    console.line("defaults: embedded PostgreSQL, offline generator, dev tokens, dev checkout.");
    long started = System.nanoTime();
    try (LocalServer server = LocalServer.start()) {
      console.line("Ready at %s in %.1f s (data in %s, deleted on exit).", server.baseUrl(),
          (System.nanoTime() - started) / 1e9, server.dataDir());
      tour(server.baseUrl());
      console.blank();
      console.line("Stopping the local server.");
    }
  }

  private void tour(String baseUrl) {
    String token = signIn(baseUrl);
    try (KonqerClient client = KonqerClient.builder().baseUrl(baseUrl).bearerToken(token)
        .userAgentSuffix("konqer-quickstart").build()) {
      KonqerServices services = KonqerServices.of(client);
      KonqerBilling billing = KonqerBilling.of(client);

      listServices(client);
      buyFounding(billing);
      showAccess(client);
      generateColdDm(services);
      handleObjection(services);
      showUsage(services);
      pageHistory(services);
      whatNext(baseUrl);
    }
  }

  private String signIn(String baseUrl) {
    console.step("Sign in");
    String given = env.get("KONQER_API_TOKEN");
    if (given != null && !given.isBlank()) {
      console.line("Using the token in KONQER_API_TOKEN.");
      return given.strip();
    }
    try (KonqerClient anonymous = KonqerClient.builder().baseUrl(baseUrl).build()) {
      String token = anonymous.auth().devToken(new DevTokenRequest(EMAIL, "Quickstart", List.of())).accessToken();
      try (KonqerClient signedIn = anonymous.withOptions(builder -> builder.bearerToken(token))) {
        UserProfile me = signedIn.user().me();
        console.line("POST /auth/dev-token minted an RS256 token for %s (user %s).", me.email(), me.id());
      }
      return token;
    }
  }

  private void listServices(KonqerClient client) {
    console.step("The 12 services");
    List<List<String>> rows = new ArrayList<>();
    for (UserService service : client.user().services()) {
      rows.add(List.of(service.service().id(), service.name(), KonqerJson.wireName(service.type()),
          access(service)));
    }
    console.table(List.of("SERVICE", "NAME", "TYPE", "ACCESS"), rows);
  }

  private void buyFounding(KonqerBilling billing) {
    console.step("Buy the founding plan (699 EUR a year) through the dev checkout");
    Optional<Subscription> active = billing.subscriptions().stream()
        .filter(subscription -> subscription.status() == SubscriptionStatus.ACTIVE)
        .findFirst();
    if (active.isPresent()) {
      console.line("Already subscribed: %s, active until %s.", KonqerJson.wireName(active.get().plan()),
          DAY.format(active.get().currentPeriodEnd()));
      return;
    }
    CheckoutSession session = billing.checkoutFounding(new FoundingCheckoutRequest(
        "https://konqer.app/checkout/success", "https://konqer.app/checkout/cancel"));
    console.line("Checkout session %s: %s", session.sessionId(), session.checkoutUrl());
    Subscription subscription = billing.confirmDevCheckout(session);
    console.line("Confirmed, as a buyer would on that page: subscription %s is %s until %s.",
        subscription.id(), KonqerJson.wireName(subscription.status()), DAY.format(subscription.currentPeriodEnd()));
  }

  private void showAccess(KonqerClient client) {
    console.step("What the founding plan unlocked");
    List<UserService> services = client.user().services();
    List<UserService> unlocked = services.stream().filter(UserService::unlocked).toList();
    console.line("%d unlocked today:", unlocked.size());
    for (UserService service : unlocked) {
      console.line("  + %-17s %s", service.service().id(), service.name());
    }
    List<List<String>> later = new ArrayList<>();
    for (UserService service : services) {
      if (!service.unlocked()) {
        later.add(List.of(service.service().id(), service.name(),
            service.unlocksAt() == null ? "locked" : DAY.format(service.unlocksAt())));
      }
    }
    console.line("%d more over the next four weeks:", later.size());
    console.table(List.of("SERVICE", "NAME", "UNLOCKS ON"), later);
  }

  private void generateColdDm(KonqerServices services) {
    console.step("Generate a cold DM");
    Generation<ColdDmOutput> dm = services.coldDm().generate(ColdDmInput.builder()
        .prospectName("Dana Whitfield")
        .company("Northwind Logistics")
        .offer("Route planning that cuts empty miles by 18%")
        .role("VP Operations")
        .recentActivity(List.of("Posted about rising diesel costs eating into Q3 margins",
            "Shared a case study on route consolidation"))
        .build());
    console.line("services.coldDm().generate(...) -> generation %s by %s", dm.id(), dm.model());
    console.line("Personalization score: %d/100", dm.personalizationScore());
    console.quote(dm.output().message());
  }

  private void handleObjection(KonqerServices services) {
    console.step("Answer an objection");
    String objection = "We already use another tool for outreach, and the team is happy with it.";
    Generation<ObjectionOutput> answer = services.objection().generate(ObjectionInput.builder()
        .objection(objection)
        .dealContext(new DealContext("negotiation", "24,000 EUR a year", "logistics", null))
        .build());
    console.line("Objection: \"%s\"", objection);
    console.line("Classified as %s; answered with the %s framework:",
        KonqerJson.wireName(answer.output().objectionType()), answer.output().frameworkUsed());
    console.quote(answer.output().response());
  }

  private void showUsage(KonqerServices services) {
    console.step("Usage today");
    List<List<String>> rows = new ArrayList<>();
    Instant resets = null;
    for (ServiceUsage usage : services.usage()) {
      if (usage.usedToday() > 0) {
        rows.add(List.of(usage.service().id(), usage.usedToday() + " of " + usage.dailyLimit()));
      }
      resets = usage.resetsAt();
    }
    console.table(List.of("SERVICE", "USED"), rows);
    if (resets != null) {
      console.line("Quotas reset at %s (midnight UTC).", resets);
    }
  }

  private void pageHistory(KonqerServices services) {
    console.step("History, one page at a time");
    int number = 0;
    for (Page<HistoryItem> page : services.history().list(HistoryQuery.builder().limit(1).build()).pages()) {
      number++;
      for (HistoryItem item : page.data()) {
        console.line("Page %d: %s  %-10s %s", number, item.createdAt(), item.service().id(), item.id());
      }
      if (page.nextCursor() == null) {
        console.line("(no next_cursor: that was the last page)");
      }
    }
  }

  private void whatNext(String baseUrl) {
    console.step("What to try next");
    console.line("Start the server on its own (dev mode, port 4000):");
    console.line("  java -jar reference-server/target/reference-server-0.1.0-SNAPSHOT-all.jar");
    console.line("Then, in another terminal, the CLI:");
    console.line("  java -jar examples/target/konqer.jar login --dev --email you@example.com");
    console.line("  java -jar examples/target/konqer.jar checkout founding --confirm");
    console.line("  java -jar examples/target/konqer.jar generate cold-dm --field prospect_name=Dana "
        + "--field company=Northwind --field offer=\"Route planning\"");
    console.line("And 50 cold DMs from a CSV, resumable after a crash:");
    console.line("  java -jar examples/target/konqer-batch.jar --base-url http://localhost:4000 "
        + "--dev-email you@example.com --input examples/data/prospects.csv");
    console.line("Test your own integration against the real server in JUnit: app.konqer.server.testkit");
    console.line("  (one test-scoped dependency: app.konqer:reference-server).");
    console.line("This tour talked to %s; its code is examples/src/main/java/app/konqer/examples/quickstart.",
        baseUrl);
  }

  private static String access(UserService service) {
    if (service.unlocked()) {
      return "unlocked";
    }
    return service.unlocksAt() != null ? "unlocks " + DAY.format(service.unlocksAt()) : "locked";
  }
}
