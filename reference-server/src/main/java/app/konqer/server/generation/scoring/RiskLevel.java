package app.konqer.server.generation.scoring;

import java.util.Locale;

/** The band a no-show risk falls in. */
public enum RiskLevel {
  /** Below 35. */
  LOW,
  /** 35 to 64. */
  MEDIUM,
  /** 65 and above. */
  HIGH;

  /**
   * The wire value.
   *
   * @return {@code low}, {@code medium} or {@code high}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
