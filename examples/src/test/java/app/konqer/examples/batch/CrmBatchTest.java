package app.konqer.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import app.konqer.server.testkit.KonqerTestServer;
import app.konqer.server.testkit.RecordedRequest;
import app.konqer.server.testkit.TestUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CrmBatchTest {
  private static final Path PROSPECTS = Path.of("data/prospects.csv");

  @RegisterExtension
  static KonqerTestServer konqer = KonqerTestServer.create();

  @TempDir
  Path dir;

  @Test
  void theSampleHoldsFiftyProspectsWithDistinctIds() throws IOException {
    try (Reader reader = Files.newBufferedReader(PROSPECTS)) {
      List<Prospect> prospects = Csv.read(reader).stream().map(Prospect::fromRow).toList();
      assertThat(prospects).hasSize(50);
      assertThat(prospects).extracting(Prospect::id).doesNotHaveDuplicates();
      assertThat(prospects).allSatisfy(prospect -> {
        assertThat(prospect.name()).isNotBlank();
        assertThat(prospect.company()).isNotBlank();
        assertThat(prospect.recentActivity()).isNotEmpty();
      });
    }
  }

  @Test
  void aRunKilledMidwayAndRunAgainChargesFiftyGenerationsAndNoMore() throws IOException {
    TestUser dana = konqer.user("dana@example.com").plan(Plan.FOUNDING).create();
    Path output = dir.resolve("cold-dms.csv");

    Cancellation crash = new Cancellation();
    Run first = run(dana, output, new CrashAfter(20, crash), crash, "--concurrency", "6");

    assertThat(first.exitCode()).isEqualTo(130);
    assertThat(first.out()).contains("Stopped: Cancelled");
    List<Map<String, String>> written = rows(output);
    assertThat(written.size()).isBetween(20, 49);

    Run second = run(dana, output, new Counting(), new Cancellation(), "--concurrency", "6");

    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("Skipped (done before):    " + written.size());
    List<Map<String, String>> all = rows(output);
    assertThat(all).hasSize(50);
    assertThat(all).extracting(row -> row.get("id")).doesNotHaveDuplicates();
    assertThat(all).allSatisfy(row -> {
      assertThat(row.get("message")).isNotBlank();
      assertThat(Integer.parseInt(row.get("personalization_score"))).isBetween(0, 100);
    });
    assertThat(konqer.generationCount(dana)).isEqualTo(50);
    assertThat(konqer.quotaUsed(dana, ServiceId.COLD_DM)).isEqualTo(50);
  }

  @Test
  void eachRowSendsTheSameIdempotencyKeyOnEveryRun() throws IOException {
    TestUser sam = konqer.user("sam@example.com").plan(Plan.MONTHLY_BUNDLE).create();
    Path twoRows = dir.resolve("two.csv");
    Files.writeString(twoRows, "id,prospect_name,company\nlead-1,Dana,Northwind\nlead-2,Marcus,Brightline\n");

    run(sam, dir.resolve("a.csv"), new Counting(), new Cancellation(), "--input", twoRows.toString());
    run(sam, dir.resolve("b.csv"), new Counting(), new Cancellation(), "--input", twoRows.toString());

    List<RecordedRequest> sent = konqer.requests();
    assertThat(sent).hasSize(4);
    assertThat(sent.get(0).idempotencyKey()).startsWith("crm-batch:").hasSize("crm-batch:".length() + 64);
    assertThat(sent).extracting(RecordedRequest::idempotencyKey).containsOnly(
        RowKeys.of("crm-batch", "lead-1"), RowKeys.of("crm-batch", "lead-2"));
    assertThat(konqer.generationCount(sam)).isEqualTo(2);
  }

  @Test
  void rateLimitsAreRetriedAndRowsWhoseRetriesRunOutAreRetriedByTheNextRun() throws IOException {
    TestUser ada = konqer.user("ada@example.com").plan(Plan.FOUNDING).create();
    Path output = dir.resolve("out.csv");
    konqer.failNext(3, 500);

    Run first = run(ada, output, new Counting(), new Cancellation(), "--concurrency", "1");

    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(first.out()).contains("Failed:                   1", "crm-0001: 500 internal_error",
        "Run the same command again");
    assertThat(rows(output)).hasSize(49);

    konqer.failNext(2, 429);
    Run second = run(ada, output, new Counting(), new Cancellation());

    assertThat(second.exitCode()).isZero();
    assertThat(rows(output)).hasSize(50);
    assertThat(konqer.generationCount(ada)).isEqualTo(50);
  }

  @Test
  void aLockedServiceStopsTheRunWithAClearMessage() throws IOException {
    TestUser kim = konqer.user("kim@example.com").plan(Plan.FOUNDING).create();
    konqer.lock(kim, ServiceId.COLD_DM);

    Run run = run(kim, dir.resolve("out.csv"), new Counting(), new Cancellation());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.out()).contains("Stopped: Cold DM Personalizer is locked for this account", "(request ");
    assertThat(rows(dir.resolve("out.csv"))).isEmpty();
    assertThat(konqer.requests().size()).isLessThanOrEqualTo(4);
  }

  @Test
  void anExhaustedQuotaStopsTheRunAndKeepsWhatWasWritten() throws IOException {
    TestUser ola = konqer.user("ola@example.com").plan(Plan.FOUNDING).quotaUsed(ServiceId.COLD_DM, 90).create();

    Run run = run(ola, dir.resolve("out.csv"), new Counting(), new Cancellation(), "--concurrency", "1");

    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(run.out()).contains("Stopped: The daily cold-dm quota is used up (100/100", "Not sent (stopped):       40");
    assertThat(rows(dir.resolve("out.csv"))).hasSize(10);
    assertThat(konqer.quotaUsed(ola, ServiceId.COLD_DM)).isEqualTo(100);
  }

  private Run run(TestUser user, Path output, BatchProgress progress, Cancellation cancellation, String... extra) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Map<String, String> env = Map.of("KONQER_BASE_URL", konqer.baseUrl(), "KONQER_API_TOKEN", user.token());
    String[] args = List.of(extra).contains("--input")
        ? concat(new String[] {"--output", output.toString()}, extra)
        : concat(new String[] {"--input", PROSPECTS.toString(), "--output", output.toString()}, extra);
    int code = CrmBatch.run(new CrmBatch(env, out, () -> progress, cancellation), args);
    return new Run(code, bytes.toString(StandardCharsets.UTF_8));
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  private static List<Map<String, String>> rows(Path csv) throws IOException {
    if (!Files.exists(csv)) {
      return List.of();
    }
    try (Reader reader = Files.newBufferedReader(csv)) {
      return Csv.read(reader);
    }
  }

  private record Run(int exitCode, String out) {}

  /** Counts rows, as the terminal bar would, without drawing. */
  private static class Counting implements BatchProgress {
    final AtomicInteger succeeded = new AtomicInteger();

    @Override
    public void start(int rows) {}

    @Override
    public void succeeded() {
      succeeded.incrementAndGet();
    }

    @Override
    public void failed() {}

    @Override
    public void close() {}
  }

  /** Kills the run once some rows are done, while others are in flight. */
  private static final class CrashAfter extends Counting {
    private final int rows;
    private final Cancellation crash;

    CrashAfter(int rows, Cancellation crash) {
      this.rows = rows;
      this.crash = crash;
    }

    @Override
    public void succeeded() {
      if (succeeded.incrementAndGet() == rows) {
        crash.cancel();
      }
    }
  }
}
