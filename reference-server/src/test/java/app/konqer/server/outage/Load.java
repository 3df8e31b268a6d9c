package app.konqer.server.outage;

import app.konqer.sdk.error.Problem;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.server.operations.Health;
import app.konqer.server.outage.Outcome.Operation;
import app.konqer.server.outage.Outcome.Phase;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Closed-loop clients, each a signed-in user calling generate twice, then {@code /user/me}, then {@code /health},
 * over and over until stopped. Every response is recorded with the phase it was sent in.
 */
final class Load implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Operation[] ROUND = {Operation.GENERATE, Operation.GENERATE, Operation.ME, Operation.HEALTH};
  private static final Moshi MOSHI = KonqerJson.create();
  private static final JsonAdapter<Map<String, Object>> OBJECT =
      MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private static final JsonAdapter<Problem> PROBLEM = MOSHI.adapter(Problem.class);
  private static final JsonAdapter<Health> HEALTH = MOSHI.adapter(Health.class);

  private final URI base;
  private final OkHttpClient http;
  private final String service;
  private final String body;
  private final AtomicReference<Phase> phase;
  private final Progress progress;
  private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  /**
   * Starts the clients.
   *
   * @param base the server
   * @param tokens one bearer token per client
   * @param service the service to generate with
   * @param body its input
   * @param phase the current phase, read as each request is sent
   * @param progress told of every response
   * @param hung a request still unanswered after this long counts as hung
   */
  Load(URI base, List<String> tokens, String service, String body, AtomicReference<Phase> phase, Progress progress,
      Duration hung) {
    this.base = base;
    this.service = service;
    this.body = body;
    this.phase = phase;
    this.progress = progress;
    this.http = new OkHttpClient.Builder().retryOnConnectionFailure(false).callTimeout(hung).build();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      int client = i;
      Thread thread = new Thread(() -> run(client, token), "outage-load-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  private void run(int client, String token) {
    for (long i = 0; running; i++) {
      Operation operation = ROUND[(int) (i % ROUND.length)];
      String key = operation == Operation.GENERATE ? "outage-" + client + "-" + i : null;
      outcomes.add(send(operation, token, key));
      progress.report();
    }
  }

  private Outcome send(Operation operation, String token, String key) {
    Request.Builder request = new Request.Builder().header("Authorization", "Bearer " + token);
    switch (operation) {
      case GENERATE -> request.url(base.resolve("/services/" + service + "/generate").toString())
          .header("Idempotency-Key", key)
          .post(RequestBody.create(body, JSON));
      case ME -> request.url(base.resolve("/user/me").toString());
      case HEALTH -> request.url(base.resolve("/health").toString());
      default -> throw new IllegalArgumentException(operation.name());
    }
    Phase sentIn = phase.get();
    long started = System.nanoTime();
    try (Response response = http.newCall(request.build()).execute()) {
      String text = response.body().string();
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      int status = response.code();
      String code = null;
      String database = null;
      String generationId = null;
      if ("application/problem+json".equals(mediaType(response))) {
        code = PROBLEM.fromJson(text).code();
      } else if (operation == Operation.HEALTH) {
        database = HEALTH.fromJson(text).database();
      } else if (operation == Operation.GENERATE && status == 200) {
        generationId = (String) OBJECT.fromJson(text).get("id");
      }
      return new Outcome(sentIn, operation, status, code, response.header("Retry-After"), database, millis,
          generationId, key);
    } catch (InterruptedIOException e) {
      return new Outcome(sentIn, operation, 0, "client_timeout", null, null,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), null, key);
    } catch (IOException e) {
      return new Outcome(sentIn, operation, -1, e.getClass().getSimpleName(), null, null,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), null, key);
    }
  }

  private static String mediaType(Response response) {
    String type = response.header("Content-Type");
    return type == null ? null : type.split(";")[0].strip();
  }

  /** @return how many recorded responses match */
  long count(Predicate<Outcome> filter) {
    return outcomes.stream().filter(filter).count();
  }

  /** @return every response so far */
  List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  /** Stops the clients once their requests in flight are answered. */
  @Override
  public void close() throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(60));
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
