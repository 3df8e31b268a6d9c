package app.konqer.server.generation.offline;

import app.konqer.sdk.services.Tone;
import app.konqer.sdk.services.carousel.CarouselInput;
import app.konqer.sdk.services.carousel.CarouselOutput;
import app.konqer.sdk.services.carousel.CarouselSlide;
import app.konqer.sdk.services.contract.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drafts a LinkedIn carousel of exactly {@code slide_count} slides, indexed from 1: a cover with the hook, why the
 * topic matters to the audience, one practical point per slide, a recap and the call to action. Every slide has a
 * visual prompt in the tone's visual style.
 *
 * <p>{@code estimated_reach} is indicative: a base of 1,500 impressions, 400 more per slide, and up to 4,000 more
 * that vary with the topic, rounded to hundreds.
 *
 * <p>Leaves to the pipeline: {@code canva_edit_link}.
 */
final class CarouselWriter implements ServiceWriter<CarouselInput, CarouselOutput> {
  private static final int MIN_SLIDES = 5;
  private static final int MAX_SLIDES = 15;

  private static final List<Point> POINTS = List.of(
      new Point("Start with the number that hurts",
          "Pick the one metric where this shows up in your results, and write down where it stands today. "
              + "Everything else builds on that baseline.", "a magnifying glass over a single bar chart"),
      new Point("Find where the time goes",
          "Map one week of work step by step. Most {audience} find that a handful of steps eat most of the hours.",
          "a stopwatch next to a simple process map"),
      new Point("Fix the handoffs first",
          "Problems like these rarely sit inside one team. They sit between teams, where nobody owns the next "
              + "step.", "two hands passing a baton"),
      new Point("Make it visible",
          "Put the key number on one shared screen. What the team sees every morning is what the team improves.",
          "a large dashboard screen with one highlighted number"),
      new Point("Automate the repetitive 20%",
          "Look for the steps that are the same every time. Automate those first and keep people on the judgement "
              + "calls.", "a gear turning a checklist"),
      new Point("Test small, then scale",
          "Run a two-week pilot with one team before you roll anything out. A small win convinces more people than "
              + "a big plan.", "a small seedling growing into a tree"),
      new Point("Ask the people closest to the work",
          "The people doing the work already know where things break down. Ask them before you buy anything.",
          "a speech bubble with a lightbulb"),
      new Point("Drop one report a month",
          "Every report someone has to build is time not spent on customers. Keep only the ones that drive a "
              + "decision.", "a stack of papers with one crossed out"),
      new Point("Write the playbook down",
          "If it only lives in one person's head, it does not scale. One page per process is enough to start.",
          "an open notebook with a short checklist"),
      new Point("Review it every week",
          "Fifteen minutes every Friday on the numbers beats a quarterly deep dive that comes too late.",
          "a calendar with Fridays circled"),
      new Point("Celebrate the first win",
          "Share the first measurable improvement with the whole team. Momentum is part of the method.",
          "a small trophy on a desk"),
      new Point("Know what to stop doing",
          "For {audience}, progress often comes from dropping work, not adding it. List what you will stop.",
          "a hand pressing a stop button"));

  private static final Map<Tone, Voice> VOICES = Map.of(
      Tone.FRIENDLY, new Voice(
          List.of("{Topic}: {count} slides for {audience}, no fluff.",
              "{Topic}. Here is what actually works for {audience}, in {count} slides."),
          "Which of these will you try first? Tell me in the comments, and follow for more like this.",
          "warm colours, rounded shapes and a hand-drawn feel"),
      Tone.DIRECT, new Voice(
          List.of("{Topic}. {count} slides. No fluff.", "{Topic}: what most {audience} get wrong, and the fix."),
          "Save this post and pick one step to start on Monday. Follow for more.",
          "black and white with one bold accent colour"),
      Tone.FORMAL, new Voice(
          List.of("{Topic}: a practical guide for {audience} in {count} slides.",
              "{Topic}: what {audience} should know, in {count} slides."),
          "If this was useful, save the post and share it with a colleague who faces the same question.",
          "a navy and grey corporate palette with clean lines"));

  @Override
  public CarouselOutput write(CarouselInput input, ServerFacts facts) {
    Variation variation = Variation.of(input.topic(), input.targetAudience(), input.slideCount(), input.tone());
    Voice voice = voice(input.tone());
    int count = Math.max(MIN_SLIDES, Math.min(MAX_SLIDES, input.slideCount() == null
        ? CarouselInput.DEFAULT_SLIDE_COUNT : input.slideCount()));
    String topic = Text.phrase(input.topic(), 12, 120);
    String[] values = {"topic", topic, "Topic", Text.capitalize(topic),
        "audience", Text.phrase(input.targetAudience(), 10, 100), "count", String.valueOf(count)};

    String hook = Text.fill(variation.pick("hook", voice.hooks()), values);
    String cta = Text.fill(voice.cta(), values);
    List<Point> points = variation.rotate("points", POINTS).subList(0, count - 4);

    List<CarouselSlide> slides = new ArrayList<>();
    slides.add(slide(slides, Text.capitalize(topic), hook + " Swipe through.", "a bold, uncluttered cover layout",
        voice));
    slides.add(slide(slides, "Why this matters now",
        Text.fill("For {audience}, this decides where the week goes. Small changes here show up in the numbers "
            + "within a month.", values), "an upward arrow breaking through a flat line", voice));
    for (Point point : points) {
      slides.add(slide(slides, point.title(), Text.fill(point.content(), values), point.motif(), voice));
    }
    slides.add(slide(slides, "The short version",
        Text.and(points.stream().limit(4).map(p -> p.title().toLowerCase(Locale.ROOT)).toList())
            .transform(Text::capitalize) + ".", "a checklist with every box ticked", voice));
    slides.add(slide(slides, "Your next step", cta, "an arrow pointing to a comment box", voice));

    int reach = (1_500 + 400 * count + variation.between("reach", 0, 4_000)) / 100 * 100;
    return new CarouselOutput(Text.clip(hook, Limits.TEXT), slides, Text.clip(cta, Limits.TEXT), reach, null);
  }

  private static CarouselSlide slide(List<CarouselSlide> before, String title, String content, String motif,
      Voice voice) {
    String headline = Text.clip(title, Limits.LABEL);
    String visual = "Portrait 4:5 (1080x1350) LinkedIn carousel slide in " + voice.visualStyle() + ": the headline \""
        + Text.clip(headline, 120) + "\" in large type, a simple illustration of " + motif
        + ", generous white space and high contrast for small screens.";
    return new CarouselSlide(before.size() + 1, headline, Text.clip(content, Limits.TEXT),
        Text.clip(visual, Limits.TEXT));
  }

  private static Voice voice(Tone tone) {
    return VOICES.getOrDefault(tone == null ? Tone.FRIENDLY : tone, VOICES.get(Tone.FRIENDLY));
  }

  private record Point(String title, String content, String motif) {}

  private record Voice(List<String> hooks, String cta, String visualStyle) {}
}
