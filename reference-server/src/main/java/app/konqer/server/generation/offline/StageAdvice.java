package app.konqer.server.generation.offline;

import app.konqer.server.generation.scoring.NormalizedText;
import java.util.List;

/**
 * What to emphasise at a deal stage, recognised by the words the stage is described with ("discovery call",
 * "Negotiation", "POC").
 *
 * @param words the words that recognise the stage, matched as whole words ignoring case and punctuation
 * @param advice one sentence for a rep at that stage
 */
record StageAdvice(Phrases words, String advice) {
  static final List<StageAdvice> STAGES = List.of(
      new StageAdvice(Phrases.of("discovery", "qualification", "qualifying", "intro", "first call", "prospecting"),
          "In discovery, ask the landmine questions before you pitch anything, and let the prospect describe the "
              + "gaps in their own words."),
      new StageAdvice(Phrases.of("demo", "evaluation", "evaluating", "trial", "poc", "pilot", "proof of concept",
          "technical"),
          "In the evaluation, propose a side-by-side on the prospect's own data and agree on the two outcomes that "
              + "decide it."),
      new StageAdvice(Phrases.of("proposal", "negotiation", "negotiating", "pricing", "procurement", "commercial"),
          "In negotiation, anchor on total cost and time to value rather than list price, and trade concessions "
              + "only for commitments."),
      new StageAdvice(Phrases.of("closing", "close", "contract", "signature", "legal", "verbal"),
          "Before signature, confirm the onboarding plan and the first milestone in writing so the decision feels "
              + "safe."),
      new StageAdvice(Phrases.of("renewal", "expansion", "upsell", "churn"),
          "At renewal, show the results delivered so far next to what the competitor promises, in the customer's "
              + "own numbers."));

  /**
   * The advice for a stage.
   *
   * @param stage the stage as the caller describes it; {@code null} or blank means unknown
   * @param fallback the advice when no row recognises the stage
   * @return the advice
   */
  static String forStage(String stage, String fallback) {
    NormalizedText text = NormalizedText.of(stage);
    return STAGES.stream()
        .filter(row -> row.words().anyIn(text))
        .map(StageAdvice::advice)
        .findFirst()
        .orElse(fallback);
  }
}
