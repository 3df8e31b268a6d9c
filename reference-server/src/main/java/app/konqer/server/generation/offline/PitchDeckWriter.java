package app.konqer.server.generation.offline;

import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.pitchdeck.PitchDeckInput;
import app.konqer.sdk.services.pitchdeck.PitchDeckOutput;
import app.konqer.sdk.services.pitchdeck.PitchDeckSlide;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Outlines an investor deck in the standard order: title, problem, solution, product, market, business model,
 * traction, competition, go-to-market, team, financials, ask.
 *
 * <p>With market, traction and business model all given the deck has 12 slides. Each one missing merges two
 * neighbouring slides, down to 10: first financials with the ask, then solution with product. Slides built on a
 * given input quote it; slides without one say what to put there, so the outline never invents a figure.
 *
 * <p>Leaves nothing to the pipeline.
 */
final class PitchDeckWriter implements ServiceWriter<PitchDeckInput, PitchDeckOutput> {
  /** The slide topics in the standard investor order. */
  enum Topic {
    TITLE, PROBLEM, SOLUTION, PRODUCT, MARKET, BUSINESS_MODEL, TRACTION, COMPETITION, GO_TO_MARKET, TEAM,
    FINANCIALS, ASK
  }

  private static final int MAX_BULLETS = 6;

  /** Pairs merged into one slide, in the order merges are applied; the second topic joins the first. */
  private static final List<Merge> MERGES = List.of(
      new Merge(Topic.FINANCIALS, Topic.ASK, "Financials and the ask"),
      new Merge(Topic.SOLUTION, Topic.PRODUCT, "Solution and product"));

  private static final List<Section> SECTIONS = List.of(
      new Section(Topic.TITLE, d -> d.startup(),
          d -> d.ask().isEmpty() ? List.of(d.oneLiner()) : List.of(d.oneLiner(), "Raising: " + d.ask()),
          d -> "Open with one sentence: " + d.startup() + ", " + d.oneLinerPhrase() + ". Keep this slide to ten "
              + "seconds and go straight to the problem."),
      new Section(Topic.PROBLEM, d -> "Problem",
          d -> concat(d.problem(), "Today's workaround: manual effort, spreadsheets or tools built for someone "
              + "else"),
          d -> "Tell the problem as the story of one customer: " + d.problemPhrase() + ". Make its cost concrete "
              + "before you mention " + d.startup() + "."),
      new Section(Topic.SOLUTION, d -> "Solution",
          d -> concat(d.solution(), d.startup() + " in one line: " + d.oneLinerPhrase()),
          d -> "Tie each part of the solution back to the problem you just described, then show why it works now "
              + "when it did not before."),
      new Section(Topic.PRODUCT, d -> "Product",
          d -> List.of("The core workflow in three steps, from setup to the first result",
              "One screenshot of the moment the customer sees value",
              "What is hard to copy: " + d.solutionPhrase()),
          d -> "Show the product rather than describe it: one screen, one workflow, one result."),
      new Section(Topic.MARKET, d -> "Market",
          d -> d.market().isEmpty() ? List.of(
              "Bottom-up size: number of target customers times annual contract value",
              "The beachhead segment you win first, and the two after it") : d.market(),
          d -> d.market().isEmpty()
              ? "Size the market bottom-up from customers you can name; investors discount top-down figures."
              : "Walk through the market from the segment you win first to the whole opportunity."),
      new Section(Topic.BUSINESS_MODEL, d -> "Business model",
          d -> d.businessModel().isEmpty() ? List.of("Who pays, how much and how often",
              "Gross margin and the payback period on acquiring a customer") : d.businessModel(),
          d -> "Explain who pays and why the price is easy to justify against the cost of the problem."),
      new Section(Topic.TRACTION, d -> "Traction",
          d -> d.traction().isEmpty() ? List.of("Paying customers, pilots or letters of intent to date",
              "Month-over-month growth in the metric that matters most") : d.traction(),
          d -> d.traction().isEmpty()
              ? "Lead with your strongest number, even an early one; a trend beats a snapshot."
              : "Lead with the strongest number and the trend behind it, then one customer quote."),
      new Section(Topic.COMPETITION, d -> "Competition",
          d -> List.of("Alternatives today: manual work, spreadsheets and incumbent suites",
              "Where " + d.startup() + " wins: " + d.oneLinerPhrase(),
              "Why now: what changed that makes this possible today"),
          d -> "Respect the alternatives, then show the one or two dimensions where " + d.startup()
              + " is clearly better."),
      new Section(Topic.GO_TO_MARKET, d -> "Go-to-market",
          d -> List.of("First channel: direct sales to the beachhead segment",
              "Repeatable motion: referrals and case studies from early customers",
              "Partnerships that put " + d.startup() + " in front of buyers"),
          d -> "Show how the first customers were won and why that motion repeats."),
      new Section(Topic.TEAM, d -> "Team",
          d -> List.of("Founders and the experience that makes this team the one to win this market",
              "Key hires planned with this round", "Advisors and early backers"),
          d -> "Say why this team will win: the experience and the unfair insight, in one breath per person."),
      new Section(Topic.FINANCIALS, d -> "Financials",
          d -> List.of("Revenue plan for the next 24 months", "Burn and runway today and after this round",
              "Use of funds: product, go-to-market and team"),
          d -> "Keep the plan simple: the few assumptions that drive it and the milestones it reaches."),
      new Section(Topic.ASK, d -> "The ask",
          d -> d.ask().isEmpty()
              ? List.of("The amount you raise and the runway it buys",
                  "Milestones this round reaches before the next raise")
              : List.of("The ask: " + d.ask(), "Milestones this round reaches before the next raise"),
          d -> d.ask().isEmpty()
              ? "Close with the amount, the runway and the milestones it buys, then stop talking."
              : "Close with the ask, " + d.ask() + ", and the milestones it buys, then stop talking."));

