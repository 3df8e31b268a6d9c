package app.konqer.server.generation.offline;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.ServiceDefinitions;
import app.konqer.sdk.services.communityfinder.Community;
import app.konqer.sdk.services.communityfinder.CommunityFinderInput;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommunityFinderWriterTest {
  private final CommunityFinderWriter writer = new CommunityFinderWriter();

  @Test
  void findsBetweenFiveAndTwelveCommunitiesMostRelevantFirstForEverySample() {
    for (Samples.Case sample : Samples.of(ServiceDefinitions.COMMUNITY_FINDER).all()) {
      List<Community> communities = writer.write((CommunityFinderInput) sample.input(), ServerFacts.none())
          .communities();

      assertThat(communities).as(sample.name())
          .hasSizeBetween(CommunityFinderWriter.MIN_COMMUNITIES, CommunityFinderWriter.MAX_COMMUNITIES)
          .isSortedAccordingTo(Comparator.comparing(Community::relevanceScore).reversed());
      assertThat(communities).extracting(Community::url).doesNotHaveDuplicates()
          .allSatisfy(url -> assertThat(url).matches("https://\\S+"));
    }
  }

  @Test
  void searchesOnlyTheRequestedPlatformsWhenTheyHoldEnough() {
    List<Community> communities = writer.write(realistic(), ServerFacts.none()).communities();

    assertThat(communities).hasSize(12)
        .extracting(Community::platform).containsOnly("reddit", "linkedin", "slack");
    assertThat(communities.get(0).name()).isEqualTo("B2B Route Planning Professionals");
    assertThat(communities).extracting(Community::name).contains("r/B2BRoutePlanning", "r/EmptyMiles");
  }

  @Test
  void searchesEveryKnownPlatformWhenNoneIsNamed() {
    List<Community> communities = writer.write(realistic().toBuilder().platforms(List.of()).build(),
        ServerFacts.none()).communities();

    assertThat(communities).extracting(Community::platform)
        .contains("reddit", "linkedin", "slack", "discord", "facebook", "forum");
  }

  @Test
  void addsOtherPlatformsWhenTheNamedOnesCannotHoldFive() {
    CommunityFinderInput input = CommunityFinderInput.builder().niche("CRM").idealCustomer("crm")
        .platforms(List.of("Reddit")).build();

    List<Community> communities = writer.write(input, ServerFacts.none()).communities();

    assertThat(communities).hasSize(5).extracting(Community::platform).contains("reddit", "linkedin");
  }

  @Test
  void anUnknownPlatformGetsAWebSearchForItsCommunities() {
    Community first = writer.write(realistic().toBuilder().platforms(List.of("Hacker News")).build(),
        ServerFacts.none()).communities().get(0);

    assertThat(first.platform()).isEqualTo("Hacker News");
    assertThat(first.url()).isEqualTo("https://www.google.com/search?q=B2B+route+planning+Hacker+News+community");
  }

  @Test
  void tipsAreWrittenForTheIdealCustomerAndTheirWords() {
    List<Community> communities = writer.write(realistic(), ServerFacts.none()).communities();

    assertThat(communities).anySatisfy(c -> assertThat(c.engagementTip())
        .contains("fleet managers at regional carriers"));
    assertThat(communities).anySatisfy(c -> assertThat(c.engagementTip()).contains("empty miles"));
  }

  private static CommunityFinderInput realistic() {
    return (CommunityFinderInput) Samples.of(ServiceDefinitions.COMMUNITY_FINDER).realistic();
  }
}
