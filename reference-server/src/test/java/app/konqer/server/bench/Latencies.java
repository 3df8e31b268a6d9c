package app.konqer.server.bench;

import java.util.Arrays;

/** The latencies one worker measured, in nanoseconds, kept in a growing array. */
final class Latencies {
  private long[] values = new long[1 << 14];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  int size() {
    return size;
  }

  /** All workers' latencies, sorted. */
  static long[] merged(Iterable<Latencies> all) {
    long[] merged = concatenated(all);
    Arrays.sort(merged);
    return merged;
  }

  /** All workers' values, one worker after the other, each in the order it added them. */
  static long[] concatenated(Iterable<Latencies> all) {
    int total = 0;
    for (Latencies latencies : all) {
      total += latencies.size;
    }
    long[] concatenated = new long[total];
    int at = 0;
    for (Latencies latencies : all) {
      System.arraycopy(latencies.values, 0, concatenated, at, latencies.size);
      at += latencies.size;
    }
    return concatenated;
  }

  /** The value below which the given fraction of the sorted latencies fall (nearest rank). */
  static long percentile(long[] sorted, double fraction) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
