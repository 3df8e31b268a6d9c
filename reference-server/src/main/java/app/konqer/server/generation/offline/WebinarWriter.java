package app.konqer.server.generation.offline;

import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.webinar.Competition;
import app.konqer.sdk.services.webinar.WebinarInput;
import app.konqer.sdk.services.webinar.WebinarOutput;
import app.konqer.sdk.services.webinar.WebinarTopic;
import app.konqer.server.generation.scoring.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores the candidate topics and six niche-derived ideas, and keeps the ten with the highest demand, highest first
 * (ties keep candidates before ideas, in input order).
 *
 * <p>Demand starts at 55: +5 for a topic the caller proposed, +8 for a practical promise ("how to", "playbook",
 * "benchmark", "mistakes"...), +6 for a figure, +4 for each word shared with the niche or audience (at most +12),
 * +6 for automation and AI, -8 for a title of two words or fewer, and a variation of up to 4 either way; clamped to
 * 0..100. Competition is high for generic
 * or trend topics and very short titles, low for long titles specific to the niche or audience, medium otherwise.
 * The format follows the title's promise (a how-to is a workshop, a teardown a live demo, a debate a panel...).
 *
 * <p>Leaves nothing to the pipeline.
 */
final class WebinarWriter implements ServiceWriter<WebinarInput, WebinarOutput> {
  private static final int MAX_TOPICS = 10;
  private static final int MAX_CANDIDATES = 20;
  private static final int CANDIDATE_BONUS = 5;

  private static final List<String> IDEAS = List.of(
      "The {niche} playbook for {audience}",
      "{Niche}: the mistakes that cost the most, and how to avoid them",
      "Benchmarks: how the best teams approach {niche}",
      "Live teardown: real {niche} examples, improved on screen",
      "Ask me anything about {niche}",
      "From zero to first results in {niche}: a 30-day plan");

  private static final Phrases PRACTICAL = Phrases.of("how to", "playbook", "template", "templates",
      "benchmark", "benchmarks", "checklist", "mistakes", "step by step", "guide", "framework", "examples", "plan");
  private static final Phrases HOT = Phrases.of("ai", "automation", "automate", "agents");
  private static final Phrases CROWDED = Phrases.of("ai", "trends", "future", "tips", "best practices",
      "introduction", "101", "basics", "state of");
  private static final Set<String> STOP_WORDS = Set.of("with", "from", "into", "your", "their", "about", "that",
      "this", "what", "when", "where", "which", "for", "and", "the", "how", "they", "them", "teams", "team");

  /** Formats by the promise of the title; the first row with a phrase in the title wins. */
  private static final List<Format> FORMATS = List.of(
      new Format(Phrases.of("ask me anything", "ama", "q a", "questions"), "AMA"),
      new Format(Phrases.of("how to", "playbook", "template", "checklist", "step by step", "framework", "plan"),
          "workshop"),
      new Format(Phrases.of("teardown", "live", "demo", "examples"), "live demo"),
      new Format(Phrases.of("vs", "versus", "future", "trends", "debate", "state of"), "panel"),
      new Format(Phrases.of("benchmark", "benchmarks", "report", "data", "survey"), "data briefing"),
      new Format(Phrases.of("mistakes", "lessons", "case study", "story"), "case study"));

  private static final Map<Competition, List<String>> ANGLES = Map.of(
      Competition.LOW, List.of(
          "Few others cover this for {audience}: go deep, with real numbers and one worked example from {niche}.",
          "Open ground: be the first to give {audience} a step-by-step answer, and publish the slides afterwards.",
          "Little competition, so depth wins: bring a customer who has done it and let them show their numbers."),
      Competition.MEDIUM, List.of(
          "Others touch on it; stand out by showing a real before-and-after for {audience}, not theory.",
          "Covered, but rarely for {audience}: tailor every example to their world and skip the generic intro.",
          "Stand out with a live exercise: attendees leave with their own version, not just notes."),
      Competition.HIGH, List.of(
          "A crowded topic: narrow it to one specific question {audience} ask, and answer it live with data "
              + "nobody else has.",
          "Everyone talks about this; take a contrarian, evidence-backed position that {audience} can test.",
          "Crowded, so be concrete: one case, one number, one thing to do on Monday."));

  @Override
  public WebinarOutput write(WebinarInput input, ServerFacts facts) {
    Variation variation = Variation.of(input.niche(), input.audience(), input.candidateTopics());
    String niche = Text.phrase(input.niche(), 8, 80);
    String audience = Text.phrase(input.audience(), 10, 100);
    String[] values = {"niche", niche, "Niche", Text.capitalize(niche), "audience", audience};
    Set<String> context = contextWords(input.niche() + " " + input.audience());

    Map<String, String> titles = new LinkedHashMap<>();
    input.candidateTopics().stream().filter(Text::present).limit(MAX_CANDIDATES)
        .map(t -> Text.clip(t, Limits.LABEL))
        .forEach(t -> titles.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
    Set<String> candidates = Set.copyOf(titles.values());
    IDEAS.stream().map(t -> Text.clip(Text.fill(t, values), Limits.LABEL))
        .forEach(t -> titles.putIfAbsent(t.toLowerCase(Locale.ROOT), t));

    List<WebinarTopic> topics = new ArrayList<>();
    for (String title : titles.values()) {
      NormalizedText text = NormalizedText.of(title);
      int shared = (int) text.words().stream().distinct().filter(context::contains).count();
      Competition competition = competition(text, shared);
      String angle = Text.fill(variation.pick("angle " + title, ANGLES.get(competition)), values);
      int bonus = candidates.contains(title) ? CANDIDATE_BONUS : 0;
      topics.add(new WebinarTopic(title, demand(text, shared, bonus + variation.between(title, -4, 4)),
          competition, Text.clip(angle, Limits.TEXT), format(text)));
    }
    topics.sort(Comparator.comparing(WebinarTopic::demandScore).reversed());
    return new WebinarOutput(topics.subList(0, Math.min(MAX_TOPICS, topics.size())));
  }

  private static int demand(NormalizedText text, int shared, int variation) {
    int score = 55;
    score += PRACTICAL.anyIn(text) ? 8 : 0;
    score += text.value().chars().anyMatch(Character::isDigit) ? 6 : 0;
    score += Math.min(12, 4 * shared);
    score += HOT.anyIn(text) ? 6 : 0;
    score -= text.words().size() <= 2 ? 8 : 0;
    return Math.max(0, Math.min(100, score + variation));
  }

  private static Competition competition(NormalizedText text, int shared) {
    if (text.words().size() <= 3 || CROWDED.anyIn(text)) {
      return Competition.HIGH;
    }
    return text.words().size() >= 7 && shared > 0 ? Competition.LOW : Competition.MEDIUM;
  }

  private static String format(NormalizedText text) {
    return FORMATS.stream()
        .filter(row -> row.phrases().anyIn(text))
        .map(Format::format)
        .findFirst()
        .orElse("fireside chat");
  }

  private static Set<String> contextWords(String text) {
    return NormalizedText.of(text).words().stream()
        .filter(w -> w.length() >= 4 && !STOP_WORDS.contains(w))
        .collect(Collectors.toSet());
  }

  private record Format(Phrases phrases, String format) {}
}
