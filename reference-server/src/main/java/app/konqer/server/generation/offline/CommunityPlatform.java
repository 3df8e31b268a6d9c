package app.konqer.server.generation.offline;

import java.util.List;

/**
 * How communities look on one platform: their names and addresses, typical sizes and the way to take part there.
 * Names and addresses are illustrative patterns for a demo, not looked up; an unknown platform's address is a web
 * search for its communities on the topic.
 *
 * <p>Templates use {@code {title}} (the topic in title case), {@code {camel}} (as in {@code RoutePlanning}),
 * {@code {slug}} (as in {@code route-planning}), {@code {query}} (the topic URL-encoded), {@code {platform}} and
 * {@code {platformQuery}} (the platform's name, plain and URL-encoded), {@code {keyword}} and {@code {customer}}.
 *
 * @param id the platform as written in the output, such as {@code reddit}
 * @param names name templates, one per variant
 * @param urls address templates, one per variant
 * @param minMembers the smallest typical member count
 * @param maxMembers the largest typical member count
 * @param tip how to take part without being spammy
 */
record CommunityPlatform(String id, List<String> names, List<String> urls, int minMembers, int maxMembers,
    String tip) {
  static final int VARIANTS = 3;

  private static final List<CommunityPlatform> KNOWN = List.of(
      new CommunityPlatform("reddit", List.of("r/{camel}", "r/{camel}Pros", "r/Ask{camel}"),
          List.of("https://www.reddit.com/r/{camel}", "https://www.reddit.com/r/{camel}Pros",
              "https://www.reddit.com/r/Ask{camel}"),
          3_000, 250_000,
          "Read the sidebar rules first, then answer questions about {keyword} with specifics and numbers; mention "
              + "your product only when someone asks for a tool."),
      new CommunityPlatform("linkedin", List.of("{title} Professionals", "{title} Leaders Network",
          "{title} Community"),
          List.of("https://www.linkedin.com/search/results/groups/?keywords={query}",
              "https://www.linkedin.com/search/results/groups/?keywords={query}+leaders",
              "https://www.linkedin.com/search/results/groups/?keywords={query}+community"),
          1_500, 90_000,
          "Post one practical insight a week written for {customer}, and comment on members' posts before you "
              + "share your own."),
      new CommunityPlatform("slack", List.of("{title} Community", "{title} Practitioners", "{title} Collective"),
          List.of("https://{slug}.slack.com", "https://{slug}-practitioners.slack.com",
              "https://{slug}-collective.slack.com"),
          300, 12_000,
          "Introduce yourself in the intro channel, then help in the help channel; never send members a pitch by "
              + "direct message."),
      new CommunityPlatform("discord", List.of("{title} Hub", "{title} Lounge", "{title} Guild"),
          List.of("https://discord.gg/{slug}", "https://discord.gg/{slug}-lounge", "https://discord.gg/{slug}-guild"),
          200, 15_000,
          "Join the live events and answer questions about {keyword} in threads; share resources only in the "
              + "channel made for them."),
      new CommunityPlatform("facebook", List.of("{title} Group", "{title} Network", "{title} Exchange"),
          List.of("https://www.facebook.com/groups/{slug}", "https://www.facebook.com/groups/{slug}-network",
              "https://www.facebook.com/groups/{slug}-exchange"),
          1_000, 60_000,
          "Answer the admins' entry questions honestly and share short, useful posts about {keyword}; links to "
              + "your own site belong in the comments, if anywhere."),
      new CommunityPlatform("forum", List.of("{title} Forum", "{title} Q&A", "{title} Discussion Board"),
          List.of("https://community.example.com/c/{slug}", "https://community.example.com/c/{slug}-qa",
              "https://community.example.com/c/{slug}-discussion"),
          500, 40_000,
          "Search before you post, then write detailed answers to open questions about {keyword}; a helpful "
              + "signature line does more than any link."));

  private static final CommunityPlatform OTHER = new CommunityPlatform("",
      List.of("{title} on {platform}", "{title} Circle on {platform}", "{title} Network on {platform}"),
      List.of("https://www.google.com/search?q={query}+{platformQuery}+community",
          "https://www.google.com/search?q={query}+circle+{platformQuery}",
          "https://www.google.com/search?q={query}+network+{platformQuery}"),
      200, 20_000,
      "Spend a week reading before you post, then share what you know about {keyword} in the format the "
          + "community already uses.");

  /**
   * The platforms searched when the caller names none.
   *
   * @return every known platform
   */
  static List<CommunityPlatform> all() {
    return KNOWN;
  }

  /**
   * The platform a caller names, recognised by its id ignoring case and punctuation.
   *
   * @param name such as {@code "Reddit"} or {@code "Mastodon"}
   * @return the known platform, or a generic one with the given id whose addresses are web searches
   */
  static CommunityPlatform named(String name) {
    String id = Text.slug(name, "", 40);
    for (CommunityPlatform platform : KNOWN) {
      if (platform.id().equals(id)) {
        return platform;
      }
    }
    return new CommunityPlatform(Text.clipWords(name, 4, 40), OTHER.names(), OTHER.urls(), OTHER.minMembers(),
        OTHER.maxMembers(), OTHER.tip());
  }
}
