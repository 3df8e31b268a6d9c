package app.konqer.server.enrichment;

import java.util.List;

/** The members of Apollo's {@code POST /v1/people/match} response that enrichment reads; the rest is skipped. */
final class ApolloWire {
  private ApolloWire() {}

  /** {@code {"person": {...}}}, with {@code person} null when nobody matched. */
  record MatchResponse(Person person) {}

  record Person(String title, Organization organization) {}

  record Organization(
      Integer estimatedNumEmployees, List<String> technologyNames, List<Technology> currentTechnologies) {}

  record Technology(String uid, String name, String category) {}
}
