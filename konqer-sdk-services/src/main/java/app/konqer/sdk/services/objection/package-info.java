/**
 * Sales Objection Crusher ({@code objection}): answers one objection a prospect raised. The server classifies the
 * objection (price, timing, competitor...), picks a proven response framework and a matching case study, and the
 * answer follows four steps: empathy, reframe, evidence, action.
 *
 * <p>Send an {@link app.konqer.sdk.services.objection.ObjectionInput}; the generation returns an
 * {@link app.konqer.sdk.services.objection.ObjectionOutput}.
 */
package app.konqer.sdk.services.objection;
