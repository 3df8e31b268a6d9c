package app.konqer.server.enrichment;

import com.squareup.moshi.Moshi;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * Looks a cold DM prospect up in a data source. Enrichment is best effort: an implementation never throws for an
 * unreachable or failing source, it returns {@link Enrichment#none()} and logs why.
 */
@FunctionalInterface
public interface ProspectEnricher {
  /**
   * What the source knows about a prospect.
   *
   * @param prospect who to look up
   * @return what was found, possibly nothing
   */
  Enrichment enrich(Prospect prospect);

  /**
   * The enricher used without a data source: it learns nothing and calls nobody.
   *
   * @return an enricher that always returns {@link Enrichment#none()}
   */
  static ProspectEnricher none() {
    return prospect -> Enrichment.none();
  }

  /**
   * Apollo when {@code KONQER_APOLLO_API_KEY} is set, otherwise {@link #none()}.
   *
   * @param env the environment, such as {@link System#getenv()}
   * @param http the HTTP client to derive from
   * @param moshi a {@code KonqerJson} instance
   * @return the enricher to use
   */
  static ProspectEnricher fromEnvironment(Map<String, String> env, OkHttpClient http, Moshi moshi) {
    return ApolloConfig.fromEnvironment(env)
        .<ProspectEnricher>map(config -> new ApolloEnricher(config, http, moshi))
        .orElseGet(ProspectEnricher::none);
  }
}
