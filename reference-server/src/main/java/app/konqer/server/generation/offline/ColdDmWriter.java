package app.konqer.server.generation.offline;

import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.server.enrichment.Enrichment;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a cold LinkedIn DM of 100 to 150 words: a greeting by first name, an opener built on the prospect's recent
 * activity (or on the company when there is none), the offer, the tools enrichment found, and one low-effort call to
 * action, in the requested tone.
 *
 * <p>Optional sentences are added only while they fit under 150 words, and short tone-specific sentences about how a
 * first step would look are added until the message reaches 100 words. Every input value is clipped before it goes
 * into a sentence, so even 5,000-character inputs give a message inside the word range.
 *
 * <p>Leaves to the pipeline: {@code personalization_score}, {@code context_used} and {@code enrichment_sources}.
 */
final class ColdDmWriter implements ServiceWriter<ColdDmInput, ColdDmOutput> {
  static final int MIN_WORDS = 100;
  static final int MAX_WORDS = 150;

  private static final int MAX_TOOLS = 2;

  @Override
  public ColdDmOutput write(ColdDmInput input, ServerFacts facts) {
    Enrichment enrichment = facts.enrichment();
    Variation variation = Variation.of(input.prospectName(), input.company(), input.offer(), input.role(),
        input.recentActivity(), enrichment.techStack());
    ColdDmVoice voice = ColdDmVoice.of(input.tone());

    String company = Text.clipWords(input.company(), 8, 80);
    String role = Text.clipWords(Text.present(input.role()) ? input.role() : enrichment.title(), 6, 60);
    String seat = role.isEmpty() ? "at " + company : "as " + role + " at " + company;
    List<String> activities = input.recentActivity().stream().filter(Text::present).toList();
    String ref = activities.isEmpty() ? "" : ActivityPhrases.reference(activities.get(0));
    String ref2 = activities.size() < 2 ? "" : ActivityPhrases.reference(activities.get(1));
    List<String> tools = enrichment.techStack().stream()
        .filter(Text::present).limit(MAX_TOOLS).map(tool -> Text.clipWords(tool, 4, 40)).toList();
    String[] values = {
        "first", Text.firstName(input.prospectName(), "there"),
        "company", company,
        "seat", seat, "Seat", Text.capitalize(seat),
        "ref", ref, "Ref", Text.capitalize(ref),
        "ref2", ref2, "Ref2", Text.capitalize(ref2),
        "offer", Text.phrase(input.offer(), 28, 200),
        "tools", Text.and(tools)};

    String greeting = fill(voice.greeting(), values);
    String opener = fill(variation.pick("opener",
        ref.isEmpty() ? voice.openersWithoutActivity() : voice.openersWithActivity()), values);
    String offer = fill(variation.pick("offer", voice.offer()), values);
    String callToAction = fill(variation.pick("cta", voice.callsToAction()), values);
    String second = ref2.isEmpty() ? "" : fill(variation.pick("second", voice.secondActivity()), values);
    String techStack = tools.isEmpty() ? "" : fill(variation.pick("tools", voice.techStack()), values);

    int words = count(greeting, opener, offer, callToAction);
    List<String> opening = new ArrayList<>(List.of(opener));
    List<String> middle = new ArrayList<>(List.of(offer));
    words = addIfFits(opening, second, words);
    words = addIfFits(middle, techStack, words);
    for (String filler : variation.rotate("fillers", voice.fillers())) {
      if (words >= MIN_WORDS) {
        break;
      }
      words = addIfFits(middle, fill(filler, values), words);
    }
    String message = String.join("\n\n",
        greeting, String.join(" ", opening), String.join(" ", middle), callToAction);
    return new ColdDmOutput(message, null, null, List.of());
  }

  private static int addIfFits(List<String> paragraph, String sentence, int words) {
    int more = Text.wordCount(sentence);
    if (more == 0 || words + more > MAX_WORDS) {
      return words;
    }
    paragraph.add(sentence);
    return words + more;
  }

  private static int count(String... parts) {
    int words = 0;
    for (String part : parts) {
      words += Text.wordCount(part);
    }
    return words;
  }

  private static String fill(String template, String[] values) {
    return Text.fill(template, values).replace(Text.ELLIPSIS + ".", Text.ELLIPSIS);
  }
}
