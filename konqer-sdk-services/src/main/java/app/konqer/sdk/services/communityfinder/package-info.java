/**
 * Community Finder Pro ({@code community-finder}): finds 5 to 15 online communities (subreddits, Slack and Discord
 * groups, LinkedIn and Facebook groups, forums) where a niche's ideal customers gather, each with a tip for taking
 * part without being spammy.
 *
 * <p>Send a {@link app.konqer.sdk.services.communityfinder.CommunityFinderInput}; the generation returns a
 * {@link app.konqer.sdk.services.communityfinder.CommunityFinderOutput}.
 */
package app.konqer.sdk.services.communityfinder;
