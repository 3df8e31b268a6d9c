package app.konqer.sdk.billing.admin;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;

/**
 * The operator's settings of one service, from {@code GET /admin/services}.
 *
 * @param service the service
 * @param name the display name
 * @param slug the URL slug
 * @param type the product line
 * @param priceMonthlyCents the monthly single-service price in cents
 * @param priceYearlyCents the yearly single-service price in cents
 * @param rateLimitDaily the daily quota per user
 * @param enabled whether generation is on; a disabled service answers 503 {@code service_disabled}
 * @param unlockDay for founding members: the day after purchase on which the service unlocks (0 = at once)
 */
public record ServiceSettings(
    ServiceId service,
    String name,
    String slug,
    ServiceType type,
    long priceMonthlyCents,
    long priceYearlyCents,
    int rateLimitDaily,
    boolean enabled,
    int unlockDay) {}
