package app.konqer.sdk.services.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SdkOverheadBenchmark} with JMH's allocation profiler and prints the SDK/raw ratios of time (median
 * and mean of the sampled calls, and the sums of alternated calls) and bytes allocated per call, all from the same
 * run. Arguments are JMH's own ({@code -f 1}, {@code -p server=mockwebserver},
 * {@code -prof jfr}, a benchmark pattern), so that one command reproduces the figures and variants stay possible.
 */
public final class OverheadReport {
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private OverheadReport() {}

  /**
   * Runs the benchmark and prints the table.
   *
   * @param args JMH command-line options
   * @throws Exception when JMH fails
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions command = new CommandLineOptions(args);
    ChainedOptionsBuilder options = new OptionsBuilder().parent(command);
    if (command.getIncludes().isEmpty()) {
      options.include(SdkOverheadBenchmark.class.getName());
    }
    if (command.getProfilers().stream().noneMatch(p -> p.getKlass().equals(GCProfiler.class.getName())
        || p.getKlass().equals("gc"))) {
      options.addProfiler(GCProfiler.class);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, RunResult> byName = new HashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      byName.put(name.substring(name.lastIndexOf('.') + 1), result);
    }
    System.out.println();
    System.out.println(table(byName));
  }

  static String table(Map<String, RunResult> results) {
    StringBuilder out = new StringBuilder();
    String server = results.values().stream().map(r -> r.getParams().getParam("server")).findFirst().orElse("?");
    String pool = results.values().stream().map(r -> r.getParams().getParam("pool")).findFirst().orElse("?");
    out.append("SDK overhead, server=").append(server).append(", pool=").append(pool).append('\n');
    out.append(String.format(Locale.ROOT, "%-34s %18s %18s %8s %8s%n", "measure", "raw", "SDK", "ratio", "goal"));
    for (String call : new String[] {"Generate", "History"}) {
      RunResult raw = results.get("raw" + call);
      RunResult sdk = results.get("sdk" + call);
      String name = call.toLowerCase(Locale.ROOT);
      if (raw != null && sdk != null) {
        Result<?> rawTime = raw.getPrimaryResult();
        Result<?> sdkTime = sdk.getPrimaryResult();
        row(out, name + " time, median (us/call)", rawTime.getStatistics().getPercentile(50), Double.NaN,
            sdkTime.getStatistics().getPercentile(50), Double.NaN, "1.05");
        row(out, name + " time, mean (us/call)", rawTime.getScore(), rawTime.getScoreError(), sdkTime.getScore(),
            sdkTime.getScoreError(), "1.05");
        Result<?> rawBytes = raw.getSecondaryResults().get(ALLOCATION);
        Result<?> sdkBytes = sdk.getSecondaryResults().get(ALLOCATION);
        if (rawBytes != null && sdkBytes != null) {
          row(out, name + " alloc (B/call)", rawBytes.getScore(), rawBytes.getScoreError(), sdkBytes.getScore(),
              sdkBytes.getScoreError(), "1.50");
        }
      }
      RunResult paired = results.get("paired" + call);
      if (paired != null) {
        pairedRows(out, name, paired, "1.05");
      }
      RunResult calibration = results.get("pairedRaw" + call);
      if (calibration != null) {
        pairedRows(out, name + ", raw vs raw", calibration, "-");
      }
    }
    RunResult validating = results.get("sdkGenerateValidating");
    RunResult raw = results.get("rawGenerate");
    if (validating != null && raw != null) {
      Result<?> time = validating.getPrimaryResult();
      row(out, "generate, validating, median (us)", raw.getPrimaryResult().getStatistics().getPercentile(50),
          Double.NaN, time.getStatistics().getPercentile(50), Double.NaN, "-");
    }
    out.append("Paired rows alternate a raw and an SDK call and sum each side: on a busy machine, where separate runs\n"
        + "drift with the load, they are the ones to compare. The raw vs raw rows pair two raw clients: how far\n"
        + "their ratio strays from 1.00 is the measurement's own spread. Allocation is per call, in this JVM,\n"
        + "server included.\n");
    return out.toString();
  }

  private static void pairedRows(StringBuilder out, String name, RunResult paired, String goal) {
    var counters = paired.getSecondaryResults();
    double pairs = counters.get("pairs").getScore();
    row(out, name + " time, paired (us/call)", counters.get("rawNanos").getScore() / pairs / 1000, Double.NaN,
        counters.get("sdkNanos").getScore() / pairs / 1000, Double.NaN, goal);
    row(out, name + " CPU, paired (us/call)", counters.get("rawCpuNanos").getScore() / pairs / 1000,
        Double.NaN, counters.get("sdkCpuNanos").getScore() / pairs / 1000, Double.NaN, goal);
    forks(out, paired);
  }

  /** Each fork's paired ratios, wall and CPU: how far one JVM's compilation moves the figure. */
  private static void forks(StringBuilder out, RunResult paired) {
    StringBuilder wall = new StringBuilder();
    StringBuilder cpu = new StringBuilder();
    for (BenchmarkResult fork : paired.getBenchmarkResults()) {
      Map<String, Result> counters = fork.getSecondaryResults();
      wall.append(String.format(Locale.ROOT, " %.2f",
          counters.get("sdkNanos").getScore() / counters.get("rawNanos").getScore()));
      cpu.append(String.format(Locale.ROOT, " %.2f",
          counters.get("sdkCpuNanos").getScore() / counters.get("rawCpuNanos").getScore()));
    }
    out.append(String.format(Locale.ROOT, "  each fork's ratio: wall%s; CPU%s%n", wall, cpu));
  }

  private static void row(StringBuilder out, String measure, double raw, double rawError, double sdk,
      double sdkError, String goal) {
    out.append(String.format(Locale.ROOT, "%-34s %18s %18s %7.2fx %8s%n", measure, figure(raw, rawError),
        figure(sdk, sdkError), sdk / raw, goal.equals("-") ? "-" : "<= " + goal + "x"));
  }

  private static String figure(double score, double error) {
    String format = score >= 1000 ? "%,.0f" : "%.2f";
    String value = String.format(Locale.ROOT, format, score);
    return Double.isNaN(error) ? value : value + " ± " + String.format(Locale.ROOT, format, error);
  }
}
