/**
 * Calendar No-Show Shield ({@code no-show-shield}): estimates how likely an attendee is to miss a booked meeting and
 * plans the reminders that get them there: when to send each, on which channel, and what it says.
 *
 * <p>Send a {@link app.konqer.sdk.services.noshowshield.NoShowShieldInput}; the generation returns a
 * {@link app.konqer.sdk.services.noshowshield.NoShowShieldOutput}. The server computes the risk itself, from the lead
 * time between booking and meeting, prior no-shows, the meeting type and the booking source.
 */
package app.konqer.sdk.services.noshowshield;
