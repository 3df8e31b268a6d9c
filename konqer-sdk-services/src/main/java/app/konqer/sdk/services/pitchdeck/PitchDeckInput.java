package app.konqer.sdk.services.pitchdeck;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The startup to pitch: the body of {@code POST /services/pitch-deck/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * PitchDeckInput input = PitchDeckInput.builder()
 *     .startupName("Northwind")
 *     .oneLiner("Route planning that cuts empty miles for regional fleets")
 *     .problem("Regional fleets drive 20% of their miles empty")
 *     .solution("Load matching and route optimisation in one planner")
 *     .ask("EUR 2M seed")
 *     .build();
 * }</pre>
 *
 * @param startupName the startup's name; required, at most 5,000 characters
 * @param oneLiner what the startup does, in one sentence; required, at most 5,000 characters
 * @param problem the problem it solves; required, at most 5,000 characters
 * @param solution how it solves it; required, at most 5,000 characters
 * @param market the market and its size; optional, at most 5,000 characters
 * @param traction customers, revenue, growth so far; optional, at most 5,000 characters
 * @param businessModel how it makes money; optional, at most 5,000 characters
 * @param ask what the startup asks investors for, such as {@code EUR 2M seed for 18 months of runway}; optional, at
 *     most 5,000 characters
 */
public record PitchDeckInput(
    @NotBlank @Size(max = Limits.TEXT) String startupName,
    @NotBlank @Size(max = Limits.TEXT) String oneLiner,
    @NotBlank @Size(max = Limits.TEXT) String problem,
    @NotBlank @Size(max = Limits.TEXT) String solution,
    @Size(max = Limits.TEXT) String market,
    @Size(max = Limits.TEXT) String traction,
    @Size(max = Limits.TEXT) String businessModel,
    @Size(max = Limits.TEXT) String ask) implements ServiceInput {
  /**
   * Starts a builder that asks for the required members first, in this order: {@code startupName}, {@code oneLiner},
   * {@code problem}, {@code solution}.
   *
   * @return the first step of the builder
   */
  public static StartupNameStep builder() {
    return new Builder();
  }

  /**
   * A builder holding the members of this input, to derive a changed copy.
   *
   * @return a builder with every member set
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.startupName = startupName;
    builder.oneLiner = oneLiner;
    builder.problem = problem;
    builder.solution = solution;
    builder.market = market;
    builder.traction = traction;
    builder.businessModel = businessModel;
    builder.ask = ask;
    return builder;
  }

  /** The step of the builder that sets the required {@code startupName}. */
  public interface StartupNameStep {
    /**
     * Sets the required {@link PitchDeckInput#startupName() startupName}.
     *
     * @param startupName the startup's name; required, at most 5,000 characters
     * @return the next step
     * @throws NullPointerException if {@code startupName} is null
     */
    OneLinerStep startupName(String startupName);
  }

  /** The step of the builder that sets the required {@code oneLiner}. */
  public interface OneLinerStep {
    /**
     * Sets the required {@link PitchDeckInput#oneLiner() oneLiner}.
     *
     * @param oneLiner what the startup does, in one sentence; required, at most 5,000 characters
     * @return the next step
     * @throws NullPointerException if {@code oneLiner} is null
     */
    ProblemStep oneLiner(String oneLiner);
  }

  /** The step of the builder that sets the required {@code problem}. */
  public interface ProblemStep {
    /**
     * Sets the required {@link PitchDeckInput#problem() problem}.
     *
     * @param problem the problem it solves; required, at most 5,000 characters
     * @return the next step
     * @throws NullPointerException if {@code problem} is null
     */
    SolutionStep problem(String problem);
  }

  /** The step of the builder that sets the required {@code solution}. */
  public interface SolutionStep {
    /**
     * Sets the required {@link PitchDeckInput#solution() solution}.
     *
     * @param solution how it solves it; required, at most 5,000 characters
     * @return the builder, where the optional members can be set
     * @throws NullPointerException if {@code solution} is null
     */
    Builder solution(String solution);
  }

  /**
   * Builds a {@link PitchDeckInput}. The required members come first, through the step interfaces; the optional ones
   * can then be set in any order.
   */
  public static final class Builder implements StartupNameStep, OneLinerStep, ProblemStep, SolutionStep {
    private String startupName;
    private String oneLiner;
    private String problem;
    private String solution;
    private String market;
    private String traction;
    private String businessModel;
    private String ask;

    private Builder() {}

    @Override
    public Builder startupName(String startupName) {
      this.startupName = Objects.requireNonNull(startupName, "startupName");
      return this;
    }

    @Override
    public Builder oneLiner(String oneLiner) {
      this.oneLiner = Objects.requireNonNull(oneLiner, "oneLiner");
      return this;
    }

    @Override
    public Builder problem(String problem) {
      this.problem = Objects.requireNonNull(problem, "problem");
      return this;
    }

    @Override
    public Builder solution(String solution) {
      this.solution = Objects.requireNonNull(solution, "solution");
      return this;
    }

    /**
     * Sets {@link PitchDeckInput#market() market}.
     *
     * @param market the market and its size; optional, at most 5,000 characters
     * @return this builder
     */
    public Builder market(String market) {
      this.market = market;
      return this;
    }

    /**
     * Sets {@link PitchDeckInput#traction() traction}.
     *
     * @param traction customers, revenue, growth so far; optional, at most 5,000 characters
     * @return this builder
     */
    public Builder traction(String traction) {
      this.traction = traction;
      return this;
    }

    /**
     * Sets {@link PitchDeckInput#businessModel() businessModel}.
     *
     * @param businessModel how it makes money; optional, at most 5,000 characters
     * @return this builder
     */
    public Builder businessModel(String businessModel) {
      this.businessModel = businessModel;
      return this;
    }

    /**
     * Sets {@link PitchDeckInput#ask() ask}.
     *
     * @param ask what the startup asks investors for, such as {@code EUR 2M seed for 18 months of runway}; optional,
     *     at most 5,000 characters
     * @return this builder
     */
    public Builder ask(String ask) {
      this.ask = ask;
      return this;
    }

    /**
     * Builds the input. Constraints are not checked here: check them with a jakarta {@code Validator}, or let the
     * server answer 422 {@code validation_failed}.
     *
     * @return the input
     */
    public PitchDeckInput build() {
      return new PitchDeckInput(startupName, oneLiner, problem, solution, market, traction, businessModel, ask);
    }
  }
}
