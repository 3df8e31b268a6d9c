package app.konqer.server.email;

import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the e-mails of the outbox, at least once each.
 *
 * <p>A batch is claimed in one short transaction: due rows are selected {@code FOR UPDATE SKIP LOCKED}, so that
 * concurrent workers (threads or replicas) never claim the same row, and stamped with a lease
 * ({@code claimed_until}) and a claim token. The e-mails are then sent outside any transaction, and each is marked
 * sent, or rescheduled with exponential backoff, or marked failed after the last attempt, provided the worker still
 * holds its claim. A worker that dies mid-batch leaves its rows leased; they are claimed again when the lease ends.
 */
public final class OutboxWorker {
  private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
  private static final int MAX_ERROR_CHARS = 1000;
  private static final String CLAIM = """
      UPDATE email_outbox SET claimed_until = ?, claim_token = ?, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM email_outbox
        WHERE status = 'pending' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)
        ORDER BY next_attempt_at, id
        LIMIT ?
        FOR UPDATE SKIP LOCKED)
      RETURNING id, kind, recipient, subject, body, attempts""";
  private static final String SENT = """
      UPDATE email_outbox
      SET status = 'sent', sent_at = ?, claimed_until = NULL, claim_token = NULL, last_error = NULL
      WHERE id = ? AND claim_token = ?""";
  private static final String NOT_SENT = """
      UPDATE email_outbox
      SET status = CASE WHEN attempts >= ? THEN 'failed' ELSE 'pending' END,
          next_attempt_at = ?, claimed_until = NULL, claim_token = NULL, last_error = ?
      WHERE id = ? AND claim_token = ?""";

  private final Database database;
  private final EmailSender sender;
  private final Clock clock;
  private final RetryBackoff backoff;
  private final Duration lease;
  private final int batchSize;

  /**
   * Creates the worker.
   *
   * @param database the database
   * @param sender delivers e-mails
   * @param clock the current time
   * @param backoff the waits between attempts and the number of attempts
   * @param lease how long a claim lasts; longer than a batch takes to send
   * @param batchSize the most e-mails claimed at once
   */
  public OutboxWorker(Database database, EmailSender sender, Clock clock, RetryBackoff backoff, Duration lease,
      int batchSize) {
    this.database = database;
    this.sender = sender;
    this.clock = clock;
    this.backoff = backoff;
    this.lease = lease;
    this.batchSize = batchSize;
  }

  /**
   * Creates a worker with the production settings: {@link RetryBackoff#DEFAULT}, a 5-minute lease, batches of 20.
   *
   * @param database the database
   * @param sender delivers e-mails
   * @param clock the current time
   * @return the worker
   */
  public static OutboxWorker standard(Database database, EmailSender sender, Clock clock) {
    return new OutboxWorker(database, sender, clock, RetryBackoff.DEFAULT, Duration.ofMinutes(5), 20);
  }

  /**
   * Delivers one batch of due e-mails.
   *
   * @return how many e-mails were attempted; 0 when none was due
   */
  public int runOnce() {
    UUID token = UUID.randomUUID();
    List<Claimed> batch = claim(token);
    for (Claimed email : batch) {
      deliver(email, token);
    }
    return batch.size();
  }

  /**
   * Delivers batches until no e-mail is due.
   *
   * @return how many e-mails were attempted
   */
  public int drain() {
    int total = 0;
    int attempted;
    do {
      attempted = runOnce();
      total += attempted;
    } while (attempted == batchSize);
    return total;
  }

  private List<Claimed> claim(UUID token) {
    Instant now = clock.instant();
    return database.query(connection -> {
      try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
        Rows.setInstant(claim, 1, now.plus(lease));
        claim.setObject(2, token);
        Rows.setInstant(claim, 3, now);
        Rows.setInstant(claim, 4, now);
        claim.setInt(5, batchSize);
        try (ResultSet row = claim.executeQuery()) {
          List<Claimed> claimed = new ArrayList<>();
          while (row.next()) {
            claimed.add(new Claimed(Rows.uuid(row, "id"), row.getInt("attempts"), new EmailMessage(
                row.getString("kind"), row.getString("recipient"), row.getString("subject"), row.getString("body"))));
          }
          return claimed;
        }
      }
    });
  }

  private void deliver(Claimed email, UUID token) {
    try {
      sender.send(email.id(), email.message());
    } catch (RuntimeException e) {
      notSent(email, token, e);
      return;
    }
    Instant now = clock.instant();
    database.query(connection -> {
      try (PreparedStatement sent = connection.prepareStatement(SENT)) {
        Rows.setInstant(sent, 1, now);
        sent.setObject(2, email.id());
        sent.setObject(3, token);
        return sent.executeUpdate();
      }
    });
  }

  private void notSent(Claimed email, UUID token, RuntimeException failure) {
    boolean last = email.attempts() >= backoff.maxAttempts();
    String error = String.valueOf(failure.getMessage());
    if (last) {
      log.error("E-mail {} ({}) failed for good after {} attempts: {}", email.id(), email.message().kind(),
          email.attempts(), error);
    } else {
      log.warn("E-mail {} ({}) attempt {} failed, retrying: {}", email.id(), email.message().kind(), email.attempts(),
          error);
    }
    Instant next = clock.instant().plus(backoff.delayAfter(email.attempts()));
    database.query(connection -> {
      try (PreparedStatement update = connection.prepareStatement(NOT_SENT)) {
        update.setInt(1, backoff.maxAttempts());
        Rows.setInstant(update, 2, next);
        update.setString(3, error.length() <= MAX_ERROR_CHARS ? error : error.substring(0, MAX_ERROR_CHARS));
        update.setObject(4, email.id());
        update.setObject(5, token);
        return update.executeUpdate();
      }
    });
  }

  private record Claimed(UUID id, int attempts, EmailMessage message) {}
}