  @Override
  public PitchDeckOutput write(PitchDeckInput input, ServerFacts facts) {
    Deck deck = Deck.of(input);
    long missing = Stream.of(input.market(), input.traction(), input.businessModel())
        .filter(value -> !Text.present(value)).count();
    List<Merge> merges = MERGES.subList(0, (int) Math.min(MERGES.size(), missing));

    List<PitchDeckSlide> slides = new ArrayList<>();
    for (Section section : SECTIONS) {
      Merge merge = merges.stream().filter(m -> m.second() == section.topic()).findFirst().orElse(null);
      if (merge != null) {
        continue;
      }
      Merge into = merges.stream().filter(m -> m.first() == section.topic()).findFirst().orElse(null);
      Section second = into == null ? null : section(into.second());
      String title = into == null ? section.title().apply(deck) : into.title();
      List<String> bullets = new ArrayList<>(section.bullets().apply(deck));
      String notes = section.notes().apply(deck);
      if (second != null) {
        bullets.addAll(second.bullets().apply(deck));
        notes = notes + " " + second.notes().apply(deck);
      }
      slides.add(new PitchDeckSlide(slides.size() + 1, Text.clip(title, Limits.LABEL), bullets(bullets),
          Text.clip(notes, Limits.TEXT)));
    }
    return new PitchDeckOutput(slides);
  }

  private static Section section(Topic topic) {
    return SECTIONS.stream().filter(s -> s.topic() == topic).findFirst().orElseThrow();
  }

  private static List<String> bullets(List<String> bullets) {
    Set<String> distinct = new LinkedHashSet<>();
    bullets.stream().filter(Text::present).map(b -> Text.clip(b, Limits.LABEL)).forEach(distinct::add);
    return distinct.stream().limit(MAX_BULLETS).toList();
  }

  private static List<String> concat(List<String> first, String last) {
    List<String> all = new ArrayList<>(first);
    all.add(last);
    return all;
  }

  private static String first(String text) {
    List<String> sentences = Text.sentences(text, 1, Limits.TEXT);
    return sentences.isEmpty() ? "" : sentences.get(0);
  }

  /** The inputs, clipped for the places they go. */
  private record Deck(String startup, String oneLiner, String oneLinerPhrase, List<String> problem,
      String problemPhrase, List<String> solution, String solutionPhrase, List<String> market,
      List<String> businessModel, List<String> traction, String ask) {
    static Deck of(PitchDeckInput input) {
      return new Deck(
          Text.clipWords(input.startupName(), 8, 80),
          Text.sentence(input.oneLiner(), Limits.LABEL),
          Text.phrase(input.oneLiner(), 20, 200),
          Text.sentences(input.problem(), 3, Limits.LABEL),
          Text.phrase(first(input.problem()), 16, 160),
          Text.sentences(input.solution(), 3, Limits.LABEL),
          Text.phrase(first(input.solution()), 12, 120),
          Text.sentences(input.market(), 4, Limits.LABEL),
          Text.sentences(input.businessModel(), 4, Limits.LABEL),
          Text.sentences(input.traction(), 4, Limits.LABEL),
          Text.phrase(input.ask(), 20, 200));
    }
  }

  private record Section(Topic topic, Function<Deck, String> title, Function<Deck, List<String>> bullets,
      Function<Deck, String> notes) {}

  private record Merge(Topic first, Topic second, String title) {}
}
