package app.konqer.server.generation.scoring;

import java.time.Duration;

/** Durations in words, as people read them in a reminder: "45 minutes", "3 hours", "2 days". */
final class Durations {
  private static final long MINUTES_PER_HOUR = 60;
  private static final long MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

  private Durations() {
  }

  static String inWords(Duration duration) {
    return inWords(duration.toMinutes());
  }

  static String inWords(long minutes) {
    if (minutes >= 2 * MINUTES_PER_DAY) {
      return plural(minutes / MINUTES_PER_DAY, "day");
    }
    if (minutes >= MINUTES_PER_HOUR) {
      return plural(minutes / MINUTES_PER_HOUR, "hour");
    }
    return plural(minutes, "minute");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
