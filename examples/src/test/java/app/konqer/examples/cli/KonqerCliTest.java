package app.konqer.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.testkit.KonqerTestServer;
import app.konqer.server.testkit.TestUser;
import com.squareup.moshi.Types;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KonqerCliTest {
  private static final AtomicInteger USERS = new AtomicInteger();

  @RegisterExtension
  static KonqerTestServer konqer = KonqerTestServer.create();

  @TempDir
  Path home;

  /** Each command of the CLI, with a command line that succeeds for a founding member. */
  enum Command {
    LOGIN("login", "--dev", "--email", "{email}"),
    SERVICES("services"),
    GENERATE("generate", "cold-dm", "--field", "prospect_name=Dana Whitfield", "--field", "company=Northwind",
        "--field", "offer=Route planning that cuts empty miles", "--field", "recent_activity=Posted about diesel costs"),
    HISTORY("history", "--limit", "5"),
    USAGE("usage"),
    PLANS("plans"),
    CHECKOUT("checkout", "founding", "--confirm");

    private final List<String> args;

    Command(String... args) {
      this.args = List.of(args);
    }

    List<String> args(String email) {
      return args.stream().map(arg -> arg.replace("{email}", email)).toList();
    }
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void everyCommandSucceedsWithExitCode0(Command command) {
    Session session = command == Command.CHECKOUT ? member(null) : member(Plan.FOUNDING);

    Result result = session.run(command.args(session.email));

    assertThat(result.code).as(result.err).isZero();
    assertThat(result.err).isEmpty();
    assertThat(result.out).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void aBadCommandLineExitsWith2(Command command) {
    Session session = foundingMember();
    List<String> args = new ArrayList<>(command.args(session.email));
    args.add("--no-such-option");

    Result result = session.run(args);

    assertThat(result.code).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err).contains("Unknown option: '--no-such-option'");
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void refusedCredentialsExitWith3(Command command) {
    Session session = new Session(email(), Map.of("KONQER_API_TOKEN", "not.a.token"));
    List<String> args = command.args(session.email);
    if (command == Command.LOGIN) {
      args = List.of("login", "--token", "not.a.token");
    } else if (command == Command.PLANS) {
      konqer.failNext(2, 401);
    }

    Result result = session.run(args);

    assertThat(result.code).as(result.err).isEqualTo(ExitCode.AUTH.code());
    assertThat(result.err).contains("Error: ", "401");
    assertNoStackTrace(result);
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void aLockedServiceOrAMissingPlanExitsWith4(Command command) {
    Session session = foundingMember();
    List<String> args = command.args(session.email);
    if (command == Command.GENERATE) {
      args = List.of("generate", "webinar", "--field", "niche=Freight", "--field", "audience=Fleet managers");
    } else {
      konqer.failNext(1, 403);
    }

    Result result = session.run(args);

    assertThat(result.code).as(result.err).isEqualTo(ExitCode.LOCKED.code());
    assertThat(result.err).contains("403", "Request id: ");
    if (command == Command.GENERATE) {
      assertThat(result.err).contains("Error: Service locked (403 service_locked)", "Unlocks at: ");
    }
    assertNoStackTrace(result);
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void anExhaustedQuotaOrRateLimitExitsWith5(Command command) {
    Session session = foundingMember();
    if (command == Command.GENERATE) {
      konqer.exhaustQuota(session.user(), ServiceId.COLD_DM);
    } else {
      konqer.failNext(3, 429);
    }

    Result result = session.run(command.args(session.email));

    assertThat(result.code).as(result.err).isEqualTo(ExitCode.QUOTA.code());
    assertThat(result.err).contains("429", "Request id: ");
    if (command == Command.GENERATE) {
      assertThat(result.err).contains("daily_limit_exceeded", "Quota: 100/100 used today", "Retry after: ");
    }
    assertNoStackTrace(result);
  }

  @ParameterizedTest
  @EnumSource(Command.class)
  void aFailingServerExitsWith6OnceTheRetriesAreSpent(Command command) {
    Session session = foundingMember();
    konqer.failNext(3, 500);

    Result result = session.run(command.args(session.email));

    assertThat(result.code).as(result.err).isEqualTo(ExitCode.SERVER.code());
    assertThat(result.err).contains("Error: Internal server error (500 internal_error)", "Request id: ");
    assertNoStackTrace(result);
  }

  @Test
  void anUnreachableServerExitsWith6() {
    Session session = new Session(email(), Map.of("KONQER_BASE_URL", "http://127.0.0.1:9"));

    Result result = session.run(List.of("plans"), builder -> builder.maxRetries(0));

    assertThat(result.code).isEqualTo(ExitCode.SERVER.code());
    assertThat(result.err).startsWith("Error: Cannot reach the Konqer API");
    assertNoStackTrace(result);
  }

  @Test
  void clientCredentialsLoginFetchesATokenFromTheIdentityProvider() throws InterruptedException {
    MockOAuth2Server keycloak = new MockOAuth2Server();
    keycloak.start();
    try {
      Session session = new Session(email(), Map.of());
      String tokenUrl = keycloak.tokenEndpointUrl("konqer").toString();

      Result result = session.run(List.of("login", "--client-id", "crm-sync", "--client-secret", "s3cret",
          "--token-url", tokenUrl));

      assertThat(keycloak.takeRequest().getBody().readUtf8()).contains("grant_type=client_credentials");
      assertThat(result.code).isEqualTo(ExitCode.AUTH.code());
      assertThat(result.err).contains("Error: ", "(401 ", "Request id: ");
      assertThat(home.resolve("config").resolve("credentials.json")).doesNotExist();
    } finally {
      keycloak.shutdown();
    }
  }

  @Test
  void anUnreachableTokenEndpointExitsWith6() {
    Session session = new Session(email(), Map.of());

    Result result = session.run(List.of("login", "--client-id", "crm-sync", "--client-secret", "s3cret",
        "--token-url", "http://127.0.0.1:9/realms/konqer/protocol/openid-connect/token"));

    assertThat(result.code).isEqualTo(ExitCode.SERVER.code());
    assertThat(result.err).startsWith("Error: The token endpoint is unavailable");
    assertNoStackTrace(result);
  }

  @Test
  void historyAndUsageSpeakJsonToo() throws IOException {
    Session session = foundingMember();
    session.run(Command.GENERATE.args(session.email));

    Result history = session.run(List.of("history", "--json"));
    Result usage = session.run(List.of("usage", "--json"));

    List<Map<String, Object>> items = KonqerJson.create()
        .<List<Map<String, Object>>>adapter(Types.newParameterizedType(List.class, Map.class)).fromJson(history.out);
    assertThat(items).singleElement().satisfies(item -> {
      assertThat(item).containsEntry("service", "cold-dm").containsKeys("input", "output", "personalization_score");
      assertThat(item.get("input")).asInstanceOf(InstanceOfAssertFactories.MAP)
          .containsEntry("prospect_name", "Dana Whitfield");
    });
    assertThat(usage.out).contains("\"service\": \"cold-dm\"", "\"used_today\": 1");
  }

  @Test
  void withoutALoginTheCommandsThatNeedOneSaySo() {
    Session session = new Session(email(), Map.of());

    Result result = session.run(List.of("usage"));

    assertThat(result.code).isEqualTo(ExitCode.AUTH.code());
    assertThat(result.err).contains("Not logged in: run `konqer login --dev --email you@example.com`");
  }

  @Test
  void loginSavesTheCredentialsForItsOwnerOnly() throws IOException {
    Session session = foundingMember();

    Path file = home.resolve("config").resolve("credentials.json");
    assertThat(file).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    assertThat(Files.readString(file)).contains("\"kind\": \"dev\"", session.email);
    assertThat(session.run(List.of("logout")).code).isZero();
    assertThat(file).doesNotExist();
  }

  @Test
  void servicesShowTheFoundingUnlockSchedule() {
    Session session = foundingMember();

    Result result = session.run(List.of("services"));

    assertThat(result.out).containsPattern("cold-dm +Cold DM Personalizer +Blue +100 +unlocked")
        .containsPattern("webinar +Webinar Demand Scanner +Blue +100 +unlocks 20");
  }

  @Test
  void jsonOutputIsTheWireFormat() throws IOException {
    Session session = foundingMember();

    Result result = session.run(List.of("services", "--json"));

    List<Map<String, Object>> services = KonqerJson.create()
        .<List<Map<String, Object>>>adapter(Types.newParameterizedType(List.class, Map.class))
        .fromJson(result.out);
    assertThat(services).hasSize(12);
    assertThat(services.get(0)).containsEntry("service", "cold-dm").containsEntry("unlocked", true);
  }

  @Test
  void generateReadsNestedFieldsAndPrintsTheOutput() {
    Session session = foundingMember();

    Result result = session.run(List.of("generate", "objection",
        "--field", "objection=Your price is far above our budget for this year",
        "--field", "deal_context.stage=negotiation", "--field", "deal_context.industry=logistics"));

    assertThat(result.code).as(result.err).isZero();
    assertThat(result.out).contains("objection · konqer-offline", "response:", "objection_type: ");
    assertThat(konqer.requests().get(konqer.requests().size() - 1).body())
        .contains("\"deal_context\":{\"stage\":\"negotiation\",\"industry\":\"logistics\"}");
  }

  @Test
  void generateTakesAJsonInputFile() throws IOException {
    Session session = foundingMember();
    Path input = home.resolve("dm.json");
    Files.writeString(input, "{\"prospect_name\":\"Dana\",\"company\":\"Northwind\",\"offer\":\"Routes\"}");

    Result result = session.run(List.of("generate", "cold-dm", "--input", input.toString(), "--json"));

    assertThat(result.code).as(result.err).isZero();
    assertThat(result.out).contains("\"service\": \"cold-dm\"", "\"personalization_score\": ");
  }

  @Test
  void generateExplainsItsFieldsWhenTheInputIsMissingOrWrong() {
    Session session = foundingMember();

    Result none = session.run(List.of("generate", "cold-dm"));
    Result unknown = session.run(List.of("generate", "cold-dm", "--field", "nickname=Dee"));
    Result incomplete = session.run(List.of("generate", "cold-dm", "--field", "prospect_name=Dana"));
    Result noService = session.run(List.of("generate", "cold-call", "--field", "a=b"));

    assertThat(none.code).isEqualTo(ExitCode.USAGE.code());
    assertThat(none.err).contains("prospect_name (text, required)", "recent_activity (repeatable)");
    assertThat(unknown.code).isEqualTo(ExitCode.USAGE.code());
    assertThat(unknown.err).contains("Unknown field nickname");
    assertThat(incomplete.code).isEqualTo(ExitCode.USAGE.code());
    assertThat(incomplete.err).contains("company", "offer");
    assertThat(noService.code).isEqualTo(ExitCode.USAGE.code());
    assertThat(noService.err).contains("Unknown service cold-call", "cold-dm");
    assertThat(konqer.requests()).isEmpty();
  }

  @Test
  void checkoutWithoutConfirmPrintsThePageToOpen() {
    Session session = new Session(email(), Map.of());
    konqer.user(session.email).create();
    session.run(List.of("login", "--dev", "--email", session.email));

    Result result = session.run(List.of("checkout", "founding"));

    assertThat(result.code).as(result.err).isZero();
    assertThat(result.out).contains("Open the checkout page to pay:", konqer.baseUrl() + "/checkout/dev/cs_");
  }

  @Test
  void historyListsTheNewestGenerationsFirst() {
    Session session = foundingMember();
    session.run(Command.GENERATE.args(session.email));
    session.run(List.of("generate", "carousel", "--field", "topic=Route planning", "--field",
        "target_audience=Fleet managers"));

    Result result = session.run(List.of("history"));

    assertThat(result.out.lines().skip(1).map(line -> line.split(" +")[1]).toList())
        .containsExactly("carousel", "cold-dm");
  }

  private static void assertNoStackTrace(Result result) {
    assertThat(result.err).doesNotContain("\tat ", "Caused by");
  }

  private Session foundingMember() {
    return member(Plan.FOUNDING);
  }

  private Session member(Plan plan) {
    Session session = new Session(email(), Map.of());
    if (plan == null) {
      konqer.user(session.email).create();
    } else {
      konqer.user(session.email).plan(plan).create();
    }
    Result login = session.run(List.of("login", "--dev", "--email", session.email));
    assertThat(login.code).as(login.err).isZero();
    konqer.reset();
    return session;
  }

  private static String email() {
    return "cli-" + USERS.incrementAndGet() + "@example.com";
  }

  /** One user's terminal: a config directory of its own, pointed at the test server. */
  private final class Session {
    final String email;
    final Map<String, String> env;

    Session(String email, Map<String, String> extra) {
      this.email = email;
      Map<String, String> env = new HashMap<>();
      env.put("KONQER_CONFIG_DIR", home.resolve("config").toString());
      env.put("KONQER_BASE_URL", konqer.baseUrl());
      env.putAll(extra);
      this.env = Map.copyOf(env);
    }

    TestUser user() {
      return konqer.user(email).create();
    }

    Result run(List<String> args) {
      return run(args, builder -> {});
    }

    Result run(List<String> args, Consumer<KonqerClient.Builder> settings) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      KonqerCli cli = new KonqerCli(env, home, new PrintWriter(out), new PrintWriter(err), Clock.systemUTC(),
          settings);
      int code = cli.run(args.toArray(String[]::new));
      return new Result(code, out.toString(), err.toString());
    }
  }

  private record Result(int code, String out, String err) {}
}
