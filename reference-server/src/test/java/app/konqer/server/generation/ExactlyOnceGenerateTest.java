package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.http.Sleeper;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.testing.FaultProxy;
import app.konqer.server.testing.FaultProxy.Fault;
import app.konqer.server.testing.FirstAttemptFaults;
import app.konqer.server.testing.TestServer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exactly once through a faulty network: the typed SDK generates through a {@link FaultProxy} that loses responses
 * after the server has done the work. The SDK retries with the call's {@code Idempotency-Key}; the server replays
 * the stored response. Every call returns a generation, and the database holds each one once, charged once.
 *
 * <p>The build runs 1,000 calls. A larger run: {@code mvn -q -B -pl reference-server -am verify
 * -Dtest=ExactlyOnceGenerateTest -Dsurefire.failIfNoSpecifiedTests=false -Dkonqer.faults.calls=20000
 * -Dkonqer.faults.seed=42}; it prints a table of figures.
 */
class ExactlyOnceGenerateTest {
  private static final int CALLS = Integer.getInteger("konqer.faults.calls", 1000);
  private static final long SEED = Long.getLong("konqer.faults.seed", 20261121L);
  private static final int CALLERS = 16;
  /**
   * Short, so that a withheld response costs the client little, yet long enough that a busy build machine does not
   * time out answers that were not withheld.
   */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration LATENCY = Duration.ofMillis(50);
  private static final Duration BOUND = Duration.ofSeconds(30);
  private static final BlockingGenerator[] generator = new BlockingGenerator[1];

  @RegisterExtension
  static final TestServer server = TestServer.api().pool(10, Duration.ofSeconds(20))
      .generation(BlockingGenerator.around(generator));

  private final GenerationFixture fixture = new GenerationFixture(server);

  @Test
  void aThousandCallsWithTwentyPercentOfResponsesLostGenerateExactlyOnceEach() throws Exception {
    User user = fixture.userWithAllServices("faults-bulk");
    fixture.configure(ServiceId.COLD_DM, true, CALLS * 2);
    FirstAttemptFaults plan = FirstAttemptFaults.twentyPercentLost(SEED, CALLS, Math.max(2, CALLS / 100));
    long started = System.nanoTime();
    List<ApiResponse<Generation<ColdDmOutput>>> replies = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    Map<Fault, Integer> injected;
    try (FaultProxy proxy = FaultProxy.start(server.server().port(), plan, LATENCY);
        KonqerClient client = client(proxy, user, Sleeper.system())) {
      KonqerServices services = KonqerServices.of(client);
      ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
      try {
        List<Future<ApiResponse<Generation<ColdDmOutput>>>> calls = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
          ColdDmInput input = input(i);
          calls.add(callers.submit(() -> services.coldDm().generateWithResponse(input, RequestOptions.none())));
        }
        for (Future<ApiResponse<Generation<ColdDmOutput>>> call : calls) {
          try {
            replies.add(call.get(BOUND.toSeconds(), TimeUnit.SECONDS));
          } catch (java.util.concurrent.ExecutionException e) {
            failures.add(e.getCause());
          }
        }
      } finally {
        callers.shutdownNow();
      }
      injected = proxy.injected();
    }
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    Set<UUID> returned = new HashSet<>();
    int attempts = 0;
    for (ApiResponse<Generation<ColdDmOutput>> reply : replies) {
      returned.add(reply.value().id());
      attempts += reply.attempts();
    }
    int stored = fixture.generations(user);
    int duplicates = count("SELECT count(*) - count(DISTINCT input) FROM generations WHERE user_id = ?", user.id());
    int quota = fixture.quotaUsed(user, ServiceId.COLD_DM);
    printFigures(plan, injected, replies.size(), failures.size(), attempts, stored, duplicates, quota, elapsedMs);

    assertThat(failures).isEmpty();
    assertThat(injected.get(Fault.RESET_AFTER_REQUEST) + injected.get(Fault.DROP_RESPONSE)
        + injected.get(Fault.TIMEOUT)).isEqualTo(CALLS / 5);
    assertThat(replies).hasSize(CALLS);
    assertThat(returned).hasSize(CALLS);
    assertThat(stored).isEqualTo(CALLS);
    assertThat(duplicates).isZero();
    assertThat(storedIds(user)).isEqualTo(returned);
    assertThat(fixture.events(user)).isEqualTo(CALLS);
    assertThat(quota).isEqualTo(CALLS);
    assertThat(count("SELECT count(*) FROM idempotency_keys WHERE user_id = ? AND state = 'completed'", user.id()))
        .isEqualTo(CALLS);
    assertThat(attempts).isGreaterThanOrEqualTo(CALLS + plan.lost());
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void eachFaultEndsInOneGenerationReturnedToTheCaller(Fault fault) throws Exception {
    User user = fixture.userWithAllServices("faults-" + fault.name().toLowerCase());
    FirstAttemptFaults plan = FirstAttemptFaults.seeded(1, 1, Map.of(fault, 1));
    try (FaultProxy proxy = FaultProxy.start(server.server().port(), plan, LATENCY);
        // the wait before the retry lasts until the server has answered the lost attempt
        KonqerClient client = client(proxy, user, delay -> proxy.awaitLostResponses(1, BOUND))) {
      ApiResponse<Generation<ColdDmOutput>> reply =
          KonqerServices.of(client).coldDm().generateWithResponse(input(0), RequestOptions.none());

      assertThat(proxy.injected()).containsEntry(fault, 1);
      assertThat(reply.attempts()).isEqualTo(fault.losesResponse() ? 2 : 1);
      assertThat(storedIds(user)).containsExactly(reply.value().id());
      assertThat(fixture.quotaUsed(user, ServiceId.COLD_DM)).isEqualTo(1);
    }
  }

