package app.konqer.server.generation.catalog;

import static app.konqer.server.generation.rules.OutputRules.countOf;
import static app.konqer.server.generation.rules.OutputRules.descending;
import static app.konqer.server.generation.rules.OutputRules.increasing;
import static app.konqer.server.generation.rules.OutputRules.numberedFromOne;
import static app.konqer.server.generation.rules.OutputRules.oneEach;
import static app.konqer.server.generation.rules.OutputRules.words;

import app.konqer.sdk.model.ServiceId;
import app.konqer.sdk.services.ServiceDefinition;
import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.carousel.CarouselOutput;
import app.konqer.sdk.services.carousel.CarouselSlide;
import app.konqer.sdk.services.colddm.ColdDmOutput;
import app.konqer.sdk.services.coldemail.ColdEmailOutput;
import app.konqer.sdk.services.coldemail.FollowUp;
import app.konqer.sdk.services.communityfinder.Community;
import app.konqer.sdk.services.communityfinder.CommunityFinderOutput;
import app.konqer.sdk.services.deckheatmap.DeckHeatmapOutput;
import app.konqer.sdk.services.deckheatmap.ScoredSlide;
import app.konqer.sdk.services.noshowshield.Reminder;
import app.konqer.sdk.services.pitchdeck.PitchDeckOutput;
import app.konqer.sdk.services.pitchdeck.PitchDeckSlide;
import app.konqer.sdk.services.warmranker.Lead;
import app.konqer.sdk.services.warmranker.RankedLead;
import app.konqer.sdk.services.webinar.WebinarOutput;
import app.konqer.sdk.services.webinar.WebinarTopic;
import app.konqer.sdk.services.whitepaper.WhitepaperOutput;
import app.konqer.server.enrichment.ProspectEnricher;
import app.konqer.server.generation.computed.CarouselFill;
import app.konqer.server.generation.computed.ColdDmSteps;
import app.konqer.server.generation.computed.NoShowShieldFill;
import app.konqer.server.generation.computed.ObjectionSteps;
import app.konqer.server.generation.computed.WarmrankerFill;
import app.konqer.server.generation.objection.ObjectionPlanner;
import app.konqer.server.generation.offline.OfflineWriters;
import app.konqer.server.generation.prompt.PromptLibrary;
import app.konqer.server.generation.rules.BookingRules;
import app.konqer.server.generation.schema.ServerComputedMembers;
import app.konqer.server.generation.scoring.NoShowRiskScorer;
import app.konqer.server.generation.scoring.PersonalizationScorer;
import app.konqer.server.generation.scoring.WarmthScorer;
import java.net.URI;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's table of the twelve services: one {@link ServiceRow} each, holding everything the generation
 * pipeline needs to run it. What differs between services is data in this table (the model's schema, derived once
 * from the output record; the system prompt; the offline writer; the facts established before generation; the fill
 * of the server-computed members; the rules beyond bean validation), so the pipeline itself never branches on the
 * service.
 */
public final class ServiceCatalog {
  private final Map<ServiceId, ServiceRow<?, ?>> rows;

