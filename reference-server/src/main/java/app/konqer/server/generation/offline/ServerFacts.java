package app.konqer.server.generation.offline;

import app.konqer.server.enrichment.Enrichment;
import app.konqer.server.generation.objection.ObjectionPlan;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server established before generation and hands to the writer, exactly as it hands it to the model's
 * prompt: facts that cost a network call or a database read, so that the writer must not fetch them again.
 *
 * <ul>
 *   <li>cold-dm: the prospect's {@link Enrichment} (tech stack, company size, title), or {@link Enrichment#none()};
 *   <li>objection: the {@link ObjectionPlan} (type, framework, case study); required by the objection writer.
 * </ul>
 *
 * <p>Scores that are pure functions of the input (warmth, no-show risk) are not facts: those writers compute them
 * with the same scorers the pipeline uses.
 *
 * @param enrichment the cold-dm prospect's enrichment; {@code null} reads as {@link Enrichment#none()}
 * @param objectionPlan the objection plan; {@code null} when the service is not objection
 */
public record ServerFacts(Enrichment enrichment, ObjectionPlan objectionPlan) {
  private static final ServerFacts NONE = new ServerFacts(Enrichment.none(), null);

  /**
   * Reads a missing enrichment as none.
   *
   * @param enrichment the cold-dm prospect's enrichment; {@code null} reads as {@link Enrichment#none()}
   * @param objectionPlan the objection plan; {@code null} when the service is not objection
   */
  public ServerFacts {
    enrichment = enrichment == null ? Enrichment.none() : enrichment;
  }

  /**
   * No facts: what every service but cold-dm and objection gets.
   *
   * @return the empty facts
   */
  public static ServerFacts none() {
    return NONE;
  }

  /**
   * The facts of a cold-dm generation.
   *
   * @param enrichment what enrichment found, possibly {@link Enrichment#none()}
   * @return the facts
   */
  public static ServerFacts of(Enrichment enrichment) {
    return new ServerFacts(Objects.requireNonNull(enrichment, "enrichment"), null);
  }

  /**
   * The facts of an objection generation.
   *
   * @param objectionPlan the plan the server chose
   * @return the facts
   */
  public static ServerFacts of(ObjectionPlan objectionPlan) {
    return new ServerFacts(Enrichment.none(), Objects.requireNonNull(objectionPlan, "objectionPlan"));
  }

  /**
   * The objection plan, for the writer that cannot work without it.
   *
   * @return the plan
   * @throws IllegalStateException if no plan was given
   */
  public ObjectionPlan requireObjectionPlan() {
    return Optional.ofNullable(objectionPlan).orElseThrow(() -> new IllegalStateException(
        "The objection writer needs the server's ObjectionPlan: pass ServerFacts.of(plan)"));
  }
}
