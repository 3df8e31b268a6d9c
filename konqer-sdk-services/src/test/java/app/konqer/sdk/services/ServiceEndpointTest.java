package app.konqer.sdk.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.error.NotFoundException;
import app.konqer.sdk.error.RateLimitException;
import app.konqer.sdk.error.RequestValidationException;
import app.konqer.sdk.error.ServerException;
import app.konqer.sdk.error.ServiceLockedException;
import app.konqer.sdk.error.UnprocessableEntityException;
import app.konqer.sdk.model.Quota;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.sdk.services.warmranker.WarmrankerOutput;
import app.konqer.sdk.validation.RequestValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generation through the typed endpoints: the request each sends, the envelope each decodes, the errors. */
class ServiceEndpointTest extends MockApi {
  private static final UUID ID = UUID.fromString("0b6f7c9e-3f5d-4c1a-9a8e-6d2b1e4f7a10");
  private static final Instant CREATED_AT = Instant.parse("2026-03-01T10:15:30Z");
  private static final Quota QUOTA = new Quota(7, 100, Instant.parse("2026-03-02T00:00:00Z"));

  static Stream<Named<ServiceDefinition<?, ?>>> services() {
    return ServiceDefinitions.all().stream().map(d -> Named.of(d.service().id(), d));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("services")
  <I extends ServiceInput, O extends ServiceOutput> void everyServicePostsItsSnakeCaseInputAndDecodesItsOutput(
      ServiceDefinition<I, O> service) throws Exception {
    server.enqueue(json(envelope(service.service())));
    Samples.Sample sample = Samples.of(service.service());

    Generation<O> generation = services.endpoint(service).generate(service.inputType().cast(sample.input()));

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/services/" + service.service().id() + "/generate");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(Wire.tree(request.getBody().readUtf8()))
        .isEqualTo(Wire.tree(Wire.fixture(service.service(), "input.json")));
    assertThat(generation.output()).isInstanceOf(service.outputType()).isEqualTo(sample.output());
    assertThat(generation.id()).isEqualTo(ID);
    assertThat(generation.service()).isEqualTo(service.service());
    assertThat(generation.quota()).isEqualTo(QUOTA);
  }

  @Test
  void theColdDmEnvelopeCarriesEveryMember() throws Exception {
    server.enqueue(json(envelope(ServiceId.COLD_DM)));

    Generation<ColdDmOutput> dm = services.coldDm().generate(Samples.coldDmInput());

    assertThat(dm).isEqualTo(new Generation<>(ID, ServiceId.COLD_DM, CREATED_AT, Samples.coldDmOutput(),
        "konqer-offline", 0, 82, QUOTA));
  }

  @Test
  void theTypedAccessorsAreTheEndpointsOfTheirDefinitions() {
    List<ServiceEndpoint<?, ?>> accessors = List.of(services.coldDm(), services.battlecards(),
        services.objection(), services.communityFinder(), services.carousel(), services.coldEmail(),
        services.pitchDeck(), services.whitepaper(), services.deckHeatmap(), services.webinar(),
        services.warmranker(), services.noShowShield());

    assertThat(accessors.stream().map(ServiceEndpoint::definition).toList())
        .isEqualTo(ServiceDefinitions.all());
    assertThat(services.endpoint(ServiceDefinitions.WEBINAR)).isSameAs(services.webinar());
  }

  @Test
  void aDefinitionWithOtherRecordsThanTheTableIsRefused() {
    ServiceDefinition<ObjectionInput, WarmrankerOutput> forged =
        new ServiceDefinition<>(ServiceId.OBJECTION, ObjectionInput.class, WarmrankerOutput.class);

    assertThatThrownBy(() -> services.endpoint(forged))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ObjectionOutput");
  }

  @Test
  void anEqualDefinitionBuiltByTheCallerFindsTheSameEndpoint() {
    ServiceDefinition<ColdDmInput, ColdDmOutput> own =
        new ServiceDefinition<>(ServiceId.COLD_DM, ColdDmInput.class, ColdDmOutput.class);

    assertThat(services.endpoint(own)).isSameAs(services.coldDm());
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void anInputOfAnotherServiceIsRefusedBeforeSending() {
    ServiceEndpoint raw = services.coldDm();

    assertThatThrownBy(() -> raw.generate(Samples.objectionInput()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ColdDmInput");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aRetryCarriesTheSameIdempotencyKey() throws Exception {
    server.enqueue(problem(503, "database_unavailable", "").setHeader("Retry-After", "1"));
    server.enqueue(json(envelope(ServiceId.COLD_DM)));

    ApiResponse<Generation<ColdDmOutput>> response =
        services.coldDm().generateWithResponse(Samples.coldDmInput(), RequestOptions.none());

    String key = take().getHeader("Idempotency-Key");
    assertThat(key).matches("[0-9a-f-]{36}");
    assertThat(take().getHeader("Idempotency-Key")).isEqualTo(key);
    assertThat(response.attempts()).isEqualTo(2);
    assertThat(waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void theCallersKeyIsSentAndAReplayIsReported() throws Exception {
    server.enqueue(json(envelope(ServiceId.COLD_DM)));
    server.enqueue(json(envelope(ServiceId.COLD_DM)).setHeader("Idempotent-Replayed", "true"));
    RequestOptions options = RequestOptions.builder().idempotencyKey("crm-lead-4711-dm").build();

    ApiResponse<Generation<ColdDmOutput>> first =
        services.coldDm().generateWithResponse(Samples.coldDmInput(), options);
    ApiResponse<Generation<ColdDmOutput>> second = services.coldDm()
        .generateWithResponseAsync(Samples.coldDmInput(), options).get(5, TimeUnit.SECONDS);

    assertThat(take().getHeader("Idempotency-Key")).isEqualTo("crm-lead-4711-dm");
    assertThat(take().getHeader("Idempotency-Key")).isEqualTo("crm-lead-4711-dm");
    assertThat(first.isReplayed()).isFalse();
    assertThat(second.isReplayed()).isTrue();
    assertThat(second.value()).isEqualTo(first.value());
  }

  @Test
  void eachCallOfItsOwnGetsItsOwnKey() throws Exception {
    server.enqueue(json(envelope(ServiceId.COLD_DM)));
    server.enqueue(json(envelope(ServiceId.COLD_DM)));

    services.coldDm().generate(Samples.coldDmInput());
    services.coldDm().generateAsync(Samples.coldDmInput()).get(5, TimeUnit.SECONDS);

    assertThat(take().getHeader("Idempotency-Key")).isNotEqualTo(take().getHeader("Idempotency-Key"));
  }

  @Test
  void aLockedServiceSaysWhenItUnlocks() {
    server.enqueue(problem(403, "service_locked", ",\"unlocks_at\":\"2026-03-09T00:00:00Z\""));

    assertThatThrownBy(() -> services.webinar().generate(Samples.webinarInput()))
        .isInstanceOfSatisfying(ServiceLockedException.class,
            e -> assertThat(e.unlocksAt()).contains(Instant.parse("2026-03-09T00:00:00Z")));
  }

  @Test
  void anExceededDailyLimitCarriesTheQuotaAndTheWaitAndIsNotRetried() throws Exception {
    server.enqueue(problem(429, "daily_limit_exceeded",
        ",\"quota\":{\"used_today\":100,\"daily_limit\":100,\"resets_at\":\"2026-03-02T00:00:00Z\"}")
        .setHeader("Retry-After", "49470"));

    assertThatThrownBy(() -> services.coldDm().generateAsync(Samples.coldDmInput()).join())
        .hasCauseInstanceOf(RateLimitException.class)
        .satisfies(e -> {
          RateLimitException limit = (RateLimitException) e.getCause();
          assertThat(limit.code()).isEqualTo("daily_limit_exceeded");
          assertThat(limit.quota()).contains(new Quota(100, 100, Instant.parse("2026-03-02T00:00:00Z")));
          assertThat(limit.retryAfter()).contains(Duration.ofSeconds(49470));
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void fieldErrorsOfAnInvalidInputArriveWithTheirSnakeCasePaths() {
    server.enqueue(json("{\"title\":\"Invalid\",\"status\":422,\"code\":\"validation_failed\","
        + "\"errors\":[{\"field\":\"prospect_name\",\"message\":\"must not be blank\"}]}")
        .setResponseCode(422).setHeader("Content-Type", "application/problem+json"));

    assertThatThrownBy(() -> services.coldDm().generate(Samples.coldDmInput()))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(e.fieldErrors())
            .containsExactly(new FieldError("prospect_name", "must not be blank")));
  }

  @Test
  void anUnknownServiceAndAnUpstreamFailureAreTyped() {
    server.enqueue(problem(404, "unknown_service", ""));
    RequestOptions once = RequestOptions.builder().maxRetries(0).build();
    server.enqueue(problem(502, "upstream_invalid_output", ""));

    assertThatThrownBy(() -> services.carousel().generate(Samples.carouselInput()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("unknown_service"));
    assertThatThrownBy(() -> services.carousel().generate(Samples.carouselInput(), once))
        .isInstanceOfSatisfying(ServerException.class,
            e -> assertThat(e.code()).isEqualTo("upstream_invalid_output"));
  }

  @Test
  void anInvalidInputIsRefusedBeforeItIsSentWhenAValidatorIsPresent() {
    try (KonqerClient validating = client.withOptions(b -> b.requestValidator(RequestValidator.detect()))) {
      ColdDmInput blank = new ColdDmInput(" ", "Northwind", "Planner", null, null, null, null);

      assertThatThrownBy(() -> KonqerServices.of(validating).coldDm().generate(blank))
          .isInstanceOfSatisfying(RequestValidationException.class,
              e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("prospect_name"));
    }
    assertThat(server.getRequestCount()).isZero();
  }

  /** A generation envelope as the server sends it, around the service's wire fixture output. */
  static String envelope(ServiceId service) {
    return "{\"id\":\"" + ID + "\",\"service\":\"" + service.id() + "\",\"created_at\":\"" + CREATED_AT + "\","
        + "\"output\":" + Wire.fixture(service, "output.json") + ",\"model\":\"konqer-offline\",\"tokens_used\":0,"
        + (service == ServiceId.COLD_DM ? "\"personalization_score\":82," : "")
        + "\"quota\":{\"used_today\":7,\"daily_limit\":100,\"resets_at\":\"2026-03-02T00:00:00Z\"}}";
  }
}
