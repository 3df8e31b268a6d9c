package app.konqer.server.generation.computed;

import java.util.List;

/** A headcount as the band LinkedIn shows it, such as {@code 51-200}: the cold-dm {@code company_size}. */
final class CompanySizeBand {
  private static final List<Integer> UPPER_BOUNDS = List.of(10, 50, 200, 500, 1_000, 5_000, 10_000);

  private CompanySizeBand() {}

  /**
   * The band of a headcount.
   *
   * @param employees the estimated number of employees, or {@code null}
   * @return the band, such as {@code 1-10} or {@code 10001+}; {@code null} when the headcount is unknown
   */
  static String of(Integer employees) {
    if (employees == null || employees < 1) {
      return null;
    }
    int lower = 1;
    for (int upper : UPPER_BOUNDS) {
      if (employees <= upper) {
        return lower + "-" + upper;
      }
      lower = upper + 1;
    }
    return lower + "+";
  }
}
