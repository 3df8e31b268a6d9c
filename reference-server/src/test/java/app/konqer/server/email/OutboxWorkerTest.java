package app.konqer.server.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.server.ServerConfig;
import app.konqer.server.db.Database;
import app.konqer.server.db.Rows;
import app.konqer.server.testing.LogCapture;
import app.konqer.server.testing.TestServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The e-mail outbox: claims, delivery at least once, retries with backoff, leases, and real SMTP. */
class OutboxWorkerTest {
  private static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(30), Duration.ofHours(1), 3);
  private static final Duration LEASE = Duration.ofMinutes(5);

  @RegisterExtension
  static final TestServer server = TestServer.api();

  private static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  @BeforeAll
  static void startSmtp() {
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @BeforeEach
  void emptyOutbox() {
    database().query(connection -> connection.createStatement().executeUpdate("DELETE FROM email_outbox"));
  }

  @Test
  void twoWorkersAtOnceDeliverEveryEmailExactlyOnce() throws Exception {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(enqueue("race-" + i + "@example.com", "race:" + i));
    }
    Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    EmailSender recording = (id, message) -> deliveries.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        OutboxWorker worker = new OutboxWorker(database(), recording, server.clock(), BACKOFF, LEASE, 4);
        runs.add(threads.submit(() -> {
          start.await();
          int total = 0;
          int attempted;
          while ((attempted = worker.runOnce()) > 0) {
            total += attempted;
          }
          return total;
        }));
      }
      start.countDown();

      assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(30);
    } finally {
      threads.shutdownNow();
    }
    assertThat(deliveries.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(deliveries.values()).allSatisfy(count -> assertThat(count.get()).isOne());
    assertThat(count("SELECT count(*) FROM email_outbox WHERE status = 'sent' AND sent_at IS NOT NULL")).isEqualTo(30);
  }

  @Test
  void aFailingSenderIsRetriedWithBackoffAndGivenUpAfterTheLastAttempt() {
    UUID id = enqueue("bounce@example.com", "bounce");
    EmailSender failing = (emailId, message) -> {
      throw new EmailDeliveryException("450 mailbox busy", null);
    };
    OutboxWorker worker = new OutboxWorker(database(), failing, server.clock(), BACKOFF, LEASE, 10);
    Instant first = server.clock().instant();

    assertThat(worker.runOnce()).isOne();
    assertThat(state(id)).isEqualTo("pending 1 " + first.plusSeconds(30) + " 450 mailbox busy");
    assertThat(worker.runOnce()).isZero();
    server.clock().advance(Duration.ofSeconds(29));
    assertThat(worker.runOnce()).isZero();

    server.clock().advance(Duration.ofSeconds(1));
    assertThat(worker.runOnce()).isOne();
    assertThat(state(id)).startsWith("pending 2 " + server.clock().instant().plusSeconds(60));

    server.clock().advance(Duration.ofSeconds(60));
    assertThat(worker.runOnce()).isOne();
    assertThat(state(id)).startsWith("failed 3 ");
    server.clock().advance(Duration.ofHours(2));
    assertThat(worker.runOnce()).isZero();
  }

  @Test
  void anEmailLeftClaimedByACrashedWorkerIsDeliveredOnceItsLeaseEnds() {
    UUID id = enqueue("crash@example.com", "crash");
    OutboxWorker crashing = new OutboxWorker(database(), (emailId, message) -> {
      throw new SimulatedCrash();
    }, server.clock(), BACKOFF, LEASE, 10);
    List<UUID> delivered = new ArrayList<>();
    OutboxWorker survivor = new OutboxWorker(database(), (emailId, message) -> delivered.add(emailId),
        server.clock(), BACKOFF, LEASE, 10);

    assertThatThrownBy(crashing::runOnce).isInstanceOf(SimulatedCrash.class);
    assertThat(survivor.runOnce()).isZero();
    server.clock().advance(LEASE);

    assertThat(survivor.runOnce()).isOne();
    assertThat(delivered).containsExactly(id);
    assertThat(state(id)).startsWith("sent 2 ");
  }

  @Test
  void anEmailIsRecordedOncePerDedupeKey() {
    EmailMessage message = Emails.welcome("twice@example.com", null, "Founding member (yearly)", "All set.");
    Instant now = server.clock().instant();

    boolean first = database().transaction(connection -> Outbox.enqueue(connection, message, "welcome:once", now));
    boolean second = database().transaction(connection -> Outbox.enqueue(connection, message, "welcome:once", now));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(count("SELECT count(*) FROM email_outbox WHERE dedupe_key = 'welcome:once'")).isOne();
  }

  @Test
  void smtpDeliversThroughARealMailServer() throws Exception {
    database().transaction(connection -> Outbox.enqueue(connection, Emails.welcome("ada@example.com", "Ada",
        "Founding member (yearly)", "Cold DM Personalizer is unlocked now."), "welcome:smtp", server.clock().instant()));
    UUID id = idOf("welcome:smtp");
    SmtpEmailSender sender = SmtpEmailSender.create(new ServerConfig.Smtp("127.0.0.1", smtp.getSmtp().getPort(), null,
        null, "Konqer <no-reply@konqer.app>", false), server.clock());

    assertThat(new OutboxWorker(database(), sender, server.clock(), BACKOFF, LEASE, 10).runOnce()).isOne();

    assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("Welcome to Konqer");
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
    assertThat(received.getFrom()[0].toString()).isEqualTo("Konqer <no-reply@konqer.app>");
    assertThat(received.getHeader("X-Konqer-Email-Id")[0]).isEqualTo(id.toString());
    assertThat(GreenMailUtil.getBody(received)).contains("Hello Ada,", "Founding member (yearly)");
    assertThat(state(id)).startsWith("sent 1 ");
  }

  @Test
  void anUnreachableSmtpServerIsRetried() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    UUID id = enqueue("unreachable@example.com", "unreachable");
    SmtpEmailSender sender = SmtpEmailSender.create(new ServerConfig.Smtp("127.0.0.1", closedPort, "konqer",
        "smtp-secret", "no-reply@konqer.app", false), server.clock());

    assertThat(new OutboxWorker(database(), sender, server.clock(), BACKOFF, LEASE, 10).runOnce()).isOne();

    assertThat(state(id)).startsWith("pending 1 ").contains("SMTP delivery to 127.0.0.1:" + closedPort + " failed")
        .doesNotContain("smtp-secret");
  }

  @Test
  void theLoggingSenderLogsNeitherTheBodyNorTheFullAddress() {
    try (LogCapture log = LogCapture.of(LoggingEmailSender.LOGGER)) {
      new LoggingEmailSender().send(UUID.randomUUID(),
          Emails.crossSell("grace@example.com", "Grace", "Cold DM Personalizer", "AI Cold Email Writer"));

      assertThat(log.messages()).singleElement().asString()
          .contains("cross_sell", "g***@example.com", "Pair Cold DM Personalizer with AI Cold Email Writer")
          .doesNotContain("grace@", "Hello Grace");
    }
  }

  private UUID enqueue(String to, String key) {
    database().transaction(connection -> Outbox.enqueue(connection,
        new EmailMessage("test", to, "Subject " + key, "Body " + key), key, server.clock().instant()));
    return idOf(key);
  }

  private UUID idOf(String key) {
    return database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT id FROM email_outbox WHERE dedupe_key = ?")) {
        select.setString(1, key);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return Rows.uuid(row, "id");
        }
      }
    });
  }

  /** {@code status attempts next_attempt_at last_error}. */
  private String state(UUID id) {
    return database().query(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT status, attempts, next_attempt_at, last_error FROM email_outbox WHERE id = ?")) {
        select.setObject(1, id);
        try (ResultSet row = select.executeQuery()) {
          row.next();
          return row.getString("status") + " " + row.getInt("attempts") + " " + Rows.instant(row, "next_attempt_at")
              + " " + row.getString("last_error");
        }
      }
    });
  }

  private long count(String sql) {
    return database().query(connection -> {
      try (ResultSet row = connection.createStatement().executeQuery(sql)) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  private static Database database() {
    return server.database();
  }

  /** A worker process dying in the middle of a delivery. */
  private static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;
  }
}
