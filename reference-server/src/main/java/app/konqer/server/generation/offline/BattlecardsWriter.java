package app.konqer.server.generation.offline;

import app.konqer.sdk.services.battlecards.BattlecardsInput;
import app.konqer.sdk.services.battlecards.BattlecardsOutput;
import app.konqer.sdk.services.battlecards.ObjectionHandler;
import app.konqer.sdk.services.contract.Limits;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a battlecard against a named competitor: the incumbent's usual strengths and weaknesses, our
 * differentiators built from the product description, answers to the objections reps hear in such a matchup,
 * landmine questions and a talk track tuned to the deal stage. Every list is non-empty.
 *
 * <p>Without a model the writer cannot know the competitor's actual product, so strengths and weaknesses are the
 * patterns reps meet with an established vendor, phrased for the rep to confirm on the call.
 *
 * <p>Leaves nothing to the pipeline.
 */
final class BattlecardsWriter implements ServiceWriter<BattlecardsInput, BattlecardsOutput> {
  private static final Pattern NAME_END = Pattern.compile("\\s*(?:,|:|\\s-\\s|\\s\u2013\\s|\\s\u2014\\s|\\()\\s*");

  private static final List<String> STRENGTHS = List.of(
      "A recognised brand that buyers already know and trust",
      "A broad feature set that ticks most checklist items",
      "An established integration and partner ecosystem",
      "A large customer base to point to as references",
      "Procurement and security teams may have approved them before");

  private static final List<String> WEAKNESSES = List.of(
      "Long implementations before the first measurable result",
      "Pricing that climbs with seats, modules and add-ons",
      "Generic workflows that need consultants to fit {segment}",
      "A roadmap driven by their largest accounts, not by {segment}",
      "Support that slows down once the contract is signed");

  @Override
  public BattlecardsOutput write(BattlecardsInput input, ServerFacts facts) {
    Variation variation = Variation.of(input.competitor(), input.ourProduct(), input.targetSegment(),
        input.dealStage());
    String competitor = Text.clipWords(input.competitor(), 6, 60);
    String[] product = NAME_END.split(Text.oneLine(input.ourProduct()), 2);
    String productName = Text.clipWords(product[0], 6, 60);
    String description = Text.phrase(product.length > 1 ? product[1] : input.ourProduct(), 20, 200);
    String segment = Text.present(input.targetSegment())
        ? Text.phrase(input.targetSegment(), 10, 100) : "your market";
    String[] values = {"competitor", competitor, "Competitor", Text.capitalize(competitor),
        "product", productName, "description", description, "segment", segment};

    String summary = fill("Deals against {competitor} are won on proof, not on features. Buyers see {competitor} "
        + "as the familiar, broad option; position {product} as the focused choice for {segment}: {description}. "
        + "Acknowledge what {competitor} does well, then steer every conversation to time to value, total cost "
        + "and fit for {segment}.", values);

    List<String> strengths = labels(variation.rotate("strengths", STRENGTHS).subList(0, 3), values);
    List<String> weaknesses = labels(variation.rotate("weaknesses", WEAKNESSES).subList(0, 3), values);
    List<String> differentiators = labels(List.of(
        "{product} is built for {segment}: {description}",
        "Faster time to value: first results in weeks rather than a multi-quarter rollout",
        "Transparent pricing without mandatory modules or add-ons",
        "Hands-on onboarding by a team that knows {segment}"), values);

    List<ObjectionHandler> handlers = List.of(
        handler("We already use {competitor}.",
            "That makes sense, and many of our customers did too. The real question is whether it still fits how "
                + "you work today, and what {description} would change for you. A two-week side-by-side on your own "
                + "data answers that without any risk to your current setup.", values),
        handler("{Competitor} is the safer choice.",
            "Safe means delivering on time. Ask how long their last customer of your size took to go live, and "
                + "compare it with the week-by-week onboarding plan we commit to in writing.", values),
        handler("{Competitor} already does all of this.",
            "They cover a lot of ground. Let us pick the two outcomes that matter most to you and compare how "
                + "each product gets there, step by step, on a real example from your team.", values),
        handler("Switching would cost us too much right now.",
            "Let us put numbers on it: the one-off cost of switching against what the current gap costs every "
                + "month. Migration is part of our onboarding, not an extra project.", values));

    List<String> landmines = labels(variation.rotate("landmines", List.of(
        "How long did it take to see the first result after you signed with {competitor}?",
        "Which parts of {competitor} does your team actually use every week?",
        "What has your total cost been once add-ons and services are included?",
        "The last time you asked {competitor} for a change, how long did it take?",
        "Who owns the tool day to day, and how much of their week does it take?")), values);

    String talkTrack = fill("Open with respect: \"{Competitor} is a solid product and many teams run on it.\" "
        + "Then ask two landmine questions and let the prospect describe the gaps in their own words. Bridge to "
        + "{product}: \"Teams like yours choose us because they want {description} without a long rollout.\" ",
        values)
        + StageAdvice.forStage(input.dealStage(),
            "Close by proposing a side-by-side on the prospect's own data, with the two outcomes that decide it "
                + "agreed up front.");

    return new BattlecardsOutput(Text.clip(summary, Limits.TEXT), strengths, weaknesses, differentiators, handlers,
        landmines, Text.clip(talkTrack, Limits.TEXT));
  }

  private static ObjectionHandler handler(String objection, String response, String[] values) {
    return new ObjectionHandler(Text.clip(fill(objection, values), Limits.LABEL),
        Text.clip(fill(response, values), Limits.TEXT));
  }

  private static List<String> labels(List<String> templates, String[] values) {
    return templates.stream().map(t -> Text.clip(fill(t, values), Limits.LABEL)).toList();
  }

  private static String fill(String template, String[] values) {
    return Text.fill(template, values);
  }
}
