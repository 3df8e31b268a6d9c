package app.konqer.examples.batch;

import app.konqer.examples.batch.BatchResult.RowFailure;
import app.konqer.examples.batch.BatchResult.Stop;
import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.error.ApiException;
import app.konqer.sdk.error.AuthenticationException;
import app.konqer.sdk.error.KonqerException;
import app.konqer.sdk.error.RateLimitException;
import app.konqer.sdk.error.ServiceLockedException;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.ServiceEndpoint;
import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of the CRM batch: a cold DM for every prospect not yet in the output, with at most {@code concurrency}
 * calls in flight, on the SDK's asynchronous API (no thread waits for a response).
 *
 * <p>Each row carries an idempotency key derived from its id ({@link RowKeys}), and is written to the output as soon
 * as its DM arrives. A run that is killed, or stopped by a locked service or an exhausted quota, can simply be run
 * again: written rows are skipped, and rows whose call was in flight are answered by the server from the first
 * attempt, charged once. The SDK retries rate limits and server errors itself, waiting as {@code Retry-After} says;
 * a row whose retries are spent fails and is sent again by the next run.
 */
public final class BatchRun {
  private final ServiceEndpoint<ColdDmInput, ColdDmOutput> coldDm;
  private final String offer;
  private final Tone tone;
  private final int concurrency;
  private final String campaign;

  /**
   * Prepares a run.
   *
   * @param coldDm the cold-dm endpoint, such as {@code KonqerServices.of(client).coldDm()}
   * @param offer what every DM offers
   * @param tone the voice of the DMs, or {@code null} for the default
   * @param concurrency the most calls in flight, from 1
   * @param campaign the prefix of the idempotency keys; a new campaign generates every row anew
   */
  public BatchRun(ServiceEndpoint<ColdDmInput, ColdDmOutput> coldDm, String offer, Tone tone, int concurrency,
      String campaign) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
    }
    this.coldDm = Objects.requireNonNull(coldDm, "coldDm");
    this.offer = Objects.requireNonNull(offer, "offer");
    this.tone = tone;
    this.concurrency = concurrency;
    this.campaign = Objects.requireNonNull(campaign, "campaign");
  }

  /**
   * Runs the batch.
   *
   * @param prospects the input rows
   * @param output the output, appended to
   * @param progress told about every finished row
   * @param cancellation stops the run as a kill would
   * @return how it went
   * @throws InterruptedException when the calling thread is interrupted; the calls in flight are cancelled first
   */
  public BatchResult run(List<Prospect> prospects, OutputCsv output, BatchProgress progress,
      Cancellation cancellation) throws InterruptedException {
    Set<String> done = output.done();
    List<Prospect> todo = prospects.stream().filter(prospect -> !done.contains(prospect.id())).toList();
    Tally tally = new Tally();
    Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    cancellation.onCancel(() -> {
      tally.stop(Stop.CANCELLED, "Cancelled: the calls in flight were abandoned; run again to finish the rest.");
      inFlight.forEach(call -> call.cancel(true));
    });
    Semaphore slots = new Semaphore(concurrency);
    if (!todo.isEmpty()) {
      progress.start(todo.size());
    }
    int sent = 0;
    try {
      for (Prospect prospect : todo) {
        slots.acquire();
        if (tally.stopped()) {
          slots.release();
          break;
        }
        sent++;
        CompletableFuture<ApiResponse<Generation<ColdDmOutput>>> call = coldDm.generateWithResponseAsync(
            prospect.toInput(offer, tone),
            RequestOptions.builder().idempotencyKey(RowKeys.of(campaign, prospect.id())).build());
        inFlight.add(call);
        call.whenComplete((response, failure) -> {
          try {
            finish(prospect, response, failure, output, progress, tally);
          } finally {
            inFlight.remove(call);
            slots.release();
          }
        });
        if (cancellation.isCancelled()) {
          call.cancel(true);
        }
      }
      slots.acquire(concurrency);
    } catch (InterruptedException e) {
      cancellation.cancel();
      throw e;
    } finally {
      progress.close();
    }
    int notSent = todo.size() - sent + tally.abandoned.get();
    return new BatchResult(prospects.size(), prospects.size() - todo.size(), tally.generated.get(),
        tally.replayed.get(), new ArrayList<>(tally.failures), notSent, tally.stop.get(), tally.stopDetail.get());
  }

  private void finish(Prospect prospect, ApiResponse<Generation<ColdDmOutput>> response, Throwable failure,
      OutputCsv output, BatchProgress progress, Tally tally) {
    if (failure == null) {
      Generation<ColdDmOutput> generation = response.value();
      output.append(List.of(prospect.id(), prospect.name(), prospect.company(), generation.output().message(),
          String.valueOf(generation.personalizationScore()), generation.id().toString()));
      tally.generated.incrementAndGet();
      if (response.isReplayed()) {
        tally.replayed.incrementAndGet();
      }
      progress.succeeded();
      return;
    }
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (cause instanceof CancellationException) {
      tally.abandoned.incrementAndGet();
      return;
    }
    if (cause instanceof ServiceLockedException locked) {
      tally.stop(Stop.LOCKED, "Cold DM Personalizer is locked for this account"
          + locked.unlocksAt().map(at -> " until " + at).orElse("") + ": " + locked.detail()
          + " (request " + locked.requestId() + "). Once a plan includes it (see konqer plans), run again.");
      tally.abandoned.incrementAndGet();
      return;
    }
    if (cause instanceof RateLimitException limited
        && RateLimitException.DAILY_LIMIT_EXCEEDED.equals(limited.code())) {
      tally.stop(Stop.QUOTA, "The daily cold-dm quota is used up"
          + limited.quota().map(quota -> " (" + quota.usedToday() + "/" + quota.dailyLimit() + ", resets at "
              + quota.resetsAt() + ")").orElse("") + ". Run again after the reset; finished rows are kept.");
      tally.abandoned.incrementAndGet();
      return;
    }
    if (cause instanceof AuthenticationException refused) {
      tally.stop(Stop.AUTH, "The API refused the credentials: " + refused.detail() + " (request "
          + refused.requestId() + ").");
      tally.abandoned.incrementAndGet();
      return;
    }
    tally.failures.add(new RowFailure(prospect.id(), describe(cause)));
    progress.failed();
  }

  private static String describe(Throwable failure) {
    if (failure instanceof RateLimitException limited) {
      return "still rate limited after the SDK's retries (" + limited.title() + ", request " + limited.requestId()
          + "); run again later";
    }
    if (failure instanceof ApiException api) {
      return api.status() + " " + api.code() + ": " + api.detail() + " (request " + api.requestId() + ")";
    }
    if (failure instanceof KonqerException) {
      return failure.getMessage();
    }
    return failure.toString();
  }

  /** The counts of a run, updated from the calls' callbacks. */
  private static final class Tally {
    final AtomicInteger generated = new AtomicInteger();
    final AtomicInteger replayed = new AtomicInteger();
    final AtomicInteger abandoned = new AtomicInteger();
    final Queue<RowFailure> failures = new ConcurrentLinkedQueue<>();
    final AtomicReference<Stop> stop = new AtomicReference<>(Stop.COMPLETED);
    final AtomicReference<String> stopDetail = new AtomicReference<>();

    /** Records the first reason to stop; later ones are consequences of it. */
    void stop(Stop reason, String detail) {
      if (stop.compareAndSet(Stop.COMPLETED, reason)) {
        stopDetail.set(detail);
      }
    }

    boolean stopped() {
      return stop.get() != Stop.COMPLETED;
    }
  }
}
