package app.konqer.server.generation.scoring;

/**
 * A lead with its warmth, as placed by {@link WarmthScorer#rank(java.util.List)}.
 *
 * @param email the lead's email
 * @param warmth the lead's score, reasons and recommended action
 */
public record RankedLead(String email, WarmthScore warmth) {
}
