/**
 * Startup Pitch Deck Builder ({@code pitch-deck}): outlines a 10 to 12 slide investor pitch deck in the standard
 * order, with bullet points and speaker notes for every slide.
 *
 * <p>Send a {@link app.konqer.sdk.services.pitchdeck.PitchDeckInput}; the generation returns a
 * {@link app.konqer.sdk.services.pitchdeck.PitchDeckOutput}.
 */
package app.konqer.sdk.services.pitchdeck;
