package app.konqer.sdk.services.coldemail;

import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The recipient of a cold email.
 *
 * @param name the prospect's name; required, at most 5,000 characters
 * @param company the prospect's company; required, at most 5,000 characters
 * @param role the prospect's job title; optional, at most 5,000 characters
 */
public record Prospect(
    @NotBlank @Size(max = Limits.TEXT) String name,
    @NotBlank @Size(max = Limits.TEXT) String company,
    @Size(max = Limits.TEXT) String role) {}
