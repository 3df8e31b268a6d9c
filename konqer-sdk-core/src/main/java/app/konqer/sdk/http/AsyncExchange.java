package app.konqer.sdk.http;

import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.error.KonqerException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * Drives an {@link Exchange} with OkHttp's {@code enqueue}: no thread waits for the network, and a retry's backoff
 * is a task on the {@link Scheduler}, not a sleeping thread. Whatever the SDK does for the call, on whichever
 * thread, runs with the request id in the MDC, and the result completes with it there too, so that the caller's
 * callbacks log it. Cancelling the result cancels the HTTP call in flight and any scheduled
 * retry.
 *
 * @param <T> the call's result type
 * @param <R> the type the future completes with
 */
final class AsyncExchange<T, R> implements Callback {
  private final Exchange<T> exchange;
  private final Scheduler scheduler;
  private final Function<ApiResponse<T>, R> finisher;
  private final ResultFuture result = new ResultFuture();
  private volatile Call current;
  private volatile Future<?> pendingRetry;

  AsyncExchange(Exchange<T> exchange, Scheduler scheduler, Function<ApiResponse<T>, R> finisher) {
    this.exchange = exchange;
    this.scheduler = scheduler;
    this.finisher = finisher;
  }

  CompletableFuture<R> start() {
    submit();
    return result;
  }

  private void submit() {
    if (result.isDone()) {
      return;
    }
    String previous = RequestIdMdc.push(exchange.requestId());
    try {
      Call call = exchange.newCall();
      current = call;
      call.enqueue(this);
      if (result.isCancelled()) {
        call.cancel();
      }
    } catch (KonqerException e) {
      complete(new Outcome.Failure<>(e, exchange.requestId()));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    } finally {
      RequestIdMdc.restore(previous);
    }
  }

  @Override
  public void onResponse(Call call, Response response) {
    if (result.isDone()) {
      response.close();
      return;
    }
    handle(() -> exchange.onResponse(call, response));
  }

  @Override
  public void onFailure(Call call, IOException e) {
    if (!result.isDone()) {
      handle(() -> exchange.onFailure(call, e));
    }
  }

  private void handle(Supplier<Outcome<T>> attempt) {
    try {
      Outcome<T> outcome;
      String previous = RequestIdMdc.push(exchange.requestId());
      try {
        outcome = attempt.get();
      } finally {
        RequestIdMdc.restore(previous);
      }
      if (outcome instanceof Outcome.Retry<T> retry) {
        pendingRetry = scheduler.schedule(retry.delay(), this::submit);
        if (result.isCancelled()) {
          pendingRetry.cancel(false);
        }
      } else {
        complete(outcome);
      }
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    } catch (Error e) {
      result.completeExceptionally(e);
      throw e;
    }
  }

  private void complete(Outcome<T> outcome) {
    if (outcome instanceof Outcome.Success<T> success) {
      ApiResponse<T> response = success.response();
      String previous = RequestIdMdc.push(response.requestId());
      try {
        result.complete(finisher.apply(response));
      } finally {
        RequestIdMdc.restore(previous);
      }
    } else {
      Outcome.Failure<T> failure = (Outcome.Failure<T>) outcome;
      String previous = RequestIdMdc.push(failure.requestId());
      try {
        result.completeExceptionally(failure.error());
      } finally {
        RequestIdMdc.restore(previous);
      }
    }
  }

  /** The future handed to the caller, whose cancellation reaches the network. */
  private final class ResultFuture extends CompletableFuture<R> {
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      Call call = current;
      if (call != null) {
        call.cancel();
      }
      Future<?> retry = pendingRetry;
      if (retry != null) {
        retry.cancel(false);
      }
      return cancelled;
    }
  }
}
