package app.konqer.sdk.services.objection;

import app.konqer.sdk.services.ServiceOutput;
import app.konqer.sdk.services.contract.KnownValue;
import app.konqer.sdk.services.contract.Limits;
import app.konqer.sdk.services.contract.ServerComputed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The answer to a sales objection: the output of {@code objection}.
 *
 * @param response the full answer a rep can say or send, following the four steps of {@code structure}; at most 5,000
 *     characters
 * @param objectionType the kind of objection, chosen by the server's classifier
 * @param frameworkUsed the name of the response framework applied, such as {@code Cost vs Value}, chosen by the
 *     server; at most 500 characters
 * @param caseStudyId the id of the case study cited as evidence, from the server's case-study library; {@code null}
 *     when none fits
 * @param structure the four steps of the answer
 */
public record ObjectionOutput(
    @NotBlank @Size(max = Limits.TEXT) String response,
    @ServerComputed @KnownValue ObjectionType objectionType,
    @ServerComputed @Size(max = Limits.LABEL) String frameworkUsed,
    @ServerComputed @Size(max = Limits.LABEL) String caseStudyId,
    @NotNull @Valid ResponseStructure structure) implements ServiceOutput {}
