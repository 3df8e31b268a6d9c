package app.konqer.server.generation.scoring;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how many times a signal happened: "opened 3 times", "clicked 2x", "x4", "5 opens", "twice". A signal
 * without a count happened once.
 */
final class OccurrenceCount {
  private static final Pattern NUMBER_TIMES =
      Pattern.compile("\\b(\\d{1,4}) ?(?:x|times|opens|clicks|visits|views|downloads)\\b");
  private static final Pattern TIMES_NUMBER = Pattern.compile("\\bx(\\d{1,4})\\b");
  private static final Map<String, Integer> WORDS = Map.of("once", 1, "twice", 2, "thrice", 3);

  private OccurrenceCount() {
  }

  static int of(NormalizedText signal) {
    Matcher m = NUMBER_TIMES.matcher(signal.value());
    if (m.find()) {
      return Integer.parseInt(m.group(1));
    }
    m = TIMES_NUMBER.matcher(signal.value());
    if (m.find()) {
      return Integer.parseInt(m.group(1));
    }
    for (String word : signal.words()) {
      Integer count = WORDS.get(word);
      if (count != null) {
        return count;
      }
    }
    return 1;
  }
}
