/**
 * Webinar Demand Scanner ({@code webinar}): finds the webinar topics a niche's audience wants now, scores their
 * demand and how crowded each is, and suggests an angle and a format for each.
 *
 * <p>Send a {@link app.konqer.sdk.services.webinar.WebinarInput}; the generation returns a
 * {@link app.konqer.sdk.services.webinar.WebinarOutput}.
 */
package app.konqer.sdk.services.webinar;
