package app.konqer.sdk.services;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.model.ServiceType;

/**
 * One service in the catalog, a row of {@code GET /services}.
 *
 * @param service the service id
 * @param name the display name, such as {@code Cold DM Personalizer}
 * @param slug the URL slug, such as {@code cold-dm-personalizer}
 * @param type the product line
 * @param priceMonthlyCents the monthly price of this service alone, in euro cents (9900 is 99 EUR)
 * @param priceYearlyCents the yearly price of this service alone, in euro cents
 * @param dailyLimit the most generations a user may run with it per UTC day
 * @param enabled whether it accepts generations now; a disabled service answers 503 {@code service_disabled}
 */
public record CatalogEntry(
    ServiceId service,
    String name,
    String slug,
    ServiceType type,
    long priceMonthlyCents,
    long priceYearlyCents,
    int dailyLimit,
    boolean enabled) {}
