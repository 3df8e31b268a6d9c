/**
 * AI Whitepaper Generator ({@code whitepaper}): writes a B2B whitepaper on a topic for a named audience: a title, an
 * abstract, 3 to 8 sections, the key takeaways and a call to action.
 *
 * <p>Send a {@link app.konqer.sdk.services.whitepaper.WhitepaperInput}; the generation returns a
 * {@link app.konqer.sdk.services.whitepaper.WhitepaperOutput}.
 */
package app.konqer.sdk.services.whitepaper;
