package app.konqer.server.email;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender used when no SMTP server is configured: it logs that an e-mail would have gone out (kind, subject and a
 * masked recipient), never its body.
 */
public final class LoggingEmailSender implements EmailSender {
  /** The name of the logger e-mails are written to. */
  public static final String LOGGER = "app.konqer.email";

  private static final Logger log = LoggerFactory.getLogger(LOGGER);

  @Override
  public void send(UUID id, EmailMessage message) {
    log.info("E-mail {} ({}) to {}: {} (no SMTP server configured; set KONQER_SMTP_HOST to send it)", id,
        message.kind(), masked(message.recipient()), message.subject());
  }

  /**
   * An address with its local part hidden, such as {@code a***@example.com}.
   *
   * @param address the address
   * @return the masked address
   */
  static String masked(String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0) {
      return "***";
    }
    return address.charAt(0) + "***" + address.substring(at);
  }
}
