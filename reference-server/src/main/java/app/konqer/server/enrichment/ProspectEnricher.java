package app.konqer.server.enrichment;

import com.squareup.moshi.Moshi;
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
   * Apollo when it is configured, otherwise {@link #none()}.
   *
   * @param apollo how to reach Apollo, or {@code null} when no key is configured
   * @param http the HTTP client to derive from
   * @param moshi a {@code KonqerJson} instance
   * @return the enricher to use
   */
  static ProspectEnricher of(ApolloConfig apollo, OkHttpClient http, Moshi moshi) {
    return apollo == null ? none() : new ApolloEnricher(apollo, http, moshi);
  }
}
