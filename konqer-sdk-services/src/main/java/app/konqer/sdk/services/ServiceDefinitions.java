package app.konqer.sdk.services;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.battlecards.BattlecardsInput;
import app.konqer.sdk.services.battlecards.BattlecardsOutput;
import app.konqer.sdk.services.carousel.CarouselInput;
import app.konqer.sdk.services.carousel.CarouselOutput;
import app.konqer.sdk.services.colddm.ColdDmInput;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.coldemail.ColdEmailInput;
import app.konqer.sdk.services.coldemail.ColdEmailOutput;
import app.konqer.sdk.services.communityfinder.CommunityFinderInput;
import app.konqer.sdk.services.communityfinder.CommunityFinderOutput;
import app.konqer.sdk.services.deckheatmap.DeckHeatmapInput;
import app.konqer.sdk.services.deckheatmap.DeckHeatmapOutput;
import app.konqer.sdk.services.noshowshield.NoShowShieldInput;
import app.konqer.sdk.services.noshowshield.NoShowShieldOutput;
import app.konqer.sdk.services.objection.ObjectionInput;
import app.konqer.sdk.services.objection.ObjectionOutput;
import app.konqer.sdk.services.pitchdeck.PitchDeckInput;
import app.konqer.sdk.services.pitchdeck.PitchDeckOutput;
import app.konqer.sdk.services.warmranker.WarmrankerInput;
import app.konqer.sdk.services.warmranker.WarmrankerOutput;
import app.konqer.sdk.services.webinar.WebinarInput;
import app.konqer.sdk.services.webinar.WebinarOutput;
import app.konqer.sdk.services.whitepaper.WhitepaperInput;
import app.konqer.sdk.services.whitepaper.WhitepaperOutput;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of the twelve services: for each {@link ServiceId}, the records of its input and output.
 *
 * <p>Code that handles every service, such as a client's generic generate call, the server's route or the history
 * decoder, looks the types up here rather than switching on the service.
 */
public final class ServiceDefinitions {
  /** Cold DM Personalizer. */
  public static final ServiceDefinition<ColdDmInput, ColdDmOutput> COLD_DM =
      new ServiceDefinition<>(ServiceId.COLD_DM, ColdDmInput.class, ColdDmOutput.class);
  /** Outbound Battlecards AI. */
  public static final ServiceDefinition<BattlecardsInput, BattlecardsOutput> BATTLECARDS =
      new ServiceDefinition<>(ServiceId.BATTLECARDS, BattlecardsInput.class, BattlecardsOutput.class);
  /** Sales Objection Crusher. */
  public static final ServiceDefinition<ObjectionInput, ObjectionOutput> OBJECTION =
      new ServiceDefinition<>(ServiceId.OBJECTION, ObjectionInput.class, ObjectionOutput.class);
  /** Community Finder Pro. */
  public static final ServiceDefinition<CommunityFinderInput, CommunityFinderOutput> COMMUNITY_FINDER =
      new ServiceDefinition<>(ServiceId.COMMUNITY_FINDER, CommunityFinderInput.class, CommunityFinderOutput.class);
  /** LinkedIn Carousel Forge. */
  public static final ServiceDefinition<CarouselInput, CarouselOutput> CAROUSEL =
      new ServiceDefinition<>(ServiceId.CAROUSEL, CarouselInput.class, CarouselOutput.class);
  /** AI Cold Email Writer. */
  public static final ServiceDefinition<ColdEmailInput, ColdEmailOutput> COLD_EMAIL =
      new ServiceDefinition<>(ServiceId.COLD_EMAIL, ColdEmailInput.class, ColdEmailOutput.class);
  /** Startup Pitch Deck Builder. */
  public static final ServiceDefinition<PitchDeckInput, PitchDeckOutput> PITCH_DECK =
      new ServiceDefinition<>(ServiceId.PITCH_DECK, PitchDeckInput.class, PitchDeckOutput.class);
  /** AI Whitepaper Generator. */
  public static final ServiceDefinition<WhitepaperInput, WhitepaperOutput> WHITEPAPER =
      new ServiceDefinition<>(ServiceId.WHITEPAPER, WhitepaperInput.class, WhitepaperOutput.class);
  /** VC Deck Heatmap. */
  public static final ServiceDefinition<DeckHeatmapInput, DeckHeatmapOutput> DECK_HEATMAP =
      new ServiceDefinition<>(ServiceId.DECK_HEATMAP, DeckHeatmapInput.class, DeckHeatmapOutput.class);
  /** Webinar Demand Scanner. */
  public static final ServiceDefinition<WebinarInput, WebinarOutput> WEBINAR =
      new ServiceDefinition<>(ServiceId.WEBINAR, WebinarInput.class, WebinarOutput.class);
  /** Email WarmRanker. */
  public static final ServiceDefinition<WarmrankerInput, WarmrankerOutput> WARMRANKER =
      new ServiceDefinition<>(ServiceId.WARMRANKER, WarmrankerInput.class, WarmrankerOutput.class);
  /** Calendar No-Show Shield. */
  public static final ServiceDefinition<NoShowShieldInput, NoShowShieldOutput> NO_SHOW_SHIELD =
      new ServiceDefinition<>(ServiceId.NO_SHOW_SHIELD, NoShowShieldInput.class, NoShowShieldOutput.class);

  private static final List<ServiceDefinition<?, ?>> ALL = List.of(
      COLD_DM, BATTLECARDS, OBJECTION, COMMUNITY_FINDER, CAROUSEL, COLD_EMAIL,
      PITCH_DECK, WHITEPAPER, DECK_HEATMAP, WEBINAR, WARMRANKER, NO_SHOW_SHIELD);

  private static final Map<ServiceId, ServiceDefinition<?, ?>> BY_ID = index(ALL);

  private ServiceDefinitions() {}

  /**
   * Every service, in {@link ServiceId} order.
   *
   * @return an unmodifiable list of the twelve definitions
   */
  public static List<ServiceDefinition<?, ?>> all() {
    return ALL;
  }

  /**
   * The definition of a service.
   *
   * @param service a service id
   * @return its definition, or empty for {@link ServiceId#UNKNOWN} and {@code null}
   */
  public static Optional<ServiceDefinition<?, ?>> forId(ServiceId service) {
    return service == null ? Optional.empty() : Optional.ofNullable(BY_ID.get(service));
  }

  private static Map<ServiceId, ServiceDefinition<?, ?>> index(List<ServiceDefinition<?, ?>> definitions) {
    Map<ServiceId, ServiceDefinition<?, ?>> byId = new EnumMap<>(ServiceId.class);
    for (ServiceDefinition<?, ?> definition : definitions) {
      if (byId.put(definition.service(), definition) != null) {
        throw new IllegalStateException("Two definitions for " + definition.service());
      }
    }
    return Collections.unmodifiableMap(byId);
  }
}
