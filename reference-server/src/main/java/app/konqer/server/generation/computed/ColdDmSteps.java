package app.konqer.server.generation.computed;

import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.colddm.ContextUsed;
import app.konqer.server.enrichment.Enrichment;
import app.konqer.server.enrichment.Prospect;
import app.konqer.server.enrichment.ProspectEnricher;
import app.konqer.server.generation.offline.ServerFacts;
import app.konqer.server.generation.scoring.PersonalizationScore;
import app.konqer.server.generation.scoring.PersonalizationScorer;

/**
 * What the server does around a cold DM: enriches the prospect before generation, then sets
 * {@code personalization_score} (from the {@link PersonalizationScorer}, whatever the model said), {@code
 * context_used} (the recent activity and tools the message really refers to, and the company size enrichment found)
 * and {@code enrichment_sources} (the sources that really supplied data).
 */
public final class ColdDmSteps {
  private final ProspectEnricher enricher;
  private final PersonalizationScorer scorer;

  /**
   * Creates the steps.
   *
   * @param enricher looks the prospect up; {@link ProspectEnricher#none()} without a data source
   * @param scorer scores the message
   */
  public ColdDmSteps(ProspectEnricher enricher, PersonalizationScorer scorer) {
    this.enricher = enricher;
    this.scorer = scorer;
  }

  /**
   * Enriches the prospect.
   *
   * @param input the request
   * @return the facts holding what enrichment found, possibly nothing
   */
  public ServerFacts facts(ColdDmInput input) {
    return ServerFacts.of(enricher.enrich(new Prospect(input.prospectName(), input.company(), input.linkedinUrl())));
  }

  /**
   * Sets the server-computed members.
   *
   * @param input the request
   * @param facts the enrichment
   * @param output the written message
   * @return the completed output
   */
  public ColdDmOutput fill(ColdDmInput input, ServerFacts facts, ColdDmOutput output) {
    Enrichment enrichment = facts.enrichment();
    PersonalizationScore score = scorer.score(output.message(), input.prospectName(), input.company(),
        input.recentActivity(), enrichment.techStack());
    ContextUsed context = new ContextUsed(score.recentActivityMentioned(), score.techStackMentioned(),
        CompanySizeBand.of(enrichment.companySize()));
    return new ColdDmOutput(output.message(), score.score(), context, enrichment.sources());
  }
}
