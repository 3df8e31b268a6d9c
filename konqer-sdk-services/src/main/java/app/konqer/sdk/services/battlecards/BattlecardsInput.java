package app.konqer.sdk.services.battlecards;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Which competitor to prepare a battlecard against: the body of {@code POST /services/battlecards/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * BattlecardsInput input = BattlecardsInput.builder()
 *     .competitor("RouteMaster Pro")
 *     .ourProduct("Northwind Planner, route optimisation for regional fleets")
 *     .targetSegment("Fleets of 50 to 500 trucks")
 *     .build();
 * }</pre>
 *
 * @param competitor the competitor, by name and optionally its product; required, at most 5,000 characters
 * @param ourProduct our product and what it does; required, at most 5,000 characters
 * @param targetSegment the buyers the card is for, such as {@code mid-market logistics}; optional, at most 5,000
 *     characters
 * @param dealStage where the deals stand, such as {@code discovery} or {@code negotiation}; optional, at most 5,000
 *     characters
 */
public record BattlecardsInput(
    @NotBlank @Size(max = Limits.TEXT) String competitor,
    @NotBlank @Size(max = Limits.TEXT) String ourProduct,
    @Size(max = Limits.TEXT) String targetSegment,
    @Size(max = Limits.TEXT) String dealStage) implements ServiceInput {
  /**
   * Starts a builder that asks for the required members first, in this order: {@code competitor}, {@code ourProduct}.
   *
   * @return the first step of the builder
   */
  public static CompetitorStep builder() {
    return new Builder();
  }

  /**
   * A builder holding the members of this input, to derive a changed copy.
   *
   * @return a builder with every member set
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.competitor = competitor;
    builder.ourProduct = ourProduct;
    builder.targetSegment = targetSegment;
    builder.dealStage = dealStage;
    return builder;
  }

  /** The step of the builder that sets the required {@code competitor}. */
  public interface CompetitorStep {
    /**
     * Sets the required {@link BattlecardsInput#competitor() competitor}.
     *
     * @param competitor the competitor, by name and optionally its product; required, at most 5,000 characters
     * @return the next step
     * @throws NullPointerException if {@code competitor} is null
     */
    OurProductStep competitor(String competitor);
  }

  /** The step of the builder that sets the required {@code ourProduct}. */
  public interface OurProductStep {
    /**
     * Sets the required {@link BattlecardsInput#ourProduct() ourProduct}.
     *
     * @param ourProduct our product and what it does; required, at most 5,000 characters
     * @return the builder, where the optional members can be set
     * @throws NullPointerException if {@code ourProduct} is null
     */
    Builder ourProduct(String ourProduct);
  }

  /**
   * Builds a {@link BattlecardsInput}. The required members come first, through the step interfaces; the optional
   * ones can then be set in any order.
   */
  public static final class Builder implements CompetitorStep, OurProductStep {
    private String competitor;
    private String ourProduct;
    private String targetSegment;
    private String dealStage;

    private Builder() {}

    @Override
    public Builder competitor(String competitor) {
      this.competitor = Objects.requireNonNull(competitor, "competitor");
      return this;
    }

    @Override
    public Builder ourProduct(String ourProduct) {
      this.ourProduct = Objects.requireNonNull(ourProduct, "ourProduct");
      return this;
    }

    /**
     * Sets {@link BattlecardsInput#targetSegment() targetSegment}.
     *
     * @param targetSegment the buyers the card is for, such as {@code mid-market logistics}; optional, at most 5,000
     *     characters
     * @return this builder
     */
    public Builder targetSegment(String targetSegment) {
      this.targetSegment = targetSegment;
      return this;
    }

    /**
     * Sets {@link BattlecardsInput#dealStage() dealStage}.
     *
     * @param dealStage where the deals stand, such as {@code discovery} or {@code negotiation}; optional, at most
     *     5,000 characters
     * @return this builder
     */
    public Builder dealStage(String dealStage) {
      this.dealStage = dealStage;
      return this;
    }

    /**
     * Builds the input. Constraints are not checked here: check them with a jakarta {@code Validator}, or let the
     * server answer 422 {@code validation_failed}.
     *
     * @return the input
     */
    public BattlecardsInput build() {
      return new BattlecardsInput(competitor, ourProduct, targetSegment, dealStage);
    }
  }
}
