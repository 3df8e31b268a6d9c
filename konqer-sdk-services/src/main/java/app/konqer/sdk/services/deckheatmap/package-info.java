/**
 * VC Deck Heatmap ({@code deck-heatmap}): reviews an existing pitch deck the way an investor skims it: an attention
 * score for every slide, what works and what does not, one fix per slide, an overall score and the risks most likely
 * to make an investor pass.
 *
 * <p>Send a {@link app.konqer.sdk.services.deckheatmap.DeckHeatmapInput}; the generation returns a
 * {@link app.konqer.sdk.services.deckheatmap.DeckHeatmapOutput}.
 */
package app.konqer.sdk.services.deckheatmap;
