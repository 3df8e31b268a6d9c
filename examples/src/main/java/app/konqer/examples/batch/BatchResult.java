package app.konqer.examples.batch;

import java.util.List;

/**
 * How a batch run ended.
 *
 * @param rows rows in the input
 * @param skipped rows already in the output, not sent again
 * @param generated rows that got their cold DM in this run
 * @param replayed of those, rows the server answered from an earlier run's request (same idempotency key), without
 *     charging them again
 * @param failures rows that failed; a later run sends them again
 * @param notSent rows this run did not get to, because it stopped
 * @param stop why the run stopped
 * @param stopDetail what the user should know about the stop, or {@code null} when it completed
 */
public record BatchResult(int rows, int skipped, int generated, int replayed, List<RowFailure> failures,
    int notSent, Stop stop, String stopDetail) {

  /** Copies the failures. */
  public BatchResult {
    failures = List.copyOf(failures);
  }

  /** Why a run stopped. */
  public enum Stop {
    /** Every row was sent. */
    COMPLETED,
    /** The service is locked for this account. */
    LOCKED,
    /** The daily quota is used up. */
    QUOTA,
    /** The credentials were refused. */
    AUTH,
    /** The run was cancelled (Ctrl-C, or a test's crash). */
    CANCELLED
  }

  /**
   * A row that failed.
   *
   * @param id the row's id
   * @param reason the problem, with its request id when the server answered
   */
  public record RowFailure(String id, String reason) {}
}
