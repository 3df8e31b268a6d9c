package app.konqer.server.enrichment;

import app.konqer.server.enrichment.ApolloWire.MatchResponse;
import app.konqer.server.enrichment.ApolloWire.Organization;
import app.konqer.server.enrichment.ApolloWire.Person;
import app.konqer.server.enrichment.ApolloWire.Technology;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriches a prospect with Apollo's People Enrichment API ({@code POST /v1/people/match}): the person's title, and
 * their organization's estimated size and technologies.
 *
 * <p>One attempt, within the configured timeouts; a failure of any kind (timeout, HTTP error, unreadable body) is
 * logged at WARN, without the key or the prospect, and gives {@link Enrichment#none()}. Personal emails and phone
 * numbers are never requested. Thread-safe.
 */
public final class ApolloEnricher implements ProspectEnricher {
  private static final Logger log = LoggerFactory.getLogger(ApolloEnricher.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int MAX_TECHNOLOGIES = 20;

  private final ApolloConfig config;
  private final OkHttpClient http;
  private final HttpUrl endpoint;
  private final JsonAdapter<MatchResponse> responseJson;

  /**
   * An enricher calling Apollo.
   *
   * @param config the key, endpoint and timeouts
   * @param http the HTTP client to derive from, sharing its pool
   * @param moshi a {@code KonqerJson} instance
   */
  public ApolloEnricher(ApolloConfig config, OkHttpClient http, Moshi moshi) {
    this.config = config;
    this.http = http.newBuilder()
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.callTimeout())
        .callTimeout(config.callTimeout())
        .build();
    this.endpoint = config.baseUrl().newBuilder().addPathSegments("v1/people/match").build();
    this.responseJson = moshi.adapter(MatchResponse.class);
  }

  @Override
  public Enrichment enrich(Prospect prospect) {
    HttpUrl.Builder url = endpoint.newBuilder()
        .addQueryParameter("name", prospect.name())
        .addQueryParameter("organization_name", prospect.company());
    if (prospect.linkedinUrl() != null && !prospect.linkedinUrl().isBlank()) {
      url.addQueryParameter("linkedin_url", prospect.linkedinUrl());
    }
    Request request = new Request.Builder()
        .url(url.addQueryParameter("reveal_personal_emails", "false")
            .addQueryParameter("reveal_phone_number", "false")
            .build())
        .header("X-Api-Key", config.apiKey())
        .header("Accept", "application/json")
        .header("Cache-Control", "no-cache")
        .post(RequestBody.create(new byte[0], JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        log.warn("Apollo people match skipped: HTTP {}", response.code());
        return Enrichment.none();
      }
      MatchResponse match = responseJson.fromJson(response.body().source());
      return match == null ? Enrichment.none() : enrichment(match.person());
    } catch (InterruptedIOException e) {
      log.warn("Apollo people match skipped: no answer within {} ms", config.callTimeout().toMillis());
    } catch (IOException | JsonDataException e) {
      log.warn("Apollo people match skipped: {}", e.toString());
    } catch (RuntimeException e) {
      log.warn("Apollo people match skipped after an unexpected failure", e);
    }
    return Enrichment.none();
  }

  private static Enrichment enrichment(Person person) {
    if (person == null) {
      return Enrichment.none();
    }
    String title = person.title() == null || person.title().isBlank() ? null : person.title().trim();
    Organization organization = person.organization();
    Integer size = organization == null ? null : organization.estimatedNumEmployees();
    List<String> technologies = organization == null ? List.of() : technologies(organization);
    boolean found = title != null || size != null || !technologies.isEmpty();
    return new Enrichment(title, size, technologies, found ? List.of(Enrichment.APOLLO) : List.of());
  }

  /** The technology names, else the names of the current technologies; distinct, at most twenty. */
  private static List<String> technologies(Organization organization) {
    List<String> names = new ArrayList<>();
    if (organization.technologyNames() != null) {
      names.addAll(organization.technologyNames());
    }
    if (names.isEmpty() && organization.currentTechnologies() != null) {
      for (Technology technology : organization.currentTechnologies()) {
        if (technology != null) {
          names.add(technology.name());
        }
      }
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String name : names) {
      if (name != null && !name.isBlank() && distinct.size() < MAX_TECHNOLOGIES) {
        distinct.add(name.trim());
      }
    }
    return List.copyOf(distinct);
  }
}
