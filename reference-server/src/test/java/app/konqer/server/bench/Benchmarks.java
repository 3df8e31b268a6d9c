package app.konqer.server.bench;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the server benchmark that the system property {@code bench} names, {@code generate} when it names none:
 *
 * <ul>
 *   <li>{@code generate}: {@link GenerateBenchmark}, the generate path against the same SQL over JDBC;</li>
 *   <li>{@code history}: {@link HistoryBenchmark}, history pages with 1,000,000 generations against 10,000;</li>
 *   <li>{@code upstream}: {@link SlowUpstreamBenchmark}, 500 generations in flight against a 2-second OpenAI;</li>
 *   <li>{@code footprint}: {@link FootprintBenchmark}, the server's heap and RSS after load against idle;</li>
 *   <li>{@code coldstart}: {@link ColdStartBenchmark}, start to the first 200 on {@code /health}.</li>
 * </ul>
 *
 * <p>Each runs in a JVM of its own, started from the same classpath with the same {@code bench.*} properties, so
 * that the figures are those of a fresh process: not of Maven's, whose compiler has just been busy compiling the
 * build and whose profiles of the JDK's collections are Maven's and javac's. Its options come from
 * {@code bench.driverJvm} (default none: the JVM's own ergonomics).
 *
 * <p>Run with {@code mvn -q -B -pl reference-server -am -Pbench process-test-classes -Dbench=history}.
 */
public final class Benchmarks {
  /** One benchmark's entry point. */
  @FunctionalInterface
  private interface Entry {
    void run(String[] args) throws Exception;
  }

  private static final Map<String, Entry> BENCHMARKS = new TreeMap<>(Map.of(
      "generate", GenerateBenchmark::main,
      "history", HistoryBenchmark::main,
      "upstream", SlowUpstreamBenchmark::main,
      "footprint", FootprintBenchmark::main,
      "coldstart", ColdStartBenchmark::main));

  /** Set in the benchmark's own JVM. */
  private static final String FORKED = "bench.forked";

  private Benchmarks() {}

  /**
   * Runs the named benchmark.
   *
   * @param args passed on
   * @throws Exception when the benchmark fails
   */
  public static void main(String[] args) throws Exception {
    String name = System.getProperty("bench", "generate").strip().toLowerCase(Locale.ROOT);
    Entry benchmark = BENCHMARKS.get(name);
    if (benchmark == null) {
      throw new IllegalArgumentException("No benchmark " + name + "; -Dbench= one of " + BENCHMARKS.keySet());
    }
    if (!Boolean.getBoolean(FORKED)) {
      int exit = fork();
      if (exit != 0) {
        throw new IllegalStateException("The benchmark " + name + " exited with " + exit);
      }
      return;
    }
    benchmark.run(args);
  }

  /** Runs this class again in a fresh JVM with the {@code bench.*} properties, and returns its exit code. */
  private static int fork() throws Exception {
    List<String> options = new ArrayList<>();
    String driverJvm = System.getProperty("bench.driverJvm", "").strip();
    if (!driverJvm.isEmpty()) {
      options.addAll(List.of(driverJvm.split(" +")));
    }
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.equals("bench") || name.startsWith("bench."))
        .sorted()
        .forEach(name -> options.add("-D" + name + "=" + System.getProperty(name)));
    options.add("-D" + FORKED + "=true");
    return ServerProcess.runMain(Paths.get(System.getProperty("java.home")), options, Benchmarks.class.getName());
  }
}
