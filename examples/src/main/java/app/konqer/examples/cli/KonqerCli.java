package app.konqer.examples.cli;

import app.konqer.sdk.KonqerClient;
import com.squareup.moshi.Types;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code konqer}: the Konqer API from a terminal or a script.
 *
 * <pre>
 * konqer login --dev --email you@example.com       # against a reference server in dev mode
 * konqer services
 * konqer checkout founding --confirm               # dev mode: the checkout completes at once
 * konqer generate cold-dm --field prospect_name=Dana --field company=Northwind --field offer="Route planning"
 * konqer history --limit 5
 * konqer usage --json
 * </pre>
 *
 * <p>Output is text by default and JSON with {@code --json}. Errors print the problem's title, detail and request
 * id, and end the process with a code per class of error (see {@link ExitCode}).
 */
@Command(name = "konqer", mixinStandardHelpOptions = true, version = "konqer 0.1.0",
    description = "The Konqer API from the command line.",
    subcommands = {LoginCommand.class, LogoutCommand.class, ServicesCommand.class, GenerateCommand.class,
        HistoryCommand.class, UsageCommand.class, PlansCommand.class, CheckoutCommand.class, HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:another API error (not found, conflict)",
        "2:usage: bad command line, or input the API refused",
        "3:auth: not logged in, or credentials refused",
        "4:locked: service locked for this account, or a plan is needed",
        "5:quota: daily quota used up, or rate limited",
        "6:server: the API failed or could not be reached"})
public final class KonqerCli implements Runnable {
  private final Map<String, String> env;
  private final Path home;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;
  private final Consumer<KonqerClient.Builder> clientSettings;

  @Spec
  CommandSpec spec;

  /**
   * A CLI for a given environment, for embedding and tests.
   *
   * @param env the environment variables
   * @param home the user's home directory
   * @param out where output goes
   * @param err where errors go
   * @param clock the current time
   * @param clientSettings applied to every client the CLI builds, such as timeouts
   */
  public KonqerCli(Map<String, String> env, Path home, PrintWriter out, PrintWriter err, Clock clock,
      Consumer<KonqerClient.Builder> clientSettings) {
    this.env = env;
    this.home = home;
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.clientSettings = clientSettings;
  }

  /**
   * Runs {@code konqer} and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    KonqerCli cli = new KonqerCli(System.getenv(), Path.of(System.getProperty("user.home")), out, err,
        Clock.systemUTC(), builder -> {});
    System.exit(cli.run(args));
  }

  /**
   * Runs one command line.
   *
   * @param args the command line, such as {@code services --json}
   * @return the exit code
   */
  public int run(String... args) {
    try (CliContext context = new CliContext(env, home, out, err, clock, clientSettings)) {
      CommandLine commandLine = new CommandLine(this, new Factory(context));
      commandLine.setOut(out);
      commandLine.setErr(err);
      commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
        if (parsed.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--json"))) {
          err.println(context.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
              .toJson(ErrorReport.describe(failure)));
          err.flush();
        } else {
          ErrorReport.print(failure, err);
        }
        return ErrorReport.classify(failure).code();
      });
      int code = commandLine.execute(args);
      out.flush();
      err.flush();
      return code;
    }
  }

  /** Without a command: the usage help. */
  @Override
  public void run() {
    spec.commandLine().usage(out);
  }

  /** Hands each command the context it runs with. */
  private record Factory(CliContext context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length == 1 && parameters[0] == CliContext.class) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
