package app.konqer.sdk.services.objection;

import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.Size;

/**
 * What is known about the deal in which an objection came up. Every member is optional free text.
 *
 * @param stage the deal stage, such as {@code negotiation}; at most 5,000 characters
 * @param dealSize the deal size as the rep would say it, such as {@code EUR 48,000 a year}; at most 5,000 characters
 * @param industry the prospect's industry; at most 5,000 characters
 * @param competitor the competitor in the deal, if any; at most 5,000 characters
 */
public record DealContext(
    @Size(max = Limits.TEXT) String stage,
    @Size(max = Limits.TEXT) String dealSize,
    @Size(max = Limits.TEXT) String industry,
    @Size(max = Limits.TEXT) String competitor) {}
