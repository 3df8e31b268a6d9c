package app.konqer.server.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The sentence of the welcome e-mail that says what a purchase unlocked, and when the rest unlocks. */
final class WelcomeText {
  private WelcomeText() {}

  static String granted(List<Purchases.Granted> granted, Instant purchasedAt) {
    List<String> now = granted.stream().filter(g -> !g.unlocksAt().isAfter(purchasedAt)).map(Purchases.Granted::name)
        .toList();
    long later = granted.size() - now.size();
    String unlocked = now.size() == 1 ? now.get(0) + " is unlocked now."
        : now.size() == granted.size() ? "All " + now.size() + " services are unlocked now."
        : join(now) + " are unlocked now.";
    if (later == 0) {
      return unlocked;
    }
    Instant last = granted.stream().map(Purchases.Granted::unlocksAt).max(Instant::compareTo).orElse(purchasedAt);
    long weeks = (Duration.between(purchasedAt, last).toDays() + 6) / 7;
    return unlocked + " The other " + later + " unlock over the next " + weeks + " weeks; we will write to you as each"
        + " one does.";
  }

  private static String join(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
