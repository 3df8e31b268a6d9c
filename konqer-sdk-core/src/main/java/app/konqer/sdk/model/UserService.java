package app.konqer.sdk.model;

import java.time.Instant;

/**
 * One service as the signed-in user sees it: whether it is unlocked, and when.
 *
 * @param service the service id
 * @param name the display name, such as {@code Cold DM Personalizer}
 * @param slug the URL slug, such as {@code cold-dm-personalizer}
 * @param type the product line
 * @param unlocked whether the user may generate with it now
 * @param unlockedAt when it was unlocked, if it is
 * @param unlocksAt when it will unlock, if an unlock is scheduled
 */
public record UserService(
    ServiceId service,
    String name,
    String slug,
    ServiceType type,
    boolean unlocked,
    Instant unlockedAt,
    Instant unlocksAt) {}
