/**
 * The rules the service records carry beyond their Java types: text limits, the score scale, known enum values and
 * the members the server computes itself.
 *
 * <p>These annotations are plain jakarta.validation constraints, so any {@code Validator} checks a record against
 * the same contract the server enforces.
 */
package app.konqer.sdk.services.contract;
