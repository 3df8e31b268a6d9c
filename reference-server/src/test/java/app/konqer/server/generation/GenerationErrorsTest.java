package app.konqer.server.generation;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.error.Problem;
import app.konqer.sdk.model.Quota;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.server.generation.GenerationFixture.User;
import app.konqer.server.testing.Reply;
import app.konqer.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every refusal of {@code POST /services/{service}/generate}, and that none of them stores or charges anything. */
class GenerationErrorsTest {
  private static final BlockingGenerator[] generator = new BlockingGenerator[1];

  @RegisterExtension
  static final TestServer server = TestServer.api().generation(BlockingGenerator.around(generator));

  private static final String BATTLECARDS = ServiceSamples.json(ServiceDefinitions.BATTLECARDS);

  private final GenerationFixture fixture = new GenerationFixture(server);

  @Test
  void anUnknownServiceIs404() {
    User user = fixture.userWithAllServices("errors-unknown");

    Reply reply = fixture.generate(user, "crystal-ball", BATTLECARDS);

    assertProblem(reply, 404, "unknown_service");
    assertNothingStored(user);
  }

  @Test
  void aDisabledServiceIs503() {
    User user = fixture.userWithAllServices("errors-disabled");
    fixture.configure(ServiceId.WEBINAR, false, 100);
    try {
      Reply reply = fixture.generate(user, "webinar", ServiceSamples.json(ServiceDefinitions.WEBINAR));

      assertProblem(reply, 503, "service_disabled");
      assertNothingStored(user);
      assertThat(fixture.quotaUsed(user, ServiceId.WEBINAR)).isZero();
    } finally {
      fixture.configure(ServiceId.WEBINAR, true, 100);
    }
  }

  @Test
  void aScheduledUnlockIs403WithUnlocksAt() {
    User user = fixture.user("errors-scheduled");
    Instant unlocksAt = server.clock().instant().plus(Duration.ofDays(7));
    fixture.grant(user, ServiceId.BATTLECARDS, unlocksAt, false, null);

    Reply reply = fixture.generate(user, "battlecards", BATTLECARDS);

    assertProblem(reply, 403, "service_locked");
    assertThat(reply.problem().unlocksAt()).isEqualTo(unlocksAt);
    assertNothingStored(user);
  }

  @Test
  void noGrantAnEndedGrantAndALockedGrantAre403WithoutUnlocksAt() {
    User none = fixture.user("errors-no-grant");
    User ended = fixture.user("errors-ended");
    fixture.grant(ended, ServiceId.BATTLECARDS, Instant.EPOCH, false, server.clock().instant());
    User locked = fixture.user("errors-locked");
    fixture.grant(locked, ServiceId.BATTLECARDS, Instant.EPOCH, true, null);

    for (User user : new User[] {none, ended, locked}) {
      Reply reply = fixture.generate(user, "battlecards", BATTLECARDS);

      assertProblem(reply, 403, "service_locked");
      assertThat(reply.problem().unlocksAt()).isNull();
      assertThat(reply.body()).doesNotContain("unlocks_at");
      assertNothingStored(user);
      assertThat(fixture.quotaUsed(user, ServiceId.BATTLECARDS)).isZero();
    }
  }

  @Test
  void theDailyLimitIs429WithRetryAfterUntilUtcMidnightAndTheQuota() {
    User user = fixture.userWithAllServices("errors-limit");
    fixture.configure(ServiceId.PITCH_DECK, true, 2);
    try {
      String body = ServiceSamples.json(ServiceDefinitions.PITCH_DECK);
      assertThat(fixture.generate(user, "pitch-deck", body).status()).isEqualTo(200);
      assertThat(fixture.generate(user, "pitch-deck", body).status()).isEqualTo(200);

      Reply reply = fixture.generate(user, "pitch-deck", body);

      assertProblem(reply, 429, "daily_limit_exceeded");
      // The clock stands at 2026-01-05T10:00:00Z: 14 hours to midnight.
      assertThat(server.clock().instant()).isEqualTo(TestServer.START);
      assertThat(reply.header("Retry-After")).isEqualTo("50400");
      assertThat(reply.problem().quota())
          .isEqualTo(new Quota(2, 2, Instant.parse("2026-01-06T00:00:00Z")));
      assertThat(fixture.quotaUsed(user, ServiceId.PITCH_DECK)).isEqualTo(2);
      assertThat(fixture.generations(user)).isEqualTo(2);
    } finally {
      fixture.configure(ServiceId.PITCH_DECK, true, 100);
    }
  }

  @Test
  void anInvalidBodyIs422WithFieldErrors() {
    User user = fixture.userWithAllServices("errors-invalid");

    Reply reply = fixture.generate(user, "cold-email",
        "{\"prospect\": {\"name\": \"\"}, \"value_proposition\": \"x\", \"follow_up_count\": 4}");

    assertProblem(reply, 422, "validation_failed");
    assertThat(reply.problem().errors()).containsExactly(
        new FieldError("follow_up_count", "must be less than or equal to 3"),
        new FieldError("prospect.company", "must not be blank"),
        new FieldError("prospect.name", "must not be blank"));
    assertNothingStored(user);
  }

