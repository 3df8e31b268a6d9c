/**
 * AI Cold Email Writer ({@code cold-email}): writes a cold email to one prospect around a value proposition: three
 * subject lines to test, the body, up to three follow-ups, and an estimate of how likely spam filters are to catch
 * it.
 *
 * <p>Send a {@link app.konqer.sdk.services.coldemail.ColdEmailInput}; the generation returns a
 * {@link app.konqer.sdk.services.coldemail.ColdEmailOutput}.
 */
package app.konqer.sdk.services.coldemail;
