package app.konqer.server.email;

import java.util.UUID;

/** Delivers one e-mail. The outbox worker calls it at least once per e-mail, so delivery may repeat after a crash. */
@FunctionalInterface
public interface EmailSender {

  /**
   * Delivers an e-mail.
   *
   * @param id the outbox id of the e-mail, stable across attempts; senders may pass it on to let receivers drop repeats
   * @param message the e-mail
   * @throws EmailDeliveryException when it was not accepted; the worker tries again later
   */
  void send(UUID id, EmailMessage message);
}
