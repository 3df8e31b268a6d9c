package app.konqer.server.generation.offline;

import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.deckheatmap.DeckHeatmapInput;
import app.konqer.sdk.services.deckheatmap.DeckHeatmapOutput;
import app.konqer.sdk.services.deckheatmap.DeckSlide;
import app.konqer.sdk.services.deckheatmap.ScoredSlide;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reviews a deck the way an investor skims it: one scored review per input slide, in input order, an overall score
 * and the risks most likely to make an investor pass.
 *
 * <p>A slide's attention score starts at {@value SlideCheck#BASE} and adds the points of each {@link SlideCheck}
 * (title, takeaway title, density, substance or a one-line cover, numbers, buzzwords, sentence length, proof),
 * clamped to 0..100; the passed checks are its strengths, the failed ones its issues (costliest first), and the fix
 * of the costliest failure its suggestion.
 * The overall score is the mean of the slide scores with the first three slides counted twice (investors decide
 * early), less 5 for each core topic no slide covers (at most 20).
 *
 * <p>Leaves nothing to the pipeline.
 */
final class DeckHeatmapWriter implements ServiceWriter<DeckHeatmapInput, DeckHeatmapOutput> {
  private static final int MAX_REMARKS = 5;
  private static final int MAX_RISKS = 5;
  private static final int EARLY_SLIDES = 3;
  private static final int MISSING_TOPIC_POINTS = 5;
  private static final int MAX_MISSING_PENALTY = 20;
  private static final int WEAK_SLIDE = 50;
  private static final int LONG_DECK = 20;

  /** Core topics of a deck, most serious omission first. */
  private static final List<CoreTopic> TOPICS = List.of(
      new CoreTopic("No traction slide: investors will assume there are no customers or revenue yet",
          "traction", "customers", "revenue", "arr", "mrr", "growth", "pilots", "users", "paying"),
      new CoreTopic("No team slide: investors back people first and will ask who builds this",
          "team", "founder", "founders", "ceo", "cto", "cofounder", "co founder"),
      new CoreTopic("No clear ask: say how much you raise and what it buys",
          "ask", "raising", "raise", "investment", "funding", "use of funds", "round", "seed", "series"),
      new CoreTopic("No slide states the problem, so the solution has nothing to anchor to",
          "problem", "pain", "challenge", "struggle", "lose", "loses", "losing", "waste", "wasted", "manual",
          "costs"),
      new CoreTopic("No market slide: investors cannot judge how big this can get",
          "market", "tam", "sam", "som"),
      new CoreTopic("The solution is not named clearly", "solution", "product", "platform", "how it works"));

  @Override
  public DeckHeatmapOutput write(DeckHeatmapInput input, ServerFacts facts) {
    List<DeckSlide> deck = input.slides().stream().filter(Objects::nonNull).limit(30).toList();
    List<ScoredSlide> slides = new ArrayList<>();
    List<SlideFacts> allFacts = new ArrayList<>();
    for (DeckSlide slide : deck) {
      SlideFacts slideFacts = SlideFacts.of(slides.size() + 1, slide);
      allFacts.add(slideFacts);
      slides.add(review(slides.size() + 1, slide, slideFacts));
    }

    List<String> risks = new ArrayList<>();
    int missing = 0;
    for (CoreTopic topic : TOPICS) {
      if (allFacts.stream().noneMatch(f -> topic.words().anyIn(f.text()))) {
        risks.add(topic.risk());
        missing++;
      }
    }
    slides.stream()
        .filter(s -> s.attentionScore() < WEAK_SLIDE)
        .sorted(Comparator.comparing(ScoredSlide::attentionScore))
        .forEach(s -> risks.add("Slide " + s.index() + " (" + Text.clip(s.title(), 60) + ") loses attention"
            + (s.issues().isEmpty() ? "" : ": " + Character.toLowerCase(s.issues().get(0).charAt(0))
            + s.issues().get(0).substring(1))));
    if (allFacts.stream().noneMatch(SlideFacts::hasNumber)) {
      risks.add("No numbers anywhere in the deck: every claim reads as an opinion");
    }
    if (deck.size() > LONG_DECK) {
      risks.add("The deck runs to " + deck.size() + " slides; investors rarely read past 15");
    }
    int overall = Math.max(0, Math.min(100,
        weightedMean(slides) - Math.min(MAX_MISSING_PENALTY, MISSING_TOPIC_POINTS * missing)));
    return new DeckHeatmapOutput(overall, slides,
        risks.stream().limit(MAX_RISKS).map(r -> Text.clip(r, Limits.LABEL)).toList());
  }

  private static ScoredSlide review(int index, DeckSlide slide, SlideFacts facts) {
    int score = SlideCheck.BASE;
    List<String> strengths = new ArrayList<>();
    List<SlideCheck> failed = new ArrayList<>();
    String[] values = {"words", String.valueOf(facts.words()),
        "buzzwords", Text.and(facts.buzzwords().stream().map(b -> "\u201c" + b + "\u201d").toList())};
    for (SlideCheck check : SlideCheck.CHECKS) {
      if (!check.applies().test(facts)) {
        continue;
      }
      boolean passed = check.passes().test(facts);
      score += passed ? check.pass() : check.fail();
      if (passed && check.strength() != null) {
        strengths.add(Text.clip(Text.fill(check.strength(), values), Limits.LABEL));
      } else if (!passed && check.issue() != null) {
        failed.add(check);
      }
    }
    failed.sort(Comparator.comparingInt(SlideCheck::fail));
    List<String> issues = failed.stream().map(c -> Text.clip(Text.fill(c.issue(), values), Limits.LABEL)).toList();
    SlideCheck costliest = failed.stream().filter(c -> c.fix() != null).findFirst().orElse(null);
    String title = Text.present(slide.title())
        ? Text.clip(slide.title(), Limits.LABEL)
        : Text.clip("Slide " + index + ": " + Text.clipWords(slide.content(), 6, 60), Limits.LABEL);
    String suggestion = costliest == null
        ? "Keep this slide as it is; it earns its place. If it is one of your strongest, consider moving it earlier."
        : Text.fill(costliest.fix(), values);
    return new ScoredSlide(index, title, Math.max(0, Math.min(100, score)),
        strengths.stream().limit(MAX_REMARKS).toList(), issues.stream().limit(MAX_REMARKS).toList(),
        Text.clip(suggestion, Limits.TEXT));
  }

  private static int weightedMean(List<ScoredSlide> slides) {
    long total = 0;
    long weights = 0;
    for (ScoredSlide slide : slides) {
      int weight = slide.index() <= EARLY_SLIDES ? 2 : 1;
      total += (long) weight * slide.attentionScore();
      weights += weight;
    }
    return weights == 0 ? 0 : (int) Math.round((double) total / weights);
  }

  private record CoreTopic(String risk, Phrases words) {
    CoreTopic(String risk, String... words) {
      this(risk, Phrases.of(words));
    }
  }
}
