package app.konqer.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads, JVM threads (GC, JIT) included, grouped by name with digits folded, from
 * {@code /proc/self/task}: where a run's processor time went.
 */
final class ThreadCpu {
  private ThreadCpu() {}

  /** The CPU time of each thread group so far, in nanoseconds; threads that have ended are not counted. */
  static Map<String, Long> byGroup() {
    Map<String, Long> groups = new HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "N");
          String stat = Files.readString(task.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          groups.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * CpuMeter.NANOS_PER_TICK, Long::sum);
        } catch (IOException | RuntimeException ended) {
          // the thread ended while it was read
        }
      }
    } catch (IOException noProc) {
      return groups;
    }
    return groups;
  }

  /** The groups that spent most between two readings, in microseconds per operation. */
  static String top(Map<String, Long> before, Map<String, Long> after, long operations, int count) {
    return after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(count)
        .map(e -> e.getKey() + "=" + e.getValue() / 1000 / Math.max(1, operations) + "us")
        .collect(Collectors.joining(", "));
  }
}
