package app.konqer.sdk.model;

import app.konqer.sdk.json.KonqerJson;
import com.squareup.moshi.Json;
import java.util.Optional;

/**
 * The twelve Konqer services, by their wire id (the path segment in {@code /services/{service}/generate}).
 *
 * <p>{@link #UNKNOWN} stands for a service this SDK version does not know yet.
 */
public enum ServiceId {
  /** Cold DM Personalizer. */
  @Json(name = "cold-dm") COLD_DM,
  /** Outbound Battlecards AI. */
  @Json(name = "battlecards") BATTLECARDS,
  /** Sales Objection Crusher. */
  @Json(name = "objection") OBJECTION,
  /** Community Finder Pro. */
  @Json(name = "community-finder") COMMUNITY_FINDER,
  /** LinkedIn Carousel Forge. */
  @Json(name = "carousel") CAROUSEL,
  /** AI Cold Email Writer. */
  @Json(name = "cold-email") COLD_EMAIL,
  /** Startup Pitch Deck Builder. */
  @Json(name = "pitch-deck") PITCH_DECK,
  /** AI Whitepaper Generator. */
  @Json(name = "whitepaper") WHITEPAPER,
  /** VC Deck Heatmap. */
  @Json(name = "deck-heatmap") DECK_HEATMAP,
  /** Webinar Demand Scanner. */
  @Json(name = "webinar") WEBINAR,
  /** Email WarmRanker. */
  @Json(name = "warmranker") WARMRANKER,
  /** Calendar No-Show Shield. */
  @Json(name = "no-show-shield") NO_SHOW_SHIELD,
  /** A service this SDK version does not know. */
  UNKNOWN;

  /**
   * The wire id, such as {@code cold-dm}.
   *
   * @return the id used in JSON and URLs
   */
  public String id() {
    return KonqerJson.wireName(this);
  }

  /**
   * Looks a service up by its wire id.
   *
   * @param id a wire id such as {@code cold-dm}
   * @return the service, or empty when no known service has that id
   */
  public static Optional<ServiceId> fromId(String id) {
    for (ServiceId service : values()) {
      if (service != UNKNOWN && service.id().equals(id)) {
        return Optional.of(service);
      }
    }
    return Optional.empty();
  }
}
