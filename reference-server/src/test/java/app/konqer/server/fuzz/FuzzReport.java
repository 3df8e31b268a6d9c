package app.konqer.server.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a fuzz run did: requests per family and operation, the codes seen, and every failure. */
final class FuzzReport {
  private final long seed;
  private final Map<String, int[]> families = new TreeMap<>();
  private final Map<String, Integer> operations = new TreeMap<>();
  private final Map<String, Integer> outcomes = new TreeMap<>();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Integer> failureKinds = new LinkedHashMap<>();
  private final List<long[]> slowest = new ArrayList<>();
  private long exchangeNanos;
  private long checkNanos;
  private long makeNanos;
  private int requests;
  private int connections;
  private Duration elapsed = Duration.ZERO;

  FuzzReport(long seed) {
    this.seed = seed;
  }

  void record(FuzzRequest request, RawResponse response, String outcome, List<String> violations, long nanos) {
    requests++;
    exchangeNanos += nanos;
    slowest.add(new long[] {nanos, request.index()});
    slowest.sort((a, b) -> Long.compare(b[0], a[0]));
    if (slowest.size() > 10) {
      slowest.remove(10);
    }
    int[] counts = families.computeIfAbsent(request.family(), f -> new int[2]);
    counts[0]++;
    operations.merge(request.operation(), 1, Integer::sum);
    outcomes.merge(outcome, 1, Integer::sum);
    statuses.merge(response.status(), 1, Integer::sum);
    if (!violations.isEmpty()) {
      counts[1]++;
      fail(request, response.status() + " " + outcome + ": " + String.join("; ", violations),
          violations.get(0).replaceAll("\\d+", "N"));
    }
  }

  void exchangeFailed(FuzzRequest request, Exception e, String previous) {
    requests++;
    int[] counts = families.computeIfAbsent(request.family(), f -> new int[2]);
    counts[0]++;
    counts[1]++;
    operations.merge(request.operation(), 1, Integer::sum);
    outcomes.merge("(no response)", 1, Integer::sum);
    fail(request, "no response: " + e + "; the request before: " + previous, e.getClass().getSimpleName());
  }

  private void fail(FuzzRequest request, String what, String kind) {
    failureKinds.merge(request.family() + " / " + request.operation() + " / " + kind, 1, Integer::sum);
    failures.add(request.describe() + " -> " + what);
  }

  void made(long nanos) {
    makeNanos += nanos;
  }

  void checked(long nanos) {
    checkNanos += nanos;
  }

  void connections(int count) {
    connections = count;
  }

  void elapsed(Duration duration) {
    elapsed = duration;
  }

  void coverage(List<ApiOperations.Operation> all) {
    all.forEach(operation -> operations.putIfAbsent(operation.key(), 0));
  }

  List<String> uncovered(List<ApiOperations.Operation> all) {
    return all.stream().map(ApiOperations.Operation::key).filter(key -> operations.getOrDefault(key, 0) == 0)
        .toList();
  }

  int requests() {
    return requests;
  }

  List<String> failures() {
    return failures;
  }

  String failureSummary(int max) {
    StringBuilder out = new StringBuilder(failures.size() + " failed requests (seed " + seed + ")\nBy kind:\n");
    failureKinds.forEach((kind, count) -> out.append("  ").append(count).append(" x ").append(kind).append('\n'));
    out.append("First ").append(Math.min(max, failures.size())).append(":\n");
    failures.stream().limit(max).forEach(failure -> out.append("  ").append(failure).append('\n'));
    return out.toString();
  }

  String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%n| seed | requests | connections | failures | distinct codes | time |%n"));
    out.append(String.format("|---|---|---|---|---|---|%n"));
    long codes = outcomes.keySet().stream().filter(o -> !o.startsWith("(") && !o.endsWith("xx")).count();
    out.append(String.format("| %d | %d | %d | %d | %d | %.1f s |%n", seed, requests, connections, failures.size(),
        codes, elapsed.toMillis() / 1000.0));
    out.append(String.format("%n| family | requests | failed |%n|---|---|---|%n"));
    families.forEach((family, counts) -> out.append(String.format("| %s | %d | %d |%n", family, counts[0],
        counts[1])));
    out.append(String.format("%n| outcome | responses |%n|---|---|%n"));
    outcomes.forEach((outcome, count) -> out.append(String.format("| %s | %d |%n", outcome, count)));
    out.append(String.format("%nstatuses: %s%n", statuses.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))));
    out.append(String.format("time making requests %.1f s, in exchanges %.1f s, in database checks %.1f s%n",
        makeNanos / 1e9, exchangeNanos / 1e9, checkNanos / 1e9));
    out.append(String.format("slowest: %s%n", slowest.stream().map(s -> "#" + s[1] + "=" + s[0] / 1_000_000 + "ms")
        .collect(Collectors.joining(", "))));
    out.append(String.format("per operation: %s%n", operations.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))));
    return out.toString();
  }
}
