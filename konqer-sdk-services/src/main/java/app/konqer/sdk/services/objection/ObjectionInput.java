package app.konqer.sdk.services.objection;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The objection to answer, with optional deal context: the body of {@code POST /services/objection/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * ObjectionInput input = ObjectionInput.builder()
 *     .objection("Your price is 30% above what we pay today.")
 *     .dealContext(new DealContext("negotiation", "EUR 48,000 a year", "logistics", "RouteMaster Pro"))
 *     .build();
 * }</pre>
 *
 * @param objection the objection in the prospect's words; required, 10 to 2,000 characters
 * @param dealContext what is known about the deal; optional
 * @param preferredFramework the name of a response framework to use if it fits, such as {@code Social Proof};
 *     optional, at most 500 characters; when absent or unknown the server picks one
 */
public record ObjectionInput(
    @NotBlank @Size(min = 10, max = 2000) String objection,
    @Valid DealContext dealContext,
    @Size(max = Limits.LABEL) String preferredFramework) implements ServiceInput {
  /**
   * Starts a builder that asks for the required {@code objection} first.
   *
   * @return the first step of the builder
   */
  public static ObjectionStep builder() {
    return new Builder();
  }

  /**
   * A builder holding the members of this input, to derive a changed copy.
   *
   * @return a builder with every member set
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.objection = objection;
    builder.dealContext = dealContext;
    builder.preferredFramework = preferredFramework;
    return builder;
  }

  /** The step of the builder that sets the required {@code objection}. */
  public interface ObjectionStep {
    /**
     * Sets the required {@link ObjectionInput#objection() objection}.
     *
     * @param objection the objection in the prospect's words; required, 10 to 2,000 characters
     * @return the builder, where the optional members can be set
     * @throws NullPointerException if {@code objection} is null
     */
    Builder objection(String objection);
  }

  /**
   * Builds a {@link ObjectionInput}. The required members come first, through the step interfaces; the optional ones
   * can then be set in any order.
   */
  public static final class Builder implements ObjectionStep {
    private String objection;
    private DealContext dealContext;
    private String preferredFramework;

    private Builder() {}

    @Override
    public Builder objection(String objection) {
      this.objection = Objects.requireNonNull(objection, "objection");
      return this;
    }

    /**
     * Sets {@link ObjectionInput#dealContext() dealContext}.
     *
     * @param dealContext what is known about the deal; optional
     * @return this builder
     */
    public Builder dealContext(DealContext dealContext) {
      this.dealContext = dealContext;
      return this;
    }

    /**
     * Sets {@link ObjectionInput#preferredFramework() preferredFramework}.
     *
     * @param preferredFramework the name of a response framework to use if it fits, such as {@code Social Proof};
     *     optional, at most 500 characters; when absent or unknown the server picks one
     * @return this builder
     */
    public Builder preferredFramework(String preferredFramework) {
      this.preferredFramework = preferredFramework;
      return this;
    }

    /**
     * Builds the input. Constraints are not checked here: check them with a jakarta {@code Validator}, or let the
     * server answer 422 {@code validation_failed}.
     *
     * @return the input
     */
    public ObjectionInput build() {
      return new ObjectionInput(objection, dealContext, preferredFramework);
    }
  }
}