  @Test
  void aMeetingScheduledBeforeItsBookingIs422() {
    User user = fixture.userWithAllServices("errors-booking");

    Reply reply = fixture.generate(user, "no-show-shield", """
        {"attendee_name": "Dana", "booked_at": "2026-03-12T15:00:00Z", "scheduled_at": "2026-03-12T09:00:00Z"}""");

    assertProblem(reply, 422, "validation_failed");
    assertThat(reply.problem().errors()).containsExactly(new FieldError("scheduled_at", "must be after booked_at"));
    assertNothingStored(user);
  }

  @Test
  void anIdempotencyKeyOver255CharactersIs422() {
    User user = fixture.userWithAllServices("errors-long-key");

    Reply reply = fixture.generate(user, "battlecards", BATTLECARDS, "k".repeat(256));

    assertProblem(reply, 422, "invalid_idempotency_key");
    assertNothingStored(user);
    assertThat(fixture.generate(user, "battlecards", BATTLECARDS, "k".repeat(255)).status()).isEqualTo(200);
  }

  @Test
  void aKeyReusedForAnotherBodyIs422() {
    User user = fixture.userWithAllServices("errors-reused");
    assertThat(fixture.generate(user, "battlecards", BATTLECARDS, "key-reused").status()).isEqualTo(200);

    Reply otherBody = fixture.generate(user, "battlecards",
        BATTLECARDS.replace("RouteMaster Pro", "FleetOS"), "key-reused");
    Reply otherService = fixture.generate(user, "whitepaper", ServiceSamples.json(ServiceDefinitions.WHITEPAPER),
        "key-reused");

    assertProblem(otherBody, 422, "idempotency_key_reused");
    assertProblem(otherService, 422, "idempotency_key_reused");
    assertThat(fixture.generations(user)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, ServiceId.BATTLECARDS)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, ServiceId.WHITEPAPER)).isZero();
  }

  @Test
  void theSameBodyWrittenDifferentlyIsTheSameRequest() {
    User user = fixture.userWithAllServices("errors-canonical");
    String compact = "{\"competitor\":\"RouteMaster Pro\",\"our_product\":\"Northwind Planner\"}";
    String spaced = "{ \"our_product\" : \"Northwind Planner\",\n \"competitor\": \"RouteMaster Pro\", "
        + "\"deal_stage\": null }";

    Reply first = fixture.generate(user, "battlecards", compact, "key-canonical");
    Reply second = fixture.generate(user, "battlecards", spaced, "key-canonical");

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(second.body()).isEqualTo(first.body());
  }

  @Test
  void aKeyWhoseRequestIsStillRunningIs409AndTheRequestThenCompletes() throws Exception {
    User user = fixture.userWithAllServices("errors-in-progress");
    BlockingGenerator.Gate gate = generator[0].arm();
    CompletableFuture<Reply> first = CompletableFuture.supplyAsync(
        () -> fixture.generate(user, "battlecards", BATTLECARDS, "key-running"));
    gate.awaitEntered();

    Reply concurrent = fixture.generate(user, "battlecards", BATTLECARDS, "key-running");

    assertProblem(concurrent, 409, "idempotency_in_progress");
    assertThat(fixture.generations(user)).isZero();
    assertThat(fixture.quotaUsed(user, ServiceId.BATTLECARDS)).isEqualTo(1);
    gate.release().countDown();
    Reply finished = first.get();
    assertThat(finished.status()).isEqualTo(200);
    Reply retry = fixture.generate(user, "battlecards", BATTLECARDS, "key-running");
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.body()).isEqualTo(finished.body());
    assertThat(fixture.generations(user)).isEqualTo(1);
    assertThat(fixture.quotaUsed(user, ServiceId.BATTLECARDS)).isEqualTo(1);
    Generation<?> generation = retry.json(ServiceDefinitions.BATTLECARDS.generationType());
    assertThat(generation.quota().usedToday()).isEqualTo(1);
  }

  private static void assertProblem(Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.mediaType()).isEqualTo(Problem.MEDIA_TYPE);
    Problem problem = reply.problem();
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.status()).isEqualTo(status);
    assertThat(problem.requestId()).isEqualTo(reply.header("X-Request-Id"));
  }

  private void assertNothingStored(User user) {
    assertThat(fixture.generations(user)).isZero();
    assertThat(fixture.events(user)).isZero();
    assertThat(fixture.idempotencyKeys(user)).isZero();
    for (ServiceId service : ServiceId.values()) {
      if (service != ServiceId.UNKNOWN) {
        assertThat(fixture.quotaUsed(user, service)).as(service.id()).isZero();
      }
    }
  }
}
