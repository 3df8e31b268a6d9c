package app.konqer.server.bench;

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
    benchmark.run(args);
  }
}
