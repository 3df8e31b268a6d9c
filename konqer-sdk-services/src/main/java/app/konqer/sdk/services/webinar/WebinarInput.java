package app.konqer.sdk.services.webinar;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * Which audience to scan: the body of {@code POST /services/webinar/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * WebinarInput input = WebinarInput.builder()
 *     .niche("B2B route planning")
 *     .audience("Operations leads at regional carriers")
 *     .candidateTopics(List.of("Cutting empty miles in 2026"))
 *     .build();
 * }</pre>
 *
 * @param niche the market niche; required, at most 5,000 characters
 * @param audience who would attend; required, at most 5,000 characters
 * @param candidateTopics topics you are considering, to be scored alongside the service's own ideas; optional, at
 *     most 20 items of at most 500 characters
 */
public record WebinarInput(
    @NotBlank @Size(max = Limits.TEXT) String niche,
    @NotBlank @Size(max = Limits.TEXT) String audience,
    @Size(max = 20) List<@NotBlank @Size(max = Limits.LABEL) String> candidateTopics) implements ServiceInput {
  /** Copies {@code candidateTopics} into an immutable list; a missing list becomes empty. */
  public WebinarInput {
    candidateTopics = candidateTopics == null ? List.of() : List.copyOf(candidateTopics);
  }

  /**
   * Starts a builder that asks for the required members first, in this order: {@code niche}, {@code audience}.
   *
   * @return the first step of the builder
   */
  public static NicheStep builder() {
    return new Builder();
  }

  /**
   * A builder holding the members of this input, to derive a changed copy.
   *
   * @return a builder with every member set
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.niche = niche;
    builder.audience = audience;
    builder.candidateTopics = candidateTopics;
    return builder;
  }

  /** The step of the builder that sets the required {@code niche}. */
  public interface NicheStep {
    /**
     * Sets the required {@link WebinarInput#niche() niche}.
     *
     * @param niche the market niche; required, at most 5,000 characters
     * @return the next step
     * @throws NullPointerException if {@code niche} is null
     */
    AudienceStep niche(String niche);
  }

  /** The step of the builder that sets the required {@code audience}. */
  public interface AudienceStep {
    /**
     * Sets the required {@link WebinarInput#audience() audience}.
     *
     * @param audience who would attend; required, at most 5,000 characters
     * @return the builder, where the optional members can be set
     * @throws NullPointerException if {@code audience} is null
     */
    Builder audience(String audience);
  }

  /**
   * Builds a {@link WebinarInput}. The required members come first, through the step interfaces; the optional ones
   * can then be set in any order.
   */
  public static final class Builder implements NicheStep, AudienceStep {
    private String niche;
    private String audience;
    private List<String> candidateTopics;

    private Builder() {}

    @Override
    public Builder niche(String niche) {
      this.niche = Objects.requireNonNull(niche, "niche");
      return this;
    }

    @Override
    public Builder audience(String audience) {
      this.audience = Objects.requireNonNull(audience, "audience");
      return this;
    }

    /**
     * Sets {@link WebinarInput#candidateTopics() candidateTopics}.
     *
     * @param candidateTopics topics you are considering, to be scored alongside the service's own ideas; optional, at
     *     most 20 items of at most 500 characters
     * @return this builder
     */
    public Builder candidateTopics(List<String> candidateTopics) {
      this.candidateTopics = candidateTopics;
      return this;
    }

    /**
     * Builds the input. Constraints are not checked here: check them with a jakarta {@code Validator}, or let the
     * server answer 422 {@code validation_failed}.
     *
     * @return the input
     */
    public WebinarInput build() {
      return new WebinarInput(niche, audience, candidateTopics);
    }
  }
}
