package app.konqer.server.generation.offline;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.server.generation.scoring.NoShowRiskScorer;
import app.konqer.server.generation.scoring.WarmthScorer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The table of offline writers: one {@link ServiceWriter} for each of the services of
 * {@link ServiceDefinitions#all()}.
 *
 * <p>A table that misses a service cannot be built: {@link Builder#build()} names every missing service, so a server
 * with an incomplete table fails at startup rather than on the first generation.
 */
public final class OfflineWriters {
  private final Map<ServiceId, ServiceWriter<?, ?>> writers;

  private OfflineWriters(Map<ServiceId, ServiceWriter<?, ?>> writers) {
    this.writers = Collections.unmodifiableMap(new EnumMap<>(writers));
  }

  /**
   * The twelve standard writers, with scorers of their own.
   *
   * @return the table
   */
  public static OfflineWriters standard() {
    return standard(new WarmthScorer(), new NoShowRiskScorer());
  }

  /**
   * The twelve standard writers.
   *
   * @param warmth ranks the warmranker leads, as the pipeline does
   * @param noShowRisk assesses the no-show-shield booking and plans its reminders, as the pipeline does
   * @return the table
   */
  public static OfflineWriters standard(WarmthScorer warmth, NoShowRiskScorer noShowRisk) {
    return builder()
        .put(ServiceDefinitions.COLD_DM, new ColdDmWriter())
        .put(ServiceDefinitions.BATTLECARDS, new BattlecardsWriter())
        .put(ServiceDefinitions.OBJECTION, new ObjectionWriter())
        .put(ServiceDefinitions.COMMUNITY_FINDER, new CommunityFinderWriter())
        .put(ServiceDefinitions.CAROUSEL, new CarouselWriter())
        .put(ServiceDefinitions.COLD_EMAIL, new ColdEmailWriter())
        .put(ServiceDefinitions.PITCH_DECK, new PitchDeckWriter())
        .put(ServiceDefinitions.WHITEPAPER, new WhitepaperWriter())
        .put(ServiceDefinitions.DECK_HEATMAP, new DeckHeatmapWriter())
        .put(ServiceDefinitions.WEBINAR, new WebinarWriter())
        .put(ServiceDefinitions.WARMRANKER, new WarmrankerWriter(warmth))
        .put(ServiceDefinitions.NO_SHOW_SHIELD, new NoShowShieldWriter(noShowRisk))
        .build();
  }

  /**
   * Starts an empty table, to assemble one with other writers.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The writer of a service.
   *
   * @param definition the service
   * @param <I> the input record type
   * @param <O> the output record type
   * @return its writer
   */
  @SuppressWarnings("unchecked")
  public <I extends ServiceInput, O extends ServiceOutput> ServiceWriter<I, O> writerFor(
      ServiceDefinition<I, O> definition) {
    Objects.requireNonNull(definition, "definition");
    // Safe: Builder.put only pairs a definition with a writer of the same input and output types.
    return (ServiceWriter<I, O>) writers.get(definition.service());
  }

  /** Assembles a table; every service of {@link ServiceDefinitions#all()} needs a writer. */
  public static final class Builder {
    private final Map<ServiceId, ServiceWriter<?, ?>> writers = new EnumMap<>(ServiceId.class);

    private Builder() {}

    /**
     * Sets the writer of a service.
     *
     * @param definition the service
     * @param writer its writer
     * @param <I> the input record type
     * @param <O> the output record type
     * @return this builder
     * @throws IllegalArgumentException if the service already has a writer
     */
    public <I extends ServiceInput, O extends ServiceOutput> Builder put(ServiceDefinition<I, O> definition,
        ServiceWriter<I, O> writer) {
      Objects.requireNonNull(definition, "definition");
      Objects.requireNonNull(writer, "writer");
      if (writers.putIfAbsent(definition.service(), writer) != null) {
        throw new IllegalArgumentException("Two offline writers for " + definition.service().id());
      }
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws IllegalStateException naming every service without a writer
     */
    public OfflineWriters build() {
      List<String> missing = ServiceDefinitions.all().stream()
          .filter(definition -> !writers.containsKey(definition.service()))
          .map(definition -> definition.service().id())
          .toList();
      if (!missing.isEmpty()) {
        throw new IllegalStateException("No offline writer for " + String.join(", ", missing));
      }
      return new OfflineWriters(writers);
    }
  }
}
