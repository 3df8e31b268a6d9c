package app.konqer.server.enrichment;

import java.util.Objects;

/**
 * Who a cold DM is for, as far as enrichment needs it.
 *
 * @param name the prospect's full name
 * @param company the prospect's company
 * @param linkedinUrl the prospect's LinkedIn profile, or null
 */
public record Prospect(String name, String company, String linkedinUrl) {
  /** Requires the name and company. */
  public Prospect {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(company, "company");
  }
}
