package app.konqer.server.generation;

import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.server.access.ServiceLock;
import app.konqer.server.db.Database;
import app.konqer.server.generation.catalog.ServiceRow;
import app.konqer.server.generation.engine.Draft;
import app.konqer.server.generation.engine.Generator;
import app.konqer.server.generation.engine.InvalidOutputException;
import app.konqer.server.generation.offline.ServerFacts;
import app.konqer.server.generation.openai.UpstreamErrorException;
import app.konqer.server.generation.openai.UpstreamTimeoutException;
import app.konqer.server.generation.rules.ContractCheck;
import app.konqer.server.http.JsonAdapters;
import app.konqer.server.idempotency.IdempotencyClaim;
import app.konqer.server.idempotency.IdempotencyStore;
import app.konqer.server.idempotency.RequestFingerprint;
import app.konqer.server.idempotency.StoredResponse;
import app.konqer.server.limits.UpstreamBusyException;
import app.konqer.server.quota.Consumption;
import app.konqer.server.quota.DailyQuota;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The generation pipeline, the same for every service (what differs is in the service's {@link ServiceRow}):
 *
 * <ol>
 *   <li>claim the {@code Idempotency-Key}, or replay the response already stored for it;</li>
 *   <li>check access ({@code service_locked}) and take a unit of the daily quota ({@code daily_limit_exceeded}).
 *       When access is open and the request has a key, the unit is taken in the claim's statement (one round trip
 *       and one commit for both), and only when the claim is taken;</li>
 *   <li>outside any transaction: establish the facts, generate (OpenAI or offline), set the server-computed
 *       members and check the result;</li>
 *   <li>in ONE statement, committed on its own: store the generation and its {@code generation.created} event,
 *       and complete the key with the response.</li>
 * </ol>
 *
 * <p>Any failure after the claim releases the key, so a retry runs again; any failure after the quota unit was
 * taken gives the unit back. Nothing is stored before the final transaction, so a failure leaves no row behind.
 * If the process dies between taking the unit and the final commit, the unit stays spent for that day and the key
 * stays in progress until {@link IdempotencyStore#CLAIM_TIMEOUT}, after which a retry with it runs again. The claim
 * and the unit commit without waiting for the disk ({@link app.konqer.server.db.AsynchronousCommit}); the final
 * commit waits for it and so carries them to disk. A database crash before then may lose them, and with them only
 * the reservations of a request that was never answered.
 *
 * <p>A failure of the final transaction itself leaves open whether it committed: the commit may have been carried
 * out while its acknowledgement was lost. The pipeline then asks the database, after waiting for a commit still
 * in flight on the key's row. Committed: the generation is stored and charged, so the caller gets it as if nothing
 * had happened. Not committed: undone as any other failure. When the question cannot be answered either, nothing
 * is undone (the unit stays spent and the key held) and the caller gets the error: a retry then replays the
 * generation if it was stored, or runs again once the key's claim has timed out.
 */
public final class GenerationService {
  private final Database database;
  private final GenerationRepository repository;
  private final DailyQuota quota;
  private final IdempotencyStore idempotency;
  private final Generator generator;
  private final ContractCheck check;
  private final Clock clock;
  private final JsonAdapters adapters;

  /**
   * Creates the pipeline.
   *
   * @param database the database, for the final transaction
   * @param repository the generation tables
   * @param quota the daily quota
   * @param idempotency the idempotency keys
   * @param generator writes the outputs
   * @param check checks the completed output
   * @param clock the current time
   * @param moshi a {@code KonqerJson} instance
   */
  public GenerationService(Database database, GenerationRepository repository, DailyQuota quota,
      IdempotencyStore idempotency, Generator generator, ContractCheck check, Clock clock, Moshi moshi) {
    this.database = database;
    this.repository = repository;
    this.quota = quota;
    this.idempotency = idempotency;
    this.generator = generator;
    this.check = check;
    this.clock = clock;
    this.adapters = new JsonAdapters(moshi);
  }

  /**
   * What a generate call answers.
   *
   * @param response the response
   * @param replayed whether it is the stored response of an earlier request with the same key
   */
  public record Reply(StoredResponse response, boolean replayed) {}

  /**
   * Runs one generation.
   *
   * @param row the service
   * @param userId the caller
   * @param status the service's settings and the caller's access
   * @param input the valid input
   * @param idempotencyKey the request's {@code Idempotency-Key}, if any
   * @param <I> the input record
   * @param <O> the output record
   * @return the response to send
   * @throws app.konqer.server.http.ApiError for every refusal and failure, after undoing what was done
   */
  public <I extends ServiceInput, O extends ServiceOutput> Reply generate(ServiceRow<I, O> row, UUID userId,
      ServiceStatus status, I input, Optional<String> idempotencyKey) {
    String canonicalInput = adapters.<I>of(row.definition().inputType()).toJson(input);
    RequestFingerprint fingerprint = RequestFingerprint.of("POST /services/" + row.id() + "/generate",
        canonicalInput);
    ServiceId service = row.definition().service();
    Instant now = clock.instant();
    IdempotencyClaim claim;
    DailyQuota.UnitRequest unitWithClaim = null;
    Integer usedWithClaim = null;
    if (idempotencyKey.isPresent() && status.grant() != null && status.grant().isOpenAt(now)) {
      unitWithClaim = quota.request(userId, service, status.dailyLimit());
      IdempotencyStore.CompanionClaim claimed = idempotency.claim(userId, idempotencyKey.get(), fingerprint,
          unitWithClaim);
      claim = claimed.claim();
      usedWithClaim = claimed.written();
    } else {
      claim = idempotency.claim(userId, idempotencyKey, fingerprint);
    }
    if (claim instanceof IdempotencyClaim.Replay replay) {
      return new Reply(replay.response(), true);
    }
    IdempotencyClaim.Held held = (IdempotencyClaim.Held) claim;
    try {
      ServiceLock.requireOpen(service, status.grant(), now);
      Consumption unit = unitWithClaim == null ? quota.consume(userId, service, status.dailyLimit())
          : quota.taken(unitWithClaim, usedWithClaim);
      try {
        return new Reply(run(row, userId, input, canonicalInput, unit, held), false);
      } catch (UnknownOutcome unknown) {
        throw unknown;
      } catch (RuntimeException | Error failure) {
        undo(failure, () -> quota.refund(unit));
        throw failure;
      }
    } catch (UnknownOutcome unknown) {
      throw unknown.failure();
    } catch (RuntimeException | Error failure) {
      undo(failure, () -> idempotency.release(held));
      throw failure;
    }
  }

  private <I extends ServiceInput, O extends ServiceOutput> StoredResponse run(ServiceRow<I, O> row, UUID userId,
      I input, String canonicalInput, Consumption unit, IdempotencyClaim.Held claim) {
    long started = System.nanoTime();
    ServerFacts facts = row.facts().establish(input);
    Draft<O> draft = draft(row, input, facts);
    O output = row.fill().fill(input, facts, draft.output());
    List<FieldError> violations = check.violations(input, output, row.outputRules());
    if (!violations.isEmpty()) {
      throw new IllegalStateException(row.id() + " output broke its contract after the server completed it: "
          + violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
    }
    int latencyMs = (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

    Generation<O> generation = new Generation<>(UUID.randomUUID(), row.definition().service(), clock.instant(),
        output, draft.model(), draft.tokensUsed(), row.personalizationScore().apply(output), unit.quota());
    JsonAdapter<Generation<O>> envelope = adapters.of(row.definition().generationType());
    StoredResponse response = StoredResponse.json(200, envelope.toJson(generation));
    StoredGeneration stored = new StoredGeneration(generation.id(), userId, generation.service(), canonicalInput,
        adapters.<O>of(row.definition().outputType()).toJson(output), generation.model(), generation.tokensUsed(),
        generation.personalizationScore(), latencyMs, generation.createdAt());
    try {
      // One statement, committed on its own: one round trip.
      if (!database.query(connection -> repository.store(connection, stored, idempotency.completion(claim,
          response)))) {
        throw IdempotencyStore.claimLost();
      }
    } catch (RuntimeException failure) {
      if (!committed(failure, stored, claim)) {
        throw failure;
      }
    }
    return response;
  }

  /**
   * Whether the final transaction committed although it failed, such as when the database carried out the commit
   * and the connection broke before it said so.
   *
   * @throws UnknownOutcome when the database cannot say either
   */
  private boolean committed(RuntimeException failure, StoredGeneration stored, IdempotencyClaim.Held claim) {
    try {
      return database.transaction(connection -> {
        idempotency.awaitSettled(connection, claim);
        return repository.exists(connection, stored.id());
      });
    } catch (RuntimeException check) {
      failure.addSuppressed(check);
      throw new UnknownOutcome(failure);
    }
  }

  /** The final transaction failed and may have committed: nothing may be undone. */
  private static final class UnknownOutcome extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownOutcome(RuntimeException failure) {
      super(failure.getMessage(), failure, false, false);
    }

    RuntimeException failure() {
      return (RuntimeException) getCause();
    }
  }

  private <I extends ServiceInput, O extends ServiceOutput> Draft<O> draft(ServiceRow<I, O> row, I input,
      ServerFacts facts) {
    try {
      return generator.write(row, input, facts);
    } catch (UpstreamErrorException e) {
      throw GenerationErrors.upstreamError(e);
    } catch (UpstreamTimeoutException e) {
      throw GenerationErrors.upstreamTimeout(e);
    } catch (InvalidOutputException e) {
      throw GenerationErrors.invalidOutput(e);
    } catch (UpstreamBusyException e) {
      throw GenerationErrors.upstreamBusy(e);
    }
  }

  /** Runs a compensation; its own failure is kept with the failure that caused it. */
  private static void undo(Throwable failure, Runnable compensation) {
    try {
      compensation.run();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
