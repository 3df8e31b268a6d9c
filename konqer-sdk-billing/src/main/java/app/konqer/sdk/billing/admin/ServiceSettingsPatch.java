package app.konqer.sdk.billing.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The body of {@code PATCH /admin/services/{service}}: the settings to change. A {@code null} member is left as it
 * is.
 *
 * @param enabled turns generation on or off
 * @param rateLimitDaily the new daily quota per user, 0 to 100,000
 * @param unlockDay the new founding unlock day, 0 to 365
 */
public record ServiceSettingsPatch(
    Boolean enabled, @Min(0) @Max(100_000) Integer rateLimitDaily, @Min(0) @Max(365) Integer unlockDay) {

  /**
   * A patch that changes only whether the service is enabled.
   *
   * @param enabled the new value
   * @return the patch
   */
  public static ServiceSettingsPatch enabled(boolean enabled) {
    return new ServiceSettingsPatch(enabled, null, null);
  }

  /**
   * A patch that changes only the daily quota.
   *
   * @param rateLimitDaily the new daily quota per user
   * @return the patch
   */
  public static ServiceSettingsPatch rateLimitDaily(int rateLimitDaily) {
    return new ServiceSettingsPatch(null, rateLimitDaily, null);
  }

  /**
   * A patch that changes only the founding unlock day.
   *
   * @param unlockDay the new day
   * @return the patch
   */
  public static ServiceSettingsPatch unlockDay(int unlockDay) {
    return new ServiceSettingsPatch(null, null, unlockDay);
  }
}
