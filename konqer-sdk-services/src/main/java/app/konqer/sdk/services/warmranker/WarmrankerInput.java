package app.konqer.sdk.services.warmranker;

import app.konqer.sdk.services.ServiceInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * The leads to rank: the body of {@code POST /services/warmranker/generate}.
 *
 * <p>Build one with {@link #builder()}, which asks for the required members first:
 *
 * <pre>{@code
 * WarmrankerInput input = WarmrankerInput.builder()
 *     .leads(List.of(
 *         new Lead("dana@northwind.example", "Dana Whitfield", "Northwind Logistics",
 *             List.of("Opened the last 3 emails", "Visited the pricing page"))))
 *     .build();
 * }</pre>
 *
 * @param leads the leads; required, 1 to 100 items
 */
public record WarmrankerInput(
    @Size(min = 1, max = 100) List<@Valid Lead> leads) implements ServiceInput {
  /** Copies {@code leads} into an immutable list; a missing list becomes empty. */
  public WarmrankerInput {
    leads = leads == null ? List.of() : List.copyOf(leads);
  }

  /**
   * Starts a builder that asks for the required {@code leads} first.
   *
   * @return the first step of the builder
   */
  public static LeadsStep builder() {
    return new Builder();
  }

  /**
   * A builder holding the members of this input, to derive a changed copy.
   *
   * @return a builder with every member set
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.leads = leads;
    return builder;
  }

  /** The step of the builder that sets the required {@code leads}. */
  public interface LeadsStep {
    /**
     * Sets the required {@link WarmrankerInput#leads() leads}.
     *
     * @param leads the leads; required, 1 to 100 items
     * @return the builder
     * @throws NullPointerException if {@code leads} is null
     */
    Builder leads(List<Lead> leads);
  }

  /**
   * Builds a {@link WarmrankerInput}. The required members come first, through the step interfaces.
   */
  public static final class Builder implements LeadsStep {
    private List<Lead> leads;

    private Builder() {}

    @Override
    public Builder leads(List<Lead> leads) {
      this.leads = Objects.requireNonNull(leads, "leads");
      return this;
    }

    /**
     * Builds the input. Constraints are not checked here: check them with a jakarta {@code Validator}, or let the
     * server answer 422 {@code validation_failed}.
     *
     * @return the input
     */
    public WarmrankerInput build() {
      return new WarmrankerInput(leads);
    }
  }
}
