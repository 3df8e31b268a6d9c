package app.konqer.sdk.services.bench;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.http.HttpTransport;
import app.konqer.sdk.json.KonqerJson;
import app.konqer.sdk.paging.Page;
import app.konqer.sdk.services.Generation;
import app.konqer.sdk.services.HistoryItem;
import app.konqer.sdk.services.HistoryQuery;
import app.konqer.sdk.services.KonqerServices;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.validation.RequestValidator;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.SocketFactory;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the typed SDK costs over the same HTTP call written by hand with OkHttp and Moshi, on a loopback server in
 * this JVM, for the two calls an integration makes most: a generation and the first history page.
 *
 * <ul>
 *   <li>{@code rawGenerate}: {@code POST /services/cold-dm/generate} built by hand: the same URL and headers
 *       ({@code Authorization}, {@code Idempotency-Key}, {@code X-Request-Id}, {@code User-Agent}, {@code Accept}),
 *       the same body bytes, and the response read into the same {@code Generation<ColdDmOutput>} with the same
 *       Moshi adapters; {@code sdkGenerate}: {@code services.coldDm().generate(input)};
 *   <li>{@code rawHistory}: {@code GET /user/history} by hand into {@code Page<HistoryItem>} (20 items across the
 *       twelve services); {@code sdkHistory}: {@code services.history().page(HistoryQuery.all())};
 *   <li>{@code pairedGenerate} and {@code pairedHistory}: a raw and an SDK call in alternation, their wall and CPU
 *       times summed apart. On a shared machine the loopback round trip drifts with the load by more than the
 *       SDK's cost, so the ratio of two benchmarks run one after the other is noisier than the ratio of calls made
 *       side by side.
 *   <li>{@code pairedRawGenerate} and {@code pairedRawHistory}: two raw clients in alternation, the same
 *       measurement with no SDK on either side, to show how far the paired ratio strays by itself;
 *   <li>{@code sdkGenerateValidating}: the generation with Hibernate Validator checking the input first, for
 *       reference (without a provider the SDK skips validation).
 * </ul>
 *
 * <p>The raw calls are the lean version of hand-written code: URLs built once, the body serialized to bytes in an
 * okio buffer, ids from {@link ThreadLocalRandom} (as cheap as the SDK's). Before measuring, the setup sends one
 * call of each kind and fails unless raw and SDK requests are byte for byte the same, ids aside.
 *
 * <p>Calls are timed one by one ({@link Mode#SampleTime}), so that the report can compare medians: on a shared
 * machine the mean of a loopback call follows the scheduler's worst moments, the median the call itself.
 *
 * <p>{@code server=socket} (the default) answers from a minimal keep-alive server that allocates nothing per
 * request; {@code server=mockwebserver} uses OkHttp's MockWebServer, to compare the noise of the two baselines;
 * {@code server=memory} gives every client sockets that answer in the calling thread ({@link InMemorySocket}), so
 * that the time is the processor time of the two clients' code alone, with no system call, wake-up or server in
 * it.
 *
 * <p>{@code pool=shared} (the default) builds the SDK clients on the raw client, as an integration does that hands
 * the SDK its own {@code OkHttpClient}, so that both sides of a pair send over the same connection and are answered
 * by the same server thread. With a connection per side ({@code pool=separate}), two connections are served by two
 * threads, which the scheduler treats differently in each JVM: the raw-against-raw pair then strayed by up to 8% in
 * one JVM, against 1% on a shared connection. For the same reason both sides decode with the same adapter instances,
 * from one Moshi, as an application with one Moshi does: two raw clients whose adapters came from two Moshi
 * instances strayed by up to 4% in one JVM, from where each JVM happened to place the two sets of adapters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dlogback.configurationFile=bench-logback.xml"})
public class SdkOverheadBenchmark {
  static final String TOKEN = "bench-token-of-ada";
  /**
   * Forks of the paired benchmarks. Each JVM compiles the two call paths its own way, and a fork's ratio moves by a
   * few percent with those decisions alone; the report gives every fork's ratio and the ratio of their sums.
   */
  static final int PAIRED_FORKS = 5;
  private static final String AUTHORIZATION = "Bearer " + TOKEN;
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String GENERATE = "POST /services/cold-dm/generate ";
  private static final String HISTORY = "GET /user/history ";

  /** Which loopback server answers: {@code socket}, {@code memory} or {@code mockwebserver}. */
  @Param({"socket"})
  public String server;

  /**
   * {@code shared}: every client is built on the raw client, so all share its connection pool, and the calls,
   * made one after another, share its one keep-alive connection; {@code separate}: each client has a pool and a
   * connection of its own, and the SDK clients the SDK's default OkHttp client.
   */
  @Param({"shared"})
  public String pool;

  private AutoCloseable api;
  private LoopbackApi loopback;
  private KonqerClient client;
  private KonqerClient validatingClient;
  private KonqerServices services;
  private KonqerServices validatingServices;
  private OkHttpClient raw;
  /** With {@code server=memory}: the sockets every client connects with. */
  private SocketFactory sockets;
  /** A second raw client with a connection of its own, for the raw-against-raw pair. */
  private OkHttpClient twin;
  private HttpUrl generateUrl;
  private HttpUrl historyUrl;
  private String userAgent;
  private ColdDmInput input;
  /** The one Moshi of both sides: the raw calls' adapters and the SDK clients' are the same instances. */
  private Moshi moshi;
  private JsonAdapter<ColdDmInput> inputAdapter;
  private JsonAdapter<Generation<ColdDmOutput>> generationAdapter;
  private JsonAdapter<Page<HistoryItem>> pageAdapter;

  @Setup(Level.Trial)
  public void start() throws Exception {
    if (!Set.of("socket", "memory", "mockwebserver").contains(server) || !Set.of("shared", "separate").contains(pool)) {
      throw new IllegalArgumentException("Unknown parameters server=" + server + ", pool=" + pool
          + ": server is socket, memory or mockwebserver; pool is shared or separate");
    }
    moshi = KonqerJson.create();
    WireSamples samples = new WireSamples(moshi);
    input = samples.coldDmInput();
    Map<String, String> routes = Map.of(GENERATE, samples.generationJson(), HISTORY, samples.historyPageJson());
    inputAdapter = moshi.adapter(ColdDmInput.class);
    generationAdapter = moshi.adapter(Types.newParameterizedType(Generation.class, ColdDmOutput.class));
    pageAdapter = moshi.adapter(Types.newParameterizedType(Page.class, HistoryItem.class));
    userAgent = HttpTransport.userAgent(null);
    raw = new OkHttpClient();

    try (LoopbackApi probe = new LoopbackApi(routes)) {
      connect(probe.url());
      requireSameRequest("generate", probe, this::rawGenerate, this::sdkGenerate);
      requireSameRequest("history", probe, this::rawHistory, this::sdkHistory);
      client.close();
      validatingClient.close();
    }
    raw.connectionPool().evictAll();

    String url;
    if (server.equals("mockwebserver")) {
      MockWebServer mock = mockWebServer(routes);
      api = mock::shutdown;
      url = mock.url("/").toString();
    } else {
      loopback = new LoopbackApi(routes);
      api = loopback;
      url = loopback.url();
      if (server.equals("memory")) {
        sockets = loopback.inMemory();
        raw = raw.newBuilder().socketFactory(sockets).build();
      }
    }
    twin = pool.equals("shared") ? raw.newBuilder().build()
        : new OkHttpClient.Builder().socketFactory(raw.socketFactory()).build();
    connect(url);
  }

  private void connect(String url) {
    client = sdkClient(url).requestValidator(RequestValidator.none()).build();
    validatingClient = sdkClient(url).requestValidator(RequestValidator.detect()).build();
    services = KonqerServices.of(client);
    validatingServices = KonqerServices.of(validatingClient);
    HttpUrl base = HttpUrl.get(url);
    generateUrl = base.newBuilder().addPathSegments("services/cold-dm/generate").build();
    historyUrl = base.newBuilder().addPathSegments("user/history").build();
  }

  private KonqerClient.Builder sdkClient(String url) {
    KonqerClient.Builder builder = KonqerClient.builder().baseUrl(url).bearerToken(TOKEN).moshi(moshi);
    if (pool.equals("shared")) {
      return builder.okHttpClient(raw);
    }
    return sockets == null ? builder : builder.okHttpClient(new OkHttpClient.Builder().socketFactory(sockets).build());
  }

  private static MockWebServer mockWebServer(Map<String, String> routes) throws IOException {
    MockResponse generation = json(routes.get(GENERATE));
    MockResponse page = json(routes.get(HISTORY));
    MockWebServer mock = new MockWebServer();
    mock.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return "POST".equals(request.getMethod()) ? generation : page;
      }
    });
    mock.start(java.net.InetAddress.getLoopbackAddress(), 0);
    return mock;
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json")
        .setHeader("X-Request-Id", "0b7c6f0e-5d1c-4f59-9a51-loopback").setBody(body);
  }

  /** Fails unless the raw call and the SDK call put the same bytes on the wire, apart from their random ids. */
  private static void requireSameRequest(String call, LoopbackApi probe, ThrowingSupplier raw,
      Supplier<?> sdk) throws Exception {
    probe.recordNext();
    raw.get();
    String rawRequest = withoutIds(probe.recorded());
    probe.recordNext();
    sdk.get();
    String sdkRequest = withoutIds(probe.recorded());
    if (!rawRequest.equals(sdkRequest)) {
      throw new IllegalStateException("The raw and SDK " + call + " requests differ:\n--- raw\n" + rawRequest
          + "\n--- sdk\n" + sdkRequest);
    }
  }

  private static String withoutIds(byte[] request) {
    return new String(request, StandardCharsets.UTF_8)
        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", "<uuid>");
  }

  /** A call that may throw, for the request check. */
  @FunctionalInterface
  private interface ThrowingSupplier {
    Object get() throws Exception;
  }

  /**
   * Closes the clients and the server, and fails the run if a client did not reuse its connection: the raw client
   * and the two SDK clients each need one.
   */
  @TearDown(Level.Trial)
  public void stop() throws Exception {
    if (loopback != null && loopback.connections() > 4) {
      throw new IllegalStateException("Connections were not reused: " + loopback.connections() + " opened");
    }
    client.close();
    validatingClient.close();
    for (OkHttpClient http : new OkHttpClient[] {raw, twin}) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    api.close();
  }

  @Benchmark
  public Generation<ColdDmOutput> rawGenerate() throws IOException {
    return rawGenerate(raw);
  }

  private Generation<ColdDmOutput> rawGenerate(OkHttpClient http) throws IOException {
    Buffer json = new Buffer();
    inputAdapter.toJson(json, input);
    Request request = new Request.Builder()
        .url(generateUrl)
        .header("X-Request-Id", randomId())
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header("Idempotency-Key", randomId())
        .header("Authorization", AUTHORIZATION)
        .post(RequestBody.create(json.readByteArray(), JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return generationAdapter.fromJson(response.body().source());
    }
  }

  @Benchmark
  public Generation<ColdDmOutput> sdkGenerate() {
    return services.coldDm().generate(input);
  }

  @Benchmark
  public Generation<ColdDmOutput> sdkGenerateValidating() {
    return validatingServices.coldDm().generate(input);
  }

  @Benchmark
  public Page<HistoryItem> rawHistory() throws IOException {
    return rawHistory(raw);
  }

  private Page<HistoryItem> rawHistory(OkHttpClient http) throws IOException {
    Request request = new Request.Builder()
        .url(historyUrl)
        .header("X-Request-Id", randomId())
        .header("User-Agent", userAgent)
        .header("Accept", "application/json")
        .header("Authorization", AUTHORIZATION)
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return pageAdapter.fromJson(response.body().source());
    }
  }

  @Benchmark
  public Page<HistoryItem> sdkHistory() {
    return services.history().page(HistoryQuery.all());
  }

  /** A version 4 UUID from the thread's random generator. */
  private static String randomId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(most, least).toString();
  }

  /**
   * Wall and CPU time of raw and SDK calls made in alternation, summed per iteration. Both sides see the machine
   * at the same moments, so their ratio holds where separate runs drift apart.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Pairs {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Wall nanoseconds of the raw calls. */
    public long rawNanos;
    /** Wall nanoseconds of the SDK calls. */
    public long sdkNanos;
    /** CPU nanoseconds of the calling thread in the raw calls. */
    public long rawCpuNanos;
    /** CPU nanoseconds of the calling thread in the SDK calls. */
    public long sdkCpuNanos;
    /** Pairs of calls made. */
    public long pairs;

    void measure(boolean sdk, ThrowingSupplier call, Blackhole sink) throws Exception {
      long cpu = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      sink.consume(call.get());
      long wall = System.nanoTime() - start;
      cpu = THREADS.getCurrentThreadCpuTime() - cpu;
      if (sdk) {
        sdkNanos += wall;
        sdkCpuNanos += cpu;
      } else {
        rawNanos += wall;
        rawCpuNanos += cpu;
      }
    }

    void pair(ThrowingSupplier raw, ThrowingSupplier sdk, Blackhole sink) throws Exception {
      boolean rawFirst = (pairs & 1) == 0;
      measure(!rawFirst, rawFirst ? raw : sdk, sink);
      measure(rawFirst, rawFirst ? sdk : raw, sink);
      pairs++;
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(value = PAIRED_FORKS, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dlogback.configurationFile=bench-logback.xml"})
  public void pairedGenerate(Pairs pairs, Blackhole sink) throws Exception {
    pairs.pair(this::rawGenerate, this::sdkGenerate, sink);
  }

  /**
   * The measurement's own spread: two raw clients, each with its connection, in alternation, as the raw and SDK
   * calls are. Their ratio would be 1.00 on a perfect machine; how far it strays is how far the paired rows can
   * stray for reasons that have nothing to do with the SDK.
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(value = PAIRED_FORKS, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dlogback.configurationFile=bench-logback.xml"})
  public void pairedRawGenerate(Pairs pairs, Blackhole sink) throws Exception {
    pairs.pair(this::rawGenerate, () -> rawGenerate(twin), sink);
  }

  /** The measurement's own spread for the history page, as {@link #pairedRawGenerate} for the generation. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(value = PAIRED_FORKS, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dlogback.configurationFile=bench-logback.xml"})
  public void pairedRawHistory(Pairs pairs, Blackhole sink) throws Exception {
    pairs.pair(this::rawHistory, () -> rawHistory(twin), sink);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(value = PAIRED_FORKS, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dlogback.configurationFile=bench-logback.xml"})
  public void pairedHistory(Pairs pairs, Blackhole sink) throws Exception {
    pairs.pair(this::rawHistory, this::sdkHistory, sink);
  }
}
