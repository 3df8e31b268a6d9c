package app.konqer.server.generation.offline;

import app.konqer.sdk.services.communityfinder.Community;
import app.konqer.sdk.services.communityfinder.CommunityFinderInput;
import app.konqer.sdk.services.communityfinder.CommunityFinderOutput;
import app.konqer.sdk.services.contract.Limits;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggests 5 to 12 communities for a niche: the niche, up to six keywords and the ideal customer are the topics,
 * crossed with the requested platforms (all known ones when none are named), most relevant first.
 *
 * <p>Relevance falls from the niche (most relevant) through the keywords to the ideal customer, and with each name
 * variant; member counts are plausible figures for the platform rounded to two significant digits. Names and
 * addresses follow each platform's patterns ({@code r/RoutePlanning}, a LinkedIn group search...): illustrative for a
 * demo, not looked up.
 *
 * <p>Leaves nothing to the pipeline.
 */
final class CommunityFinderWriter implements ServiceWriter<CommunityFinderInput, CommunityFinderOutput> {
  static final int MIN_COMMUNITIES = 5;
  static final int MAX_COMMUNITIES = 12;

  private static final int MAX_KEYWORDS = 6;
  private static final int MAX_PLATFORMS = 10;

  @Override
  public CommunityFinderOutput write(CommunityFinderInput input, ServerFacts facts) {
    Variation variation = Variation.of(input.niche(), input.idealCustomer(), input.keywords(), input.platforms());
    List<Topic> topics = topics(input);
    List<CommunityPlatform> platforms = platforms(input.platforms(), topics.size());
    int wanted = Math.max(MIN_COMMUNITIES, Math.min(MAX_COMMUNITIES, topics.size() * platforms.size()));
    String keyword = Text.phrase(input.keywords().stream().filter(Text::present).findFirst()
        .orElse(input.niche()), 6, 60);
    String customer = Text.phrase(input.idealCustomer(), 8, 80);

    Map<String, Community> communities = new LinkedHashMap<>();
    for (int variant = 0; variant < CommunityPlatform.VARIANTS && communities.size() < wanted; variant++) {
      for (int t = 0; t < topics.size() && communities.size() < wanted; t++) {
        for (int p = 0; p < platforms.size() && communities.size() < wanted; p++) {
          Community community = community(topics.get(t), platforms.get(p), variant,
              topics.get(t).relevance() - 7 * variant - 2 * p, keyword, customer, variation);
          communities.putIfAbsent(community.platform() + " " + community.name() + " " + community.url(), community);
        }
      }
    }
    List<Community> ranked = new ArrayList<>(communities.values());
    ranked.sort(Comparator.comparing(Community::relevanceScore).reversed());
    return new CommunityFinderOutput(ranked);
  }

  private static Community community(Topic topic, CommunityPlatform platform, int variant, int relevance,
      String keyword, String customer, Variation variation) {
    String[] values = {
        "title", topic.title(), "camel", topic.camel(), "slug", topic.slug(), "query", topic.query(),
        "platform", platform.id(), "platformQuery", URLEncoder.encode(platform.id(), StandardCharsets.UTF_8),
        "keyword", keyword, "customer", customer};
    String name = Text.clip(Text.fill(platform.names().get(variant), values), Limits.LABEL);
    String url = Text.fill(platform.urls().get(variant), values);
    int members = roundToTwoDigits(variation.between("members " + name + platform.id(), platform.minMembers(),
        platform.maxMembers()));
    int score = Math.max(1, Math.min(100, relevance + variation.between("relevance " + name, -3, 3)));
    return new Community(name, Text.clip(platform.id(), Limits.LABEL), url, members, score,
        Text.clip(Text.fill(platform.tip(), values), Limits.TEXT));
  }

  private static List<Topic> topics(CommunityFinderInput input) {
    Set<String> seen = new LinkedHashSet<>();
    List<Topic> topics = new ArrayList<>();
    addTopic(topics, seen, input.niche(), 92);
    for (String keyword : input.keywords()) {
      if (topics.size() > MAX_KEYWORDS) {
        break;
      }
      addTopic(topics, seen, keyword, 86 - 3 * (topics.size() - 1));
    }
    addTopic(topics, seen, input.idealCustomer(), 78);
    return topics;
  }

  private static void addTopic(List<Topic> topics, Set<String> seen, String text, int relevance) {
    String line = Text.oneLine(text);
    if (!line.isEmpty() && seen.add(line.toLowerCase(Locale.ROOT))) {
      topics.add(Topic.of(line, relevance, topics.size()));
    }
  }

  /**
   * The named platforms, or all known ones when none are named. When the named platforms cannot hold five
   * communities for the topics, the other known platforms follow them.
   */
  private static List<CommunityPlatform> platforms(List<String> names, int topics) {
    if (names.stream().noneMatch(Text::present)) {
      return CommunityPlatform.all();
    }
    Map<String, CommunityPlatform> byId = new LinkedHashMap<>();
    names.stream().filter(Text::present).limit(MAX_PLATFORMS).map(CommunityPlatform::named)
        .forEach(platform -> byId.putIfAbsent(platform.id(), platform));
    for (CommunityPlatform known : CommunityPlatform.all()) {
      if (byId.size() * topics * CommunityPlatform.VARIANTS >= MIN_COMMUNITIES) {
        break;
      }
      byId.putIfAbsent(known.id(), known);
    }
    return List.copyOf(byId.values());
  }

  private static int roundToTwoDigits(int value) {
    int scale = 1;
    while (value / scale >= 100) {
      scale *= 10;
    }
    return value / scale * scale;
  }

  /** A topic as the name and address templates use it. */
  private record Topic(String title, String camel, String slug, String query, int relevance) {
    static Topic of(String text, int relevance, int position) {
      String title = titleCase(Text.clipWords(text, 5, 60).replace(Text.ELLIPSIS, ""));
      String slug = Text.slug(text, "-", 40);
      String fallback = "community-" + (position + 1);
      String camel = Text.camel(text, 17);
      return new Topic(title, camel.isEmpty() ? "Community" + (position + 1) : camel,
          slug.isEmpty() ? fallback : slug,
          URLEncoder.encode(Text.clipWords(text, 6, 80).replace(Text.ELLIPSIS, ""), StandardCharsets.UTF_8),
          relevance);
    }

    private static String titleCase(String text) {
      StringBuilder out = new StringBuilder();
      for (String word : text.split(" ")) {
        boolean lower = word.equals(word.toLowerCase(Locale.ROOT));
        out.append(out.length() == 0 ? "" : " ").append(lower ? Text.capitalize(word) : word);
      }
      return out.toString();
    }
  }
}
