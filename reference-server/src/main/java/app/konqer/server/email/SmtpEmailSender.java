package app.konqer.server.email;

import app.konqer.server.ServerConfig;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/** Sends e-mails through an SMTP server with Jakarta Mail (Eclipse Angus). */
public final class SmtpEmailSender implements EmailSender {
  private static final String TIMEOUT_MILLIS = "10000";

  private final Session session;
  private final ServerConfig.Smtp smtp;
  private final InternetAddress from;
  private final Clock clock;

  private SmtpEmailSender(Session session, ServerConfig.Smtp smtp, InternetAddress from, Clock clock) {
    this.session = session;
    this.smtp = smtp;
    this.from = from;
    this.clock = clock;
  }

  /**
   * Creates the sender. Nothing is connected until the first e-mail.
   *
   * @param smtp the SMTP server
   * @param clock the time, for the {@code Date} header
   * @return the sender
   * @throws IllegalArgumentException when the sender is not an e-mail address
   */
  public static SmtpEmailSender create(ServerConfig.Smtp smtp, Clock clock) {
    InternetAddress from;
    try {
      from = new InternetAddress(smtp.from(), true);
    } catch (AddressException e) {
      throw new IllegalArgumentException("Not an e-mail address: " + smtp.from(), e);
    }
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", smtp.host());
    properties.put("mail.smtp.port", Integer.toString(smtp.port()));
    properties.put("mail.smtp.auth", Boolean.toString(smtp.user() != null));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
    properties.put("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    return new SmtpEmailSender(Session.getInstance(properties), smtp, from, clock);
  }

  @Override
  public void send(UUID id, EmailMessage message) {
    try {
      MimeMessage mime = new MimeMessage(session);
      mime.setFrom(from);
      mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
      mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
      mime.setText(message.body(), StandardCharsets.UTF_8.name());
      mime.setSentDate(Date.from(clock.instant()));
      mime.setHeader("X-Konqer-Email-Id", id.toString());
      if (smtp.user() == null) {
        Transport.send(mime);
      } else {
        Transport.send(mime, smtp.user(), smtp.password());
      }
    } catch (MessagingException e) {
      throw new EmailDeliveryException("SMTP delivery to " + smtp.host() + ":" + smtp.port() + " failed: "
          + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
