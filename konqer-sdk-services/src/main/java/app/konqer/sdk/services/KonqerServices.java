package app.konqer.sdk.services;

import app.konqer.sdk.ApiRequest;
import app.konqer.sdk.ApiResponse;
import app.konqer.sdk.HttpMethod;
import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.RequestOptions;
import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.paging.Page;
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
import com.squareup.moshi.Types;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The twelve Konqer services on a {@link KonqerClient}: one typed endpoint per service, the catalog, today's usage
 * and the generation history. Thread-safe and cheap: it holds no state beyond the client, so create it once next to
 * the client and share it.
 *
 * <pre>{@code
 * try (KonqerClient client = KonqerClient.fromEnv()) {
 *   KonqerServices services = KonqerServices.of(client);
 *
 *   Generation<ColdDmOutput> dm = services.coldDm().generate(ColdDmInput.builder()
 *       .prospectName("Dana Whitfield")
 *       .company("Northwind Logistics")
 *       .offer("Route planning that cuts empty miles by 18%")
 *       .build());
 *   crm.attachMessage(lead, dm.output().message(), dm.personalizationScore());
 *
 *   for (HistoryItem item : services.history().list(HistoryQuery.of(ServiceId.COLD_DM))) {
 *     item.outputAs(ServiceDefinitions.COLD_DM).ifPresent(out -> archive.add(item.id(), out.message()));
 *   }
 * }
 * }</pre>
 *
 * <p>Code that treats every service alike, such as a batch job over a CRM's records, uses
 * {@link #endpoint(ServiceDefinition)} with the rows of {@link ServiceDefinitions}:
 *
 * <pre>{@code
 * ServiceEndpoint<I, O> endpoint = services.endpoint(definition);
 * Generation<O> generation = endpoint.generate(input, RequestOptions.builder().idempotencyKey(recordKey).build());
 * }</pre>
 *
 * <p>Every call comes in six forms, as on {@link KonqerClient}'s own APIs: {@code x()}, {@code x(options)},
 * {@code xAsync()}, {@code xAsync(options)}, {@code xWithResponse(options)} and {@code xWithResponseAsync(options)}.
 * The user's access to each service (unlocked or not, and when) is {@link KonqerClient#user()}'s
 * {@code services()}.
 */
public final class KonqerServices {
  private static final ApiRequest<List<CatalogEntry>> CATALOG = ApiRequest
      .<Page<CatalogEntry>>builder(HttpMethod.GET, "/services",
          Types.newParameterizedType(Page.class, CatalogEntry.class))
      .authenticated(false)
      .build()
      .map(Page::data);
  private static final ApiRequest<List<ServiceUsage>> USAGE = ApiRequest
      .<Page<ServiceUsage>>builder(HttpMethod.GET, "/user/usage",
          Types.newParameterizedType(Page.class, ServiceUsage.class))
      .build()
      .map(Page::data);

  private final KonqerClient client;
  private final Map<ServiceId, ServiceEndpoint<?, ?>> endpoints;
  private final HistoryApi history;

  /**
   * Creates the services on a client. The client stays the caller's to close.
   *
   * @param client the client to send with
   */
  public KonqerServices(KonqerClient client) {
    this.client = Objects.requireNonNull(client, "client");
    Map<ServiceId, ServiceEndpoint<?, ?>> byService = new EnumMap<>(ServiceId.class);
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      byService.put(definition.service(), new ServiceEndpoint<>(client, definition));
    }
    this.endpoints = Collections.unmodifiableMap(byService);
    this.history = new HistoryApi(client);
  }

  /**
   * Creates the services on a client.
   *
   * @param client the client to send with
   * @return the services
   */
  public static KonqerServices of(KonqerClient client) {
    return new KonqerServices(client);
  }

  /**
   * The endpoint of any service, typed by its definition: for code that handles every service alike.
   *
   * @param definition a row of {@link ServiceDefinitions}, such as {@link ServiceDefinitions#WEBINAR}
   * @param <I> the service's input record type
   * @param <O> the service's output record type
   * @return the endpoint
   * @throws IllegalArgumentException when the definition names other records than {@link ServiceDefinitions} does
   *     for its service
   */
  @SuppressWarnings("unchecked")
  public <I extends ServiceInput, O extends ServiceOutput> ServiceEndpoint<I, O> endpoint(
      ServiceDefinition<I, O> definition) {
    Objects.requireNonNull(definition, "definition");
    ServiceEndpoint<?, ?> endpoint = endpoints.get(definition.service());
    // ServiceDefinitions' own rows are the same objects: a record's equals would cost more than the rest of the
    // lookup on every call.
    if (endpoint.definition() != definition && !endpoint.definition().equals(definition)) {
      throw new IllegalArgumentException("Not the definition of " + definition.service().id() + ": use "
          + "ServiceDefinitions, whose records are " + endpoint.definition().inputType().getSimpleName() + " and "
          + endpoint.definition().outputType().getSimpleName());
    }
    return (ServiceEndpoint<I, O>) endpoint;
  }

  /**
   * Cold DM Personalizer: a LinkedIn DM of 100 to 150 words, personalized from the prospect and scored.
   *
   * @return the cold-dm endpoint
   */
  public ServiceEndpoint<ColdDmInput, ColdDmOutput> coldDm() {
    return endpoint(ServiceDefinitions.COLD_DM);
  }

  /**
   * Outbound Battlecards AI: a battlecard against a competitor.
   *
   * @return the battlecards endpoint
   */
  public ServiceEndpoint<BattlecardsInput, BattlecardsOutput> battlecards() {
    return endpoint(ServiceDefinitions.BATTLECARDS);
  }

  /**
   * Sales Objection Crusher: a structured answer to a sales objection.
   *
   * @return the objection endpoint
   */
  public ServiceEndpoint<ObjectionInput, ObjectionOutput> objection() {
    return endpoint(ServiceDefinitions.OBJECTION);
  }

  /**
   * Community Finder Pro: online communities where the ideal customer gathers.
   *
   * @return the community-finder endpoint
   */
  public ServiceEndpoint<CommunityFinderInput, CommunityFinderOutput> communityFinder() {
    return endpoint(ServiceDefinitions.COMMUNITY_FINDER);
  }

  /**
   * LinkedIn Carousel Forge: a LinkedIn carousel, slide by slide.
   *
   * @return the carousel endpoint
   */
  public ServiceEndpoint<CarouselInput, CarouselOutput> carousel() {
    return endpoint(ServiceDefinitions.CAROUSEL);
  }

  /**
   * AI Cold Email Writer: subject lines, a body and follow-ups.
   *
   * @return the cold-email endpoint
   */
  public ServiceEndpoint<ColdEmailInput, ColdEmailOutput> coldEmail() {
    return endpoint(ServiceDefinitions.COLD_EMAIL);
  }

  /**
   * Startup Pitch Deck Builder: an investor deck in the standard order.
   *
   * @return the pitch-deck endpoint
   */
  public ServiceEndpoint<PitchDeckInput, PitchDeckOutput> pitchDeck() {
    return endpoint(ServiceDefinitions.PITCH_DECK);
  }

  /**
   * AI Whitepaper Generator: a whitepaper in sections.
   *
   * @return the whitepaper endpoint
   */
  public ServiceEndpoint<WhitepaperInput, WhitepaperOutput> whitepaper() {
    return endpoint(ServiceDefinitions.WHITEPAPER);
  }

  /**
   * VC Deck Heatmap: where investors' attention goes on each slide of a deck.
   *
   * @return the deck-heatmap endpoint
   */
  public ServiceEndpoint<DeckHeatmapInput, DeckHeatmapOutput> deckHeatmap() {
    return endpoint(ServiceDefinitions.DECK_HEATMAP);
  }

  /**
   * Webinar Demand Scanner: webinar topics ranked by demand.
   *
   * @return the webinar endpoint
   */
  public ServiceEndpoint<WebinarInput, WebinarOutput> webinar() {
    return endpoint(ServiceDefinitions.WEBINAR);
  }

  /**
   * Email WarmRanker: leads ranked by warmth.
   *
   * @return the warmranker endpoint
   */
  public ServiceEndpoint<WarmrankerInput, WarmrankerOutput> warmranker() {
    return endpoint(ServiceDefinitions.WARMRANKER);
  }

  /**
   * Calendar No-Show Shield: a meeting's no-show risk and a reminder plan.
   *
   * @return the no-show-shield endpoint
   */
  public ServiceEndpoint<NoShowShieldInput, NoShowShieldOutput> noShowShield() {
    return endpoint(ServiceDefinitions.NO_SHOW_SHIELD);
  }

  /**
   * The signed-in user's generation history.
   *
   * @return the history API
   */
  public HistoryApi history() {
    return history;
  }

  /**
   * The catalog of the twelve services: names, prices, daily limits and whether each is enabled. Needs no token.
   *
   * @return the services in catalog order
   */
  public List<CatalogEntry> catalog() {
    return client.execute(CATALOG);
  }

  /**
   * The catalog of the twelve services.
   *
   * @param options per-call options
   * @return the services in catalog order
   */
  public List<CatalogEntry> catalog(RequestOptions options) {
    return client.execute(CATALOG.withOptions(options));
  }

  /**
   * The catalog of the twelve services, without blocking.
   *
   * @return the services, when they arrive
   */
  public CompletableFuture<List<CatalogEntry>> catalogAsync() {
    return client.executeAsync(CATALOG);
  }

  /**
   * The catalog of the twelve services, without blocking.
   *
   * @param options per-call options
   * @return the services, when they arrive
   */
  public CompletableFuture<List<CatalogEntry>> catalogAsync(RequestOptions options) {
    return client.executeAsync(CATALOG.withOptions(options));
  }

  /**
   * The catalog of the twelve services, with the response metadata.
   *
   * @param options per-call options
   * @return the services and the metadata
   */
  public ApiResponse<List<CatalogEntry>> catalogWithResponse(RequestOptions options) {
    return client.executeWithResponse(CATALOG.withOptions(options));
  }

  /**
   * The catalog of the twelve services, with the response metadata, without blocking.
   *
   * @param options per-call options
   * @return the services and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<List<CatalogEntry>>> catalogWithResponseAsync(RequestOptions options) {
    return client.executeWithResponseAsync(CATALOG.withOptions(options));
  }

  /**
   * The signed-in user's use of each service today (UTC day), against its daily limit.
   *
   * @return one entry per service
   */
  public List<ServiceUsage> usage() {
    return client.execute(USAGE);
  }

  /**
   * The signed-in user's use of each service today.
   *
   * @param options per-call options
   * @return one entry per service
   */
  public List<ServiceUsage> usage(RequestOptions options) {
    return client.execute(USAGE.withOptions(options));
  }

  /**
   * The signed-in user's use of each service today, without blocking.
   *
   * @return one entry per service, when they arrive
   */
  public CompletableFuture<List<ServiceUsage>> usageAsync() {
    return client.executeAsync(USAGE);
  }

  /**
   * The signed-in user's use of each service today, without blocking.
   *
   * @param options per-call options
   * @return one entry per service, when they arrive
   */
  public CompletableFuture<List<ServiceUsage>> usageAsync(RequestOptions options) {
    return client.executeAsync(USAGE.withOptions(options));
  }

  /**
   * The signed-in user's use of each service today, with the response metadata.
   *
   * @param options per-call options
   * @return the usage and the metadata
   */
  public ApiResponse<List<ServiceUsage>> usageWithResponse(RequestOptions options) {
    return client.executeWithResponse(USAGE.withOptions(options));
  }

  /**
   * The signed-in user's use of each service today, with the response metadata, without blocking.
   *
   * @param options per-call options
   * @return the usage and the metadata, when they arrive
   */
  public CompletableFuture<ApiResponse<List<ServiceUsage>>> usageWithResponseAsync(RequestOptions options) {
    return client.executeWithResponseAsync(USAGE.withOptions(options));
  }

  @Override
  public String toString() {
    return "KonqerServices[" + client + "]";
  }
}
