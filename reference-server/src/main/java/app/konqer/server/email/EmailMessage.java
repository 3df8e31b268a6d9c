package app.konqer.server.email;

import java.util.Objects;

/**
 * One plain-text e-mail.
 *
 * @param kind what it is about, such as {@code welcome}; logged and stored, never shown to the recipient
 * @param recipient the recipient's address
 * @param subject the subject line
 * @param body the plain-text body
 */
public record EmailMessage(String kind, String recipient, String subject, String body) {

  /** Requires every part. */
  public EmailMessage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
