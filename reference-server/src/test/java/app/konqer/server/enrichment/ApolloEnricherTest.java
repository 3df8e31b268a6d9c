package app.konqer.server.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.json.KonqerJson;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ApolloEnricherTest {
  private static final String KEY = "apollo-key-9d2e";
  private static final Prospect ADA =
      new Prospect("Ada Lovelace", "Analytical Engines", "https://www.linkedin.com/in/ada-lovelace");

  private final MockWebServer server = new MockWebServer();
  private final Moshi moshi = KonqerJson.create();
  private final OkHttpClient http = new OkHttpClient();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(ApolloEnricher.class);

  @BeforeEach
  void start() throws IOException {
    server.start();
    logs.start();
    logger.addAppender(logs);
  }

  @AfterEach
  void stop() throws IOException {
    logger.detachAppender(logs);
    server.shutdown();
  }

  private ApolloEnricher enricher(Duration callTimeout) {
    ApolloConfig config = new ApolloConfig(KEY, server.url("/api"), Duration.ofSeconds(2), callTimeout);
    return new ApolloEnricher(config, http, moshi);
  }

  private ApolloEnricher enricher() {
    return enricher(Duration.ofSeconds(5));
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  @Test
  void asksApolloToMatchThePersonWithTheKeyInItsHeader() throws Exception {
    server.enqueue(json("{\"person\": null}"));

    enricher().enrich(ADA);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/v1/people/match");
    assertThat(request.getRequestUrl().queryParameterNames()).containsExactly(
        "name", "organization_name", "linkedin_url", "reveal_personal_emails", "reveal_phone_number");
    assertThat(request.getRequestUrl().queryParameter("name")).isEqualTo("Ada Lovelace");
    assertThat(request.getRequestUrl().queryParameter("organization_name")).isEqualTo("Analytical Engines");
    assertThat(request.getRequestUrl().queryParameter("linkedin_url"))
        .isEqualTo("https://www.linkedin.com/in/ada-lovelace");
    assertThat(request.getRequestUrl().queryParameter("reveal_personal_emails")).isEqualTo("false");
    assertThat(request.getRequestUrl().queryParameter("reveal_phone_number")).isEqualTo("false");
    assertThat(request.getHeader("X-Api-Key")).isEqualTo(KEY);
    assertThat(request.getHeader("Authorization")).isNull();
    assertThat(request.getHeader("Cache-Control")).isEqualTo("no-cache");
  }

  @Test
  void leavesOutAMissingLinkedinUrl() throws Exception {
    server.enqueue(json("{\"person\": null}"));

    enricher().enrich(new Prospect("Ada Lovelace", "Analytical Engines", null));

    assertThat(server.takeRequest().getRequestUrl().queryParameterNames()).containsExactly(
        "name", "organization_name", "reveal_personal_emails", "reveal_phone_number");
  }

  @Test
  void readsTitleCompanySizeAndTechnologies() {
    server.enqueue(json("""
        {"person": {"id": "583f2f7ed9ced98ab5bf0001", "name": "Ada Lovelace", "title": "VP Engineering",
          "email": null, "organization": {"id": "5e66b6381e05b4008c8331b8", "name": "Analytical Engines",
            "estimated_num_employees": 250, "technology_names": ["AWS", "Kubernetes", "AWS", " "],
            "current_technologies": [{"uid": "aws", "name": "AWS", "category": "Cloud"}]}},
         "request_id": 1}"""));

    Enrichment enrichment = enricher().enrich(ADA);

    assertThat(enrichment).isEqualTo(
        new Enrichment("VP Engineering", 250, List.of("AWS", "Kubernetes"), List.of("apollo")));
    assertThat(enrichment.isEmpty()).isFalse();
  }

  @Test
  void fallsBackToCurrentTechnologies() {
    server.enqueue(json("""
        {"person": {"title": null, "organization": {"estimated_num_employees": null,
          "current_technologies": [{"uid": "salesforce", "name": "Salesforce", "category": "CRM"},
                                   {"uid": "hubspot", "name": "Hubspot", "category": "Marketing Automation"}]}}}"""));

    assertThat(enricher().enrich(ADA))
        .isEqualTo(new Enrichment(null, null, List.of("Salesforce", "Hubspot"), List.of("apollo")));
  }

  @Test
  void namesNoSourceWhenNobodyMatched() {
    server.enqueue(json("{\"person\": null}"));
    server.enqueue(json("{\"person\": {\"title\": \"\", \"organization\": null}}"));

    assertThat(enricher().enrich(ADA)).isEqualTo(Enrichment.none());
    assertThat(enricher().enrich(ADA).sources()).isEmpty();
  }

  @Test
  void returnsNothingWhenApolloFailsAndLogsWithoutTheKeyOrTheProspect() {
    server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\": \"Invalid access credentials.\"}"));
    server.enqueue(new MockResponse().setResponseCode(500));
    server.enqueue(json("<html>oops</html>"));

    for (int i = 0; i < 3; i++) {
      assertThat(enricher().enrich(ADA)).isEqualTo(Enrichment.none());
    }

    assertThat(logs.list).extracting(ILoggingEvent::getLevel).containsOnly(Level.WARN);
    assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).startsWith(
        "Apollo people match skipped: HTTP 401", "Apollo people match skipped: HTTP 500");
    assertThat(logs.list).hasSize(3).allSatisfy(event -> assertThat(event.getFormattedMessage())
        .doesNotContain(KEY).doesNotContain("Ada").doesNotContain("Analytical"));
  }

  @Test
  void returnsNothingWhenApolloIsTooSlow() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    assertThat(enricher(Duration.ofMillis(200)).enrich(ADA)).isEqualTo(Enrichment.none());
    assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("Apollo people match skipped: no answer within 200 ms");
  }

  @Test
  void returnsNothingWhenApolloIsUnreachable() throws IOException {
    ApolloEnricher enricher = enricher();
    server.shutdown();

    assertThat(enricher.enrich(ADA)).isEqualTo(Enrichment.none());
    assertThat(logs.list).hasSize(1);
  }

  @Test
  void usesApolloOnlyWithAKey() throws Exception {
    assertThat(ProspectEnricher.of(null, http, moshi).enrich(ADA)).isEqualTo(Enrichment.none());
    assertThat(server.getRequestCount()).isZero();

    server.enqueue(json("{\"person\": {\"title\": \"CTO\"}}"));
    ProspectEnricher apollo = ProspectEnricher.of(
        new ApolloConfig(KEY, server.url("/api"), Duration.ofSeconds(2), Duration.ofSeconds(5)), http, moshi);

    assertThat(apollo).isInstanceOf(ApolloEnricher.class);
    assertThat(apollo.enrich(ADA)).isEqualTo(new Enrichment("CTO", null, List.of(), List.of("apollo")));
  }
}
