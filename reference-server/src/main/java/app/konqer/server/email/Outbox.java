package app.konqer.server.email;

import app.konqer.server.db.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Records e-mails in the transactional outbox, inside the caller's transaction: an e-mail exists exactly when the
 * business change that caused it commits. The {@link OutboxWorker} delivers it.
 */
public final class Outbox {
  private static final String ENQUEUE = """
      INSERT INTO email_outbox (kind, recipient, subject, body, dedupe_key, next_attempt_at, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (dedupe_key) DO NOTHING""";

  private Outbox() {}

  /**
   * Records an e-mail, once per dedupe key.
   *
   * @param connection the business transaction's connection
   * @param message the e-mail
   * @param dedupeKey what the e-mail is about, such as {@code welcome:<subscription id>}; a second e-mail with the
   *     same key is not recorded
   * @param now the current time; the e-mail is due at once
   * @return whether the e-mail was recorded, {@code false} when one with the key already was
   * @throws SQLException when the insert fails
   */
  public static boolean enqueue(Connection connection, EmailMessage message, String dedupeKey, Instant now)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(ENQUEUE)) {
      insert.setString(1, message.kind());
      insert.setString(2, message.recipient());
      insert.setString(3, message.subject());
      insert.setString(4, message.body());
      insert.setString(5, dedupeKey);
      Rows.setInstant(insert, 6, now);
      Rows.setInstant(insert, 7, now);
      return insert.executeUpdate() == 1;
    }
  }
}
