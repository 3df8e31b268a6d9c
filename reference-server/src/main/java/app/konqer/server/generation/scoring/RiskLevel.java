package app.konqer.server.generation.scoring;

import java.util.Locale;

/** The band a no-show risk falls in, as the SDK's {@code RiskLevel} defines it. */
public enum RiskLevel {
  /** 0 to 33. */
  LOW(0),
  /** 34 to 66. */
  MEDIUM(34),
  /** 67 to 100. */
  HIGH(67);

  private final int from;

  RiskLevel(int from) {
    this.from = from;
  }

  /**
   * The band of a risk.
   *
   * @param score a risk from 0 to 100
   * @return the highest level whose band starts at or below it
   */
  public static RiskLevel of(int score) {
    RiskLevel level = LOW;
    for (RiskLevel band : values()) {
      if (score >= band.from) {
        level = band;
      }
    }
    return level;
  }

  /**
   * The wire value.
   *
   * @return {@code low}, {@code medium} or {@code high}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
