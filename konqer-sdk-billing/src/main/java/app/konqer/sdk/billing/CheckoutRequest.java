package app.konqer.sdk.billing;

import app.konqer.sdk.model.Plan;
import app.konqer.sdk.model.ServiceId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The body of {@code POST /checkout/session}: which plan to buy and where the checkout page returns to.
 *
 * <pre>{@code
 * CheckoutRequest request = CheckoutRequest.builder(Plan.MONTHLY_SINGLE)
 *     .service(ServiceId.COLD_DM)
 *     .successUrl("https://crm.example.com/konqer/success")
 *     .cancelUrl("https://crm.example.com/konqer/cancel")
 *     .build();
 * }</pre>
 *
 * @param plan the plan to buy
 * @param service the chosen service: required for {@code monthly_single} and {@code annual_single}, refused for the
 *     other plans
 * @param successUrl where the checkout page sends the buyer after paying; an absolute http(s) URL
 * @param cancelUrl where the checkout page sends the buyer who gives up; an absolute http(s) URL
 */
public record CheckoutRequest(
    @NotNull Plan plan,
    ServiceId service,
    @NotBlank @Size(max = 2048) String successUrl,
    @NotBlank @Size(max = 2048) String cancelUrl) {

  /**
   * Starts a builder for a plan.
   *
   * @param plan the plan to buy
   * @return the builder
   */
  public static Builder builder(Plan plan) {
    return new Builder(plan);
  }

  /** Builds a {@link CheckoutRequest}. */
  public static final class Builder {
    private final Plan plan;
    private ServiceId service;
    private String successUrl;
    private String cancelUrl;

    private Builder(Plan plan) {
      this.plan = Objects.requireNonNull(plan, "plan");
    }

    /**
     * Sets the chosen service, for single-service plans.
     *
     * @param service the service
     * @return this builder
     */
    public Builder service(ServiceId service) {
      this.service = service;
      return this;
    }

    /**
     * Sets the URL the buyer returns to after paying.
     *
     * @param successUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder successUrl(String successUrl) {
      this.successUrl = successUrl;
      return this;
    }

    /**
     * Sets the URL the buyer returns to on giving up.
     *
     * @param cancelUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder cancelUrl(String cancelUrl) {
      this.cancelUrl = cancelUrl;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public CheckoutRequest build() {
      return new CheckoutRequest(plan, service, successUrl, cancelUrl);
    }
  }
}
