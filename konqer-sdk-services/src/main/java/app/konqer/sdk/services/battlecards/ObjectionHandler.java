package app.konqer.sdk.services.battlecards;

import app.konqer.sdk.services.contract.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One objection a rep will hear against us in a competitive deal, and the answer.
 *
 * @param objection the objection, in the prospect's words; at most 500 characters
 * @param response how to answer it; at most 5,000 characters
 */
public record ObjectionHandler(
    @NotBlank @Size(max = Limits.LABEL) String objection,
    @NotBlank @Size(max = Limits.TEXT) String response) {}
