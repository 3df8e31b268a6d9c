package app.konqer.server.generation.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a message refers to a recent activity item such as "Posted about scaling SDR teams".
 *
 * <p>A message refers to the item when it contains the whole item, or when it shares at least two of the item's
 * keywords (all of them when the item has only one). Keywords are words of three or more characters that are not
 * stop words or activity verbs ("posted", "shared", ...). Words are compared after a light stemming, so "scaling"
 * matches "scale" and "hiring" matches "hire".
 */
final class ActivityReference {
  private static final int KEYWORDS_REQUIRED = 2;
  private static final int MIN_KEYWORD_LENGTH = 3;

  private static final Set<String> STOP_WORDS = Set.of(
      "the", "and", "for", "you", "your", "our", "are", "was", "were", "with", "about", "from", "this", "that",
      "these", "those", "have", "has", "had", "its", "his", "her", "their", "they", "them", "into", "onto", "over",
      "new", "week", "weeks", "last", "just", "via", "who", "what", "how", "why", "when", "will", "can", "been",
      "being", "also", "more", "most", "some", "any", "all", "out", "not", "but", "recently", "recent", "today",
      "yesterday", "post", "posts", "posted", "shared", "share", "shares", "wrote", "write", "writes", "liked",
      "like", "likes", "commented", "comment", "comments", "article", "linkedin", "twitter", "company");

  private ActivityReference() {
  }

  static boolean refersTo(NormalizedText message, Set<String> messageStems, String activity) {
    NormalizedText item = NormalizedText.of(activity);
    if (message.contains(item)) {
      return true;
    }
    Set<String> keywords = keywordStems(item.words());
    if (keywords.isEmpty()) {
      return false;
    }
    Set<String> shared = new HashSet<>(keywords);
    shared.retainAll(messageStems);
    return shared.size() >= Math.min(KEYWORDS_REQUIRED, keywords.size());
  }

  static Set<String> stems(List<String> words) {
    return words.stream().map(ActivityReference::stem).collect(Collectors.toSet());
  }

  private static Set<String> keywordStems(List<String> words) {
    return words.stream()
        .filter(w -> w.length() >= MIN_KEYWORD_LENGTH && !STOP_WORDS.contains(w))
        .map(ActivityReference::stem)
        .collect(Collectors.toSet());
  }

  static String stem(String word) {
    String w = word;
    if (w.length() > 5 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
    } else if (w.length() > 4 && (w.endsWith("ed") || w.endsWith("es"))) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 3 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
