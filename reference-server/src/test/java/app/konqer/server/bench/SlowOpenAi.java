package app.konqer.server.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OpenAI's Chat Completions stood in by a server that answers every request with the same completion after a fixed
 * delay. A request holds no thread while it waits: a few threads read requests and hand each to a timer that writes
 * the answer when its delay is up, so thousands of calls can wait at once without the stand-in becoming the limit.
 * It counts the calls in flight and the most there were at once.
 */
final class SlowOpenAi implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService readers = Executors.newFixedThreadPool(4);
  private final ScheduledExecutorService answers = Executors.newScheduledThreadPool(2);
  private final byte[] completion;
  private final Duration delay;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private final AtomicLong answered = new AtomicLong();

  SlowOpenAi(Duration delay, String completion) throws IOException {
    this.delay = delay;
    this.completion = completion.getBytes(StandardCharsets.UTF_8);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
    server.setExecutor(readers);
    server.createContext("/", this::accept);
    server.start();
  }

  /** @return the API root to configure as {@code KONQER_OPENAI_BASE_URL} */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** @return the most calls that were waiting at once */
  int mostInFlight() {
    return mostInFlight.get();
  }

  /** Starts counting the most calls in flight again from now. */
  void resetMostInFlight() {
    mostInFlight.set(inFlight.get());
  }

  /** @return how many calls were answered */
  long answered() {
    return answered.get();
  }

  private void accept(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      body.transferTo(OutputStream.nullOutputStream());
    }
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    answers.schedule(() -> answer(exchange), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void answer(HttpExchange exchange) {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, completion.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(completion);
      }
      answered.incrementAndGet();
    } catch (IOException e) {
      // The caller gave up; nothing to answer.
    } finally {
      inFlight.decrementAndGet();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    answers.shutdownNow();
    readers.shutdownNow();
  }
}
