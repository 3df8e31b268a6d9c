package app.konqer.server.generation.offline;

import java.util.List;
import java.util.function.Predicate;

/**
 * One thing an investor's eye checks on a slide, with the points it adds or takes away and what to say about it.
 * Texts may use {@code {words}} and {@code {buzzwords}}.
 *
 * @param applies whether the check is relevant to the slide at all
 * @param passes whether the slide passes it
 * @param pass points when it passes
 * @param fail points when it fails
 * @param strength what to say when it passes; {@code null} to say nothing
 * @param issue what to say when it fails; {@code null} to say nothing
 * @param fix the change that would make it pass
 */
record SlideCheck(Predicate<SlideFacts> applies, Predicate<SlideFacts> passes, int pass, int fail, String strength,
    String issue, String fix) {
  /** The base attention score before the checks. */
  static final int BASE = 50;

  /** The checks, in the order their remarks are listed. */
  static final List<SlideCheck> CHECKS = List.of(
      new SlideCheck(f -> true, SlideFacts::hasTitle, 10, -5,
          "Has a title, so the investor knows at once what the slide is about",
          "No title: the investor has to guess what the slide claims",
          "Add a title that states the takeaway, such as the one number or claim the slide proves."),
      new SlideCheck(f -> f.hasTitle() && !f.cover(), f -> f.titleWords() >= 4, 5, 0,
          "The title states a takeaway, not just a topic",
          "The title names a topic instead of stating a takeaway",
          "Rewrite the title as the conclusion you want remembered, in four to eight words."),
      new SlideCheck(f -> true, f -> f.words() <= 60, 15, -20,
          "Short enough to read in the few seconds an investor gives a slide",
          "Too dense: {words} words on one slide",
          "Cut the slide to one message in three short lines, and move the detail to your speaker notes."),
      new SlideCheck(SlideFacts::cover, f -> f.words() >= 4, 10, -10,
          "The cover says in one line what the company does",
          "The cover does not say what the company does",
          "Add one line under the name that says what the company does and for whom."),
      new SlideCheck(f -> !f.cover(), f -> f.words() >= 6, 0, -10,
          null,
          "Very little content: the claim is not backed up",
          "Add the one fact or figure that backs up the claim."),
      new SlideCheck(f -> !f.cover(), SlideFacts::hasNumber, 15, -5,
          "Backs its claim with a number",
          "No number to back the claim",
          "Add one concrete metric: a result, a market size or a growth rate."),
      new SlideCheck(f -> true, f -> f.buzzwords().isEmpty(), 0, -15,
          null,
          "Buzzwords weaken credibility: {buzzwords}",
          "Replace {buzzwords} with a concrete fact the investor can check."),
      new SlideCheck(f -> true, f -> f.buzzwords().size() < 3, 0, -10,
          null,
          null,
          null),
      new SlideCheck(f -> f.words() > 0, f -> f.averageSentenceWords() <= 25, 0, -10,
          null,
          "Long sentences make the slide slow to read",
          "Break the long sentences into short lines of one idea each."),
      new SlideCheck(f -> true, SlideFacts::hasProof, 10, 0,
          "Shows proof, not just promise: customers, revenue or growth",
          null,
          null));
}
