package app.konqer.sdk.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /checkout/founding}, a shortcut for buying the founding plan.
 *
 * @param successUrl where the checkout page sends the buyer after paying; an absolute http(s) URL
 * @param cancelUrl where the checkout page sends the buyer who gives up; an absolute http(s) URL
 */
public record FoundingCheckoutRequest(
    @NotBlank @Size(max = 2048) String successUrl, @NotBlank @Size(max = 2048) String cancelUrl) {}
