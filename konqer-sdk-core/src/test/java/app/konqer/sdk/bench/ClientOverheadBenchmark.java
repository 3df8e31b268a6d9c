package app.konqer.sdk.bench;

import app.konqer.sdk.ApiRequest;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.model.Quota;
import app.konqer.sdk.validation.RequestValidator;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of the SDK over a hand-written OkHttp + Moshi call: a POST with a JSON body and a typed JSON response to
 * the same loopback server, in the same run. Run with {@code -prof gc} to compare allocation per call.
 *
 * <ul>
 *   <li>{@code rawOkHttpMoshi}: the baseline, what an integrator would write by hand: the URL built for the
 *       service of the call, a bearer token, Moshi with the same adapters, and a status check;
 *   <li>{@code konqerClient}: {@code KonqerClient.execute} as shipped, without a validation provider;
 *   <li>{@code konqerClientValidating}: the same with Hibernate Validator checking the request first.
 * </ul>
 *
 * <p>On a shared machine the wall time of a loopback round trip drifts with the load by more than the client's
 * cost, so two benchmarks run one after the other compare badly. {@code paired} therefore alternates a raw and an
 * SDK call and sums the wall and CPU time of each side: the ratio {@code konqerNanos / rawNanos} compares them under
 * the same conditions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class ClientOverheadBenchmark {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String TOKEN = "bench-token";
  private static final String SERVICE = "cold-dm";
  private static final String RESPONSE = "{\"id\":\"7c2b8a4e-0f55-4a35-9d2a-5e0f3c1b2a77\",\"service\":\"cold-dm\","
      + "\"output\":\"Hi Ada, loved your talk on pipeline hygiene at SaaStr. We help RevOps teams cut CRM "
      + "clean-up time in half. Worth a 15-minute chat next week?\",\"tokens_used\":412,"
      + "\"created_at\":\"2026-03-02T09:00:00Z\",\"quota\":{\"used_today\":3,\"daily_limit\":50,"
      + "\"resets_at\":\"2026-03-03T00:00:00Z\"}}";

  /** A generation request, shaped like the services' inputs. */
  public record Prospect(
      @NotBlank @Size(max = 200) String prospectName,
      @NotBlank @Size(max = 200) String company,
      @Size(max = 2000) String linkedinUrl,
      @Size(max = 20) List<@NotBlank String> notes) {}

  /** A generation response, shaped like the services' outputs. */
  public record Generation(String id, String service, String output, int tokensUsed, Instant createdAt,
      Quota quota) {}

  private static final Prospect INPUT = new Prospect("Ada Lovelace", "Analytical Engines Ltd",
      "https://www.linkedin.com/in/ada", List.of("spoke at SaaStr", "RevOps lead", "hiring SDRs"));

  private LoopbackHttpServer server;
  private KonqerClient client;
  private KonqerClient validatingClient;
  private OkHttpClient raw;
  private HttpUrl rawBaseUrl;
  private JsonAdapter<Prospect> rawRequestAdapter;
  private JsonAdapter<Generation> rawResponseAdapter;

  @Setup(Level.Trial)
  public void start() throws IOException {
    server = new LoopbackHttpServer(RESPONSE);
    client = KonqerClient.builder().baseUrl(server.url()).bearerToken(TOKEN)
        .requestValidator(RequestValidator.none()).build();
    validatingClient = KonqerClient.builder().baseUrl(server.url()).bearerToken(TOKEN)
        .requestValidator(RequestValidator.detect()).build();
    raw = new OkHttpClient();
    rawBaseUrl = HttpUrl.get(server.url());
    Moshi moshi = KonqerJson.create();
    rawRequestAdapter = moshi.adapter(Prospect.class);
    rawResponseAdapter = moshi.adapter(Generation.class);
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    client.close();
    validatingClient.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public Generation rawOkHttpMoshi() throws IOException {
    HttpUrl url = rawBaseUrl.newBuilder()
        .addPathSegment("services").addPathSegment(SERVICE).addPathSegment("generate").build();
    RequestBody body = RequestBody.create(rawRequestAdapter.toJson(INPUT), JSON);
    Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + TOKEN).post(body).build();
    try (Response response = raw.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return rawResponseAdapter.fromJson(response.body().source());
    }
  }

  @Benchmark
  public Generation konqerClient() {
    return client.execute(generate());
  }

  /**
   * Wall and CPU time of raw and SDK calls made in alternation, summed per iteration. Both see the same machine at
   * the same moment, so their ratio holds on a loaded machine where separate runs drift apart.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Pairs {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Wall nanoseconds of the raw calls. */
    public long rawNanos;
    /** Wall nanoseconds of the SDK calls. */
    public long konqerNanos;
    /** CPU nanoseconds of the calling thread during the raw calls. */
    public long rawCpuNanos;
    /** CPU nanoseconds of the calling thread during the SDK calls. */
    public long konqerCpuNanos;
    /** Pairs of calls made. */
    public long pairs;
  }

  /**
   * One raw call and one SDK call, in alternating order. Divide the counters by {@code pairs}.
   *
   * @param pairs the counters
   * @param sink keeps the results alive
   * @throws IOException if the raw call fails
   */
  @Benchmark
  public void paired(Pairs pairs, Blackhole sink) throws IOException {
    boolean rawFirst = (pairs.pairs & 1) == 0;
    if (rawFirst) {
      timeRaw(pairs, sink);
    }
    long cpu = Pairs.THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    sink.consume(konqerClient());
    pairs.konqerNanos += System.nanoTime() - start;
    pairs.konqerCpuNanos += Pairs.THREADS.getCurrentThreadCpuTime() - cpu;
    if (!rawFirst) {
      timeRaw(pairs, sink);
    }
    pairs.pairs++;
  }

  private void timeRaw(Pairs pairs, Blackhole sink) throws IOException {
    long cpu = Pairs.THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    sink.consume(rawOkHttpMoshi());
    pairs.rawNanos += System.nanoTime() - start;
    pairs.rawCpuNanos += Pairs.THREADS.getCurrentThreadCpuTime() - cpu;
  }

  @Benchmark
  public Generation konqerClientValidating() {
    return validatingClient.execute(generate());
  }

  private static ApiRequest<Generation> generate() {
    return ApiRequest.post("/services/{service}/generate", Generation.class)
        .pathParam("service", SERVICE)
        .body(INPUT)
        .build();
  }
}
