package app.konqer.server.generation;

import app.konqer.server.enrichment.ProspectEnricher;
import app.konqer.server.generation.engine.Generator;
import app.konqer.server.generation.engine.OfflineEngine;
import app.konqer.server.generation.objection.ObjectionKnowledgeRepository;
import app.konqer.server.generation.objection.ObjectionPlanner;
import app.konqer.server.generation.offline.OfflineWriters;
import app.konqer.server.generation.offline.TokenEstimator;
import app.konqer.server.generation.prompt.PromptLibrary;
import com.squareup.moshi.Moshi;
import java.net.URI;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What generation is built from, besides the database and the clock: production assembles them from the
 * configuration, tests swap single parts (a generator on a MockWebServer, one that waits on a latch).
 *
 * @param generator writes the outputs: OpenAI or offline
 * @param enricher looks cold-dm prospects up
 * @param planner plans objection answers
 * @param prompts the system prompts
 * @param writers the offline writers of every service
 * @param canvaTemplateUrl the Canva template carousels link to, or {@code null}
 */
public record GenerationParts(
    Generator generator,
    ProspectEnricher enricher,
    ObjectionPlanner planner,
    PromptLibrary prompts,
    OfflineWriters writers,
    URI canvaTemplateUrl) {

  /** Requires every part but the Canva template. */
  public GenerationParts {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(enricher, "enricher");
    Objects.requireNonNull(planner, "planner");
    Objects.requireNonNull(prompts, "prompts");
    Objects.requireNonNull(writers, "writers");
  }

  /**
   * The parts of a server without upstream services: the offline generator, no enrichment, no Canva template, and
   * the objection knowledge read from the database.
   *
   * @param database the migrated database
   * @param moshi a {@code KonqerJson} instance
   * @return the parts
   */
  public static GenerationParts offline(DataSource database, Moshi moshi) {
    return new GenerationParts(new OfflineEngine(new TokenEstimator(moshi)), ProspectEnricher.none(),
        new ObjectionPlanner(new ObjectionKnowledgeRepository(database).load()), PromptLibrary.load(),
        OfflineWriters.standard(), null);
  }

  /**
   * These parts with another generator.
   *
   * @param other the generator
   * @return a copy
   */
  public GenerationParts withGenerator(Generator other) {
    return new GenerationParts(other, enricher, planner, prompts, writers, canvaTemplateUrl);
  }

  /**
   * These parts with another enricher.
   *
   * @param other the enricher
   * @return a copy
   */
  public GenerationParts withEnricher(ProspectEnricher other) {
    return new GenerationParts(generator, other, planner, prompts, writers, canvaTemplateUrl);
  }

  /**
   * These parts with a Canva template.
   *
   * @param url the template, or {@code null} for none
   * @return a copy
   */
  public GenerationParts withCanvaTemplate(URI url) {
    return new GenerationParts(generator, enricher, planner, prompts, writers, url);
  }
}
