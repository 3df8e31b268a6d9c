package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.error.ServerException;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.LogCapture;
import app.konqer.sdk.testing.ServerTest;
import app.konqer.sdk.validation.RequestValidator;
import ch.qos.logback.classic.Level;
import java.util.concurrent.CompletionException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class ClientLifecycleTest extends ServerTest {

  @Test
  void aCallerSuppliedOkHttpClientKeepsRetriesAuthAndLogging() throws Exception {
    OkHttpClient caller = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Caller", "crm").build()))
        .build();
    server.enqueue(Json.status(503));
    server.enqueue(Json.ok(Json.PROFILE));

    try (KonqerClient client = builder().okHttpClient(caller).build();
        LogCapture log = LogCapture.of("app.konqer.sdk.http", Level.DEBUG)) {
      assertThat(client.user().meWithResponse(RequestOptions.none()).attempts()).isEqualTo(2);
      assertThat(log.messages(Level.DEBUG)).filteredOn(line -> line.startsWith("GET /user/me -> ")).hasSize(2);
    }
    for (int i = 0; i < 2; i++) {
      RecordedRequest request = take();
      assertThat(request.getHeader("X-Caller")).isEqualTo("crm");
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer token-1");
      assertThat(request.getHeader("User-Agent")).startsWith("konqer-java/");
    }
    assertThat(caller.interceptors()).hasSize(1);
  }

  @Test
  void closingTheClientLeavesACallerSuppliedOkHttpClientRunning() throws Exception {
    OkHttpClient caller = new OkHttpClient();
    server.enqueue(Json.ok(Json.PROFILE));
    server.enqueue(Json.ok("{}"));

    KonqerClient client = builder().okHttpClient(caller).build();
    client.user().meAsync().join();
    client.close();

    assertThat(caller.dispatcher().executorService().isShutdown()).isFalse();
    try (Response response = caller.newCall(new Request.Builder().url(baseUrl()).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
    caller.dispatcher().executorService().shutdown();
  }

  @Test
  void aClosedClientRefusesCalls() {
    KonqerClient client = builder().build();
    client.close();
    client.close();

    assertThatThrownBy(() -> client.user().me()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> client.user().meAsync().join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDerivedClientSharesTheConnectionPoolAndChangesOnlyWhatItSays() throws Exception {
    server.enqueue(Json.ok(Json.PROFILE));
    server.enqueue(Json.status(503));
    server.enqueue(Json.ok(Json.PROFILE));

    KonqerClient parent = client();
    parent.user().me();
    try (KonqerClient derived = parent.withOptions(b -> b.maxRetries(0).userAgentSuffix("acme-crm/2.1"))) {
      assertThatThrownBy(() -> derived.user().me()).isInstanceOf(ServerException.class);
      RecordedRequest first = take();
      RecordedRequest second = take();
      assertThat(second.getSequenceNumber()).as("the derived client reused the parent's connection").isEqualTo(1);
      assertThat(second.getHeader("User-Agent")).endsWith(" acme-crm/2.1");
      assertThat(second.getHeader("Authorization")).isEqualTo("Bearer token-1");
      assertThat(first.getHeader("User-Agent")).doesNotContain("acme-crm");
    }

    assertThat(parent.user().me().name()).as("closing the derived client leaves the parent open").isEqualTo("Ada");
  }

  @Test
  void closingTheParentEndsItsDerivedClients() {
    KonqerClient parent = builder().build();
    KonqerClient derived = parent.withOptions(b -> b.maxRetries(5));
    parent.close();

    assertThatThrownBy(() -> derived.user().me()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theUserAgentNamesTheSdkTheJvmAndTheCallersProduct() throws Exception {
    try (KonqerClient client = builder().userAgentSuffix("acme-crm/2.1").build()) {
      server.enqueue(Json.ok(Json.PROFILE));
      client.user().me();
    }

    assertThat(take().getHeader("User-Agent"))
        .matches("konqer-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? java/" + System.getProperty("java.version")
            + " acme-crm/2\\.1");
  }

  @Test
  void theDefaultsPointAtProductionWithTwoRetries() {
    try (KonqerClient client = KonqerClient.builder().requestValidator(
        RequestValidator.none()).build()) {
      assertThat(client.toString()).isEqualTo("KonqerClient[baseUrl=https://api.konqer.app, credentials=none]");
      assertThat(client.moshi()).isNotNull();
    }
    assertThat(KonqerClient.DEFAULT_MAX_RETRIES).isEqualTo(2);
  }

  @Test
  void aBadBaseUrlIsRefusedWhenConfigured() {
    assertThatThrownBy(() -> KonqerClient.builder().baseUrl("ftp://example.com"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
