package app.konqer.examples.batch;

import app.konqer.examples.cli.ExitCode;
import app.konqer.examples.console.Console;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.Tone;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The CRM batch: a CSV of prospects in, a CSV of cold DMs out.
 *
 * <pre>
 * java -jar examples/target/konqer-batch.jar --input examples/data/prospects.csv --output cold-dms.csv \
 *     --offer "Route planning that cuts empty miles by 18%" --concurrency 8
 * </pre>
 *
 * <p>Credentials come from {@code KONQER_BASE_URL} and {@code KONQER_API_TOKEN} (or the OAuth2 client-credentials
 * variables), or, against a reference server in dev mode, from {@code --dev-email}. Run it again after a crash or a
 * Ctrl-C: rows already in the output are skipped and nothing is charged twice. Exit code 0 when every row is done,
 * 1 when some rows failed, and the CLI's codes when the run stopped (3 auth, 4 locked, 5 quota).
 */
@Command(name = "crm-batch", mixinStandardHelpOptions = true,
    description = "Writes a cold DM for every prospect of a CSV, resumably.")
public final class CrmBatch implements Callable<Integer> {
  private final Map<String, String> env;
  private final PrintStream out;
  private final Supplier<BatchProgress> progress;
  private final Cancellation cancellation;

  @Option(names = "--input", required = true, paramLabel = "CSV",
      description = "Prospects: id,prospect_name,company,role,linkedin_url,recent_activity (items split by ;).")
  Path input;

  @Option(names = "--output", defaultValue = "cold-dms.csv", paramLabel = "CSV",
      description = "Where the DMs go; rows already there are skipped (default ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--offer", paramLabel = "TEXT",
      defaultValue = "Konqer writes personal cold DMs for your whole pipeline, from your CRM",
      description = "What the DMs offer (default: ${DEFAULT-VALUE}).")
  String offer;

  @Option(names = "--tone", paramLabel = "TONE", description = "The voice of the DMs, such as friendly.")
  String tone;

  @Option(names = "--concurrency", defaultValue = "4", paramLabel = "N",
      description = "The most generations in flight (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--campaign", defaultValue = "crm-batch", paramLabel = "NAME",
      description = "Prefix of the idempotency keys; a new campaign writes every DM anew (default ${DEFAULT-VALUE}).")
  String campaign;

  @Option(names = "--base-url", paramLabel = "URL", description = "The Konqer API (default: KONQER_BASE_URL).")
  String baseUrl;

  @Option(names = "--dev-email", paramLabel = "EMAIL",
      description = "Sign in with a dev token for this address (reference server in dev mode).")
  String devEmail;

  /**
   * A batch for a given environment.
   *
   * @param env the environment variables
   * @param out where the summary goes
   * @param progress makes the progress display of a run
   * @param cancellation stops the run midway
   */
  public CrmBatch(Map<String, String> env, PrintStream out, Supplier<BatchProgress> progress,
      Cancellation cancellation) {
    this.env = env;
    this.out = out;
    this.progress = progress;
    this.cancellation = cancellation;
  }

  /**
   * Runs the batch; Ctrl-C cancels it cleanly.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Cancellation cancellation = new Cancellation();
    Thread mainThread = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      cancellation.cancel();
      try {
        mainThread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "crm-batch-shutdown"));
    int code = run(new CrmBatch(System.getenv(), System.out, () -> new TerminalProgress(null), cancellation), args);
    System.exit(code);
  }

  /**
   * Parses a command line and runs the batch.
   *
   * @param batch the batch
   * @param args the command line
   * @return the exit code
   */
  public static int run(CrmBatch batch, String... args) {
    CommandLine commandLine = new CommandLine(batch);
    commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
      command.getErr().println("Error: " + failure.getMessage());
      return ExitCode.FAILURE.code();
    });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() throws InterruptedException {
    if (concurrency < 1 || concurrency > 64) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--concurrency must be from 1 to 64");
    }
    List<Prospect> prospects = read(input);
    Console console = new Console(out);
    try (KonqerClient client = client(); OutputCsv csv = OutputCsv.open(output)) {
      console.banner("Konqer CRM batch: " + prospects.size() + " prospects from " + input);
      console.line("Output: %s (%d rows there already)", csv.file(), csv.done().size());
      console.line("Sending to %s, up to %d generations in flight", apiUrl(), concurrency);
      BatchRun run = new BatchRun(KonqerServices.of(client).coldDm(), offer, tone(), concurrency, campaign);
      BatchResult result = run.run(prospects, csv, progress.get(), cancellation);
      print(result, console);
      return exitCode(result);
    }
  }

  private KonqerClient client() {
    KonqerClient.Builder builder = KonqerClient.builder().fromEnv(env).userAgentSuffix("konqer-crm-batch");
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    }
    if (devEmail != null) {
      try (KonqerClient anonymous = builder.build()) {
        builder.bearerToken(anonymous.auth().devToken(new DevTokenRequest(devEmail, null, List.of())).accessToken());
      }
    }
    return builder.build();
  }

  private String apiUrl() {
    if (baseUrl != null) {
      return baseUrl;
    }
    String fromEnv = env.get("KONQER_BASE_URL");
    return fromEnv == null || fromEnv.isBlank() ? KonqerClient.DEFAULT_BASE_URL : fromEnv.strip();
  }

  private Tone tone() {
    if (tone == null) {
      return null;
    }
    Tone parsed = KonqerJson.create().adapter(Tone.class).fromJsonValue(tone);
    if (parsed == Tone.UNKNOWN) {
      throw new CommandLine.ParameterException(new CommandLine(this), "Unknown tone " + tone);
    }
    return parsed;
  }

  private static List<Prospect> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Csv.read(reader).stream().map(Prospect::fromRow).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static void print(BatchResult result, Console console) {
    console.blank();
    console.banner("Summary");
    console.line("Rows in the input:        %d", result.rows());
    console.line("Skipped (done before):    %d", result.skipped());
    console.line("Cold DMs written now:     %d (%d answered from an earlier run's request, not charged again)",
        result.generated(), result.replayed());
    console.line("Failed:                   %d", result.failures().size());
    console.line("Not sent (stopped):       %d", result.notSent());
    for (BatchResult.RowFailure failure : result.failures().stream().limit(10).toList()) {
      console.line("  - %s: %s", failure.id(), failure.reason());
    }
    if (result.failures().size() > 10) {
      console.line("  ... and %d more", result.failures().size() - 10);
    }
    if (result.stop() != BatchResult.Stop.COMPLETED) {
      console.blank();
      console.line("Stopped: %s", result.stopDetail());
    } else if (!result.failures().isEmpty()) {
      console.blank();
      console.line("Run the same command again to retry the failed rows; nothing done is charged twice.");
    }
  }

  private static int exitCode(BatchResult result) {
    return switch (result.stop()) {
      case COMPLETED -> result.failures().isEmpty() ? ExitCode.OK.code() : ExitCode.FAILURE.code();
      case LOCKED -> ExitCode.LOCKED.code();
      case QUOTA -> ExitCode.QUOTA.code();
      case AUTH -> ExitCode.AUTH.code();
      case CANCELLED -> 130;
    };
  }
}