  @Test
  void aRetryWhileTheFirstAttemptStillRunsIsToldToWaitAndThenGetsTheReplay() throws Exception {
    User user = fixture.userWithAllServices("faults-in-progress");
    BlockingGenerator.Gate gate = generator[0].arm();
    FirstAttemptFaults plan = FirstAttemptFaults.seeded(1, 1, Map.of(Fault.RESET_AFTER_REQUEST, 1));
    List<Duration> waits = new CopyOnWriteArrayList<>();
    try (FaultProxy proxy = FaultProxy.start(server.server().port(), plan, LATENCY)) {
      // Instead of waiting out the time, each wait waits for the event it stands for.
      Sleeper events = delay -> {
        waits.add(delay);
        if (waits.size() == 1) {
          gate.awaitEntered(); // the first attempt is generating when the retry arrives
        } else {
          gate.release().countDown(); // the first attempt finishes while the client waits as told
          proxy.awaitLostResponses(1, BOUND);
        }
      };
      try (KonqerClient client = client(proxy, user, events)) {
        ApiResponse<Generation<ColdDmOutput>> reply =
            KonqerServices.of(client).coldDm().generateWithResponse(input(0), RequestOptions.none());

        assertThat(reply.attempts()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(storedIds(user)).containsExactly(reply.value().id());
        assertThat(fixture.quotaUsed(user, ServiceId.COLD_DM)).isEqualTo(1);
      }
    }
  }

  private static KonqerClient client(FaultProxy proxy, User user, Sleeper sleeper) {
    return KonqerClient.builder()
        .baseUrl(proxy.url())
        .bearerToken(user.token())
        .readTimeout(READ_TIMEOUT)
        .maxRetries(3)
        .sleeper(sleeper)
        .jitter(() -> 0)
        .build();
  }

  private static ColdDmInput input(int call) {
    return ColdDmInput.builder()
        .prospectName("Dana Whitfield " + call)
        .company("Northwind Logistics")
        .offer("Route planning that cuts empty miles by 18% for regional fleets")
        .role("VP Operations")
        .tone(Tone.DIRECT)
        .recentActivity(List.of("Posted about rising diesel costs"))
        .build();
  }

  private Set<UUID> storedIds(User user) {
    return server.database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT id FROM generations WHERE user_id = ?")) {
        select.setObject(1, user.id());
        try (ResultSet row = select.executeQuery()) {
          Set<UUID> ids = new HashSet<>();
          while (row.next()) {
            ids.add(row.getObject(1, UUID.class));
          }
          return ids;
        }
      }
    });
  }

  private int count(String sql, UUID userId) {
    return server.database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        select.setObject(1, userId);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getInt(1);
        }
      }
    });
  }

  private static void printFigures(FirstAttemptFaults plan, Map<Fault, Integer> injected, int returned, int failed,
      int attempts, int stored, int duplicates, int quota, long elapsedMs) {
    StringBuilder table = new StringBuilder("\nExactly-once generate through the fault proxy (seed " + SEED + ")\n");
    table.append(String.format("| %-34s | %10s |%n", "figure", "value"));
    table.append(String.format("|%s|%s|%n", "-".repeat(36), "-".repeat(12)));
    row(table, "logical calls", CALLS);
    for (Fault fault : Fault.values()) {
      row(table, "requests with " + fault.name().toLowerCase(), injected.get(fault));
    }
    row(table, "first responses lost", plan.lost());
    row(table, "calls returned a generation", returned);
    row(table, "calls failed", failed);
    row(table, "attempts (all calls)", attempts);
    row(table, "generations stored", stored);
    row(table, "duplicates", duplicates);
    row(table, "quota units charged", quota);
    row(table, "elapsed ms", elapsedMs);
    System.out.println(table);
  }

  private static void row(StringBuilder table, String figure, long value) {
    table.append(String.format("| %-34s | %10d |%n", figure, value));
  }
}
