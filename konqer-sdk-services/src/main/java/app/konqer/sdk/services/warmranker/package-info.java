/**
 * Email WarmRanker ({@code warmranker}): ranks up to 100 leads by how warm they are, from the buying signals you give
 * for each (email opens, replies, site visits...), with the reasons and the next action to take for every lead.
 *
 * <p>Send a {@link app.konqer.sdk.services.warmranker.WarmrankerInput}; the generation returns a
 * {@link app.konqer.sdk.services.warmranker.WarmrankerOutput}. The server computes the warmth scores itself from the
 * signals, so the same leads always rank the same way.
 */
package app.konqer.sdk.services.warmranker;
