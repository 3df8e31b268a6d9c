package app.konqer.server.generation.offline;

import app.konqer.sdk.services.deckheatmap.DeckSlide;
import app.konqer.server.generation.scoring.NormalizedText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a reviewer notices about one slide at a glance: its length, sentence length, numbers, buzzwords and proof.
 *
 * @param cover whether it is the first slide, which introduces the company rather than making a claim
 * @param hasTitle whether the slide has a title
 * @param titleWords the title's word count
 * @param words the content's word count
 * @param averageSentenceWords the content's average sentence length in words
 * @param hasNumber whether the title or content holds a figure
 * @param buzzwords the buzzwords found, as listed in {@link #BUZZWORDS}
 * @param hasProof whether it speaks of customers, revenue, growth or similar proof
 * @param text the title and content, normalized, for topic matching
 */
record SlideFacts(boolean cover, boolean hasTitle, int titleWords, int words, double averageSentenceWords,
    boolean hasNumber, List<String> buzzwords, boolean hasProof, NormalizedText text) {
  /** Words that make investors discount a claim. */
  static final Phrases BUZZWORDS = Phrases.of("revolutionary", "disruptive", "disrupt", "synergy", "synergies",
      "world class", "best in class", "cutting edge", "game changing", "game changer", "paradigm shift",
      "next generation", "seamless", "unique", "uber for", "leverage", "groundbreaking");

  private static final Phrases PROOF = Phrases.of("customer", "customers", "revenue", "arr", "mrr", "growth",
      "pilot", "pilots", "retention", "churn", "users", "paying", "signed", "loi", "contracts", "mom", "yoy");

  private static final Pattern NUMBER = Pattern.compile("\\d");
  private static final Pattern SENTENCE = Pattern.compile("[.!?\\n\u2022]+");

  static SlideFacts of(int index, DeckSlide slide) {
    String title = Text.oneLine(slide.title());
    String content = slide.content() == null ? "" : slide.content();
    NormalizedText text = NormalizedText.of(title + " " + content);
    int words = Text.wordCount(content);
    long sentences = SENTENCE.splitAsStream(content).filter(s -> !s.isBlank()).count();
    return new SlideFacts(index == 1, !title.isEmpty(), Text.wordCount(title), words,
        sentences == 0 ? 0 : (double) words / sentences,
        NUMBER.matcher(title + content).find(),
        BUZZWORDS.foundIn(text),
        PROOF.anyIn(text),
        text);
  }
}