  private ServiceCatalog(List<ServiceRow<?, ?>> rows) {
    Map<ServiceId, ServiceRow<?, ?>> byId = new EnumMap<>(ServiceId.class);
    for (ServiceRow<?, ?> row : rows) {
      if (byId.put(row.definition().service(), row) != null) {
        throw new IllegalStateException("Two catalog rows for " + row.id());
      }
    }
    List<String> missing = ServiceDefinitions.all().stream()
        .map(ServiceDefinition::service)
        .filter(service -> !byId.containsKey(service))
        .map(ServiceId::id)
        .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("No catalog row for " + String.join(", ", missing));
    }
    this.rows = Collections.unmodifiableMap(byId);
  }

  /**
   * The standard table.
   *
   * @param prompts the system prompts
   * @param writers the offline writers
   * @param enricher looks cold-dm prospects up; {@link ProspectEnricher#none()} without a data source
   * @param planner plans objection answers
   * @param canvaTemplate the Canva template carousels link to, or {@code null}
   * @return the catalog
   * @throws IllegalStateException when a service has no row or no prompt
   */
  public static ServiceCatalog standard(PromptLibrary prompts, OfflineWriters writers, ProspectEnricher enricher,
      ObjectionPlanner planner, URI canvaTemplate) {
    Rows table = new Rows(prompts, writers);
    ColdDmSteps coldDm = new ColdDmSteps(enricher, new PersonalizationScorer());
    ObjectionSteps objection = new ObjectionSteps(planner);
    WarmrankerFill warmth = new WarmrankerFill(new WarmthScorer());
    NoShowShieldFill noShow = new NoShowShieldFill(new NoShowRiskScorer());
    CarouselFill carousel = new CarouselFill(canvaTemplate);
    return new ServiceCatalog(List.of(
        table.row(ServiceDefinitions.COLD_DM)
            .facts(coldDm::facts).fill(coldDm::fill)
            .output(words(ColdDmOutput::message, "message", 100, 150))
            .personalizationScore(ColdDmOutput::personalizationScore)
            .build(),
        table.row(ServiceDefinitions.BATTLECARDS).build(),
        table.row(ServiceDefinitions.OBJECTION)
            .facts(objection::facts).fill(objection::fill)
            .build(),
        table.row(ServiceDefinitions.COMMUNITY_FINDER)
            .output(descending(CommunityFinderOutput::communities, Community::relevanceScore, "communities",
                "relevance_score", false))
            .build(),
        table.row(ServiceDefinitions.CAROUSEL)
            .fill(carousel::fill)
            .output(countOf(CarouselOutput::slides, in -> in.slideCount(), "slides", "slide_count"),
                numberedFromOne(CarouselOutput::slides, CarouselSlide::index, "slides"))
            .build(),
        table.row(ServiceDefinitions.COLD_EMAIL)
            .output(countOf(ColdEmailOutput::followUps, in -> in.followUpCount(), "follow_ups", "follow_up_count"),
                increasing(ColdEmailOutput::followUps, FollowUp::dayOffset, "follow_ups", "day_offset"))
            .build(),
        table.row(ServiceDefinitions.PITCH_DECK)
            .output(numberedFromOne(PitchDeckOutput::slides, PitchDeckSlide::index, "slides"))
            .build(),
        table.row(ServiceDefinitions.WHITEPAPER)
            .output(countOf(WhitepaperOutput::sections, in -> in.sectionCount(), "sections", "section_count"))
            .build(),
        table.row(ServiceDefinitions.DECK_HEATMAP)
            .output(countOf(DeckHeatmapOutput::slides, in -> in.slides().size(), "slides", "slides"),
                numberedFromOne(DeckHeatmapOutput::slides, ScoredSlide::index, "slides"))
            .build(),
        table.row(ServiceDefinitions.WEBINAR)
            .output(descending(WebinarOutput::topics, WebinarTopic::demandScore, "topics", "demand_score", false))
            .build(),
        table.row(ServiceDefinitions.WARMRANKER)
            .fill(warmth::fill)
            .output(oneEach(o -> o.ranked(), RankedLead::email,
                in -> in.leads().stream().map(Lead::email).toList(), "ranked", "email"))
            .build(),
        table.row(ServiceDefinitions.NO_SHOW_SHIELD)
            .input(BookingRules::scheduledAfterBooking)
            .fill(noShow::fill)
            .output(descending(o -> o.reminderPlan(), Reminder::sendBeforeMinutes, "reminder_plan",
                "send_before_minutes", true), BookingRules::remindersAfterBooking)
            .build()));
  }

  /**
   * A service's row.
   *
   * @param serviceId a wire id from the request path, such as {@code cold-dm}
   * @return the row, or empty when no service has that id
   */
  public Optional<ServiceRow<?, ?>> find(String serviceId) {
    return ServiceId.fromId(serviceId).map(rows::get);
  }

  /**
   * A service's row.
   *
   * @param definition the service
   * @param <I> the input record
   * @param <O> the output record
   * @return its row
   */
  @SuppressWarnings("unchecked")
  public <I extends ServiceInput, O extends ServiceOutput> ServiceRow<I, O> row(ServiceDefinition<I, O> definition) {
    return (ServiceRow<I, O>) rows.get(definition.service());
  }

  /** @return every row, in the order of {@link ServiceId} */
  public List<ServiceRow<?, ?>> rows() {
    return List.copyOf(rows.values());
  }

  /** Starts rows with what every service has: the schema, the prompt and the offline writer. */
  private record Rows(PromptLibrary prompts, OfflineWriters writers) {
    <I extends ServiceInput, O extends ServiceOutput> ServiceRow.Builder<I, O> row(
        ServiceDefinition<I, O> definition) {
      return ServiceRow.builder(definition, ServerComputedMembers.modelSchema(definition.outputType()),
          prompts.systemPrompt(definition.service()), writers.writerFor(definition));
    }
  }
}
