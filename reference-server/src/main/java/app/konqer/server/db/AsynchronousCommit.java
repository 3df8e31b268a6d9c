package app.konqer.server.db;

/**
 * Lets a single-statement transaction commit without waiting for its WAL to reach the disk.
 *
 * <p>For writes that only reserve something for a request still running, such as an idempotency key's claim or a
 * quota unit, whose request answers only after a later transaction commits durably. PostgreSQL writes its WAL in
 * order, so the later commit's flush carries the reservation to disk with it: whatever a client was answered about
 * is as durable as before. What a crash may lose is a reservation whose request had not been answered yet, and that
 * request fails with the crash in any case. Other sessions see the reservation at once, as with any commit.
 *
 * <p>The flush a commit saves is the slowest part of a short write on most disks (about a millisecond here), and
 * the disk's worst moments are what make the slowest requests slow.
 */
public final class AsynchronousCommit {
  /**
   * A column to add to the statement's {@code RETURNING} list (or to a {@code SELECT} over the rows it wrote):
   * evaluated once a row is written, it turns off {@code synchronous_commit} until the end of the statement's
   * transaction. A statement that writes no row keeps the synchronous commit. Only for statements run in autocommit
   * mode, whose transaction is the statement itself.
   */
  public static final String RETURNING_COLUMN = "set_config('synchronous_commit', 'off', true)";

  private AsynchronousCommit() {}
}
