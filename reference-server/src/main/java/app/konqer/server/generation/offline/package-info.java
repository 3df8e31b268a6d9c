/**
 * The offline generator: writes every service's output from its input without a language model, deterministically.
 * It is the server's default when no OpenAI key is set.
 *
 * <p>The pipeline calls {@link app.konqer.server.generation.offline.OfflineGenerator#generate(
 * app.konqer.sdk.services.ServiceDefinition, app.konqer.sdk.services.ServiceInput, ServerFacts)} with the
 * {@link app.konqer.server.generation.offline.ServerFacts} it also gives the model (cold-dm enrichment, the objection
 * plan), reports {@value app.konqer.server.generation.offline.OfflineGenerator#MODEL} and
 * {@link app.konqer.server.generation.offline.OfflineGenerator#tokensUsed(app.konqer.sdk.services.ServiceDefinition,
 * app.konqer.sdk.services.ServiceInput, app.konqer.sdk.services.ServiceOutput)}, then validates the output and sets
 * the server-computed members as it does for model output. {@link app.konqer.server.generation.offline.OfflineWriters}
 * maps each service to its writer.
 *
 * <table>
 *   <caption>Server-computed members per writer</caption>
 *   <tr><th>Service</th><th>Set by the writer</th><th>Left to the pipeline</th></tr>
 *   <tr><td>cold-dm</td><td>-</td><td>personalization_score, context_used, enrichment_sources</td></tr>
 *   <tr><td>objection</td><td>objection_type, framework_used, case_study_id, from the plan given</td><td>-</td></tr>
 *   <tr><td>carousel</td><td>-</td><td>canva_edit_link</td></tr>
 *   <tr><td>warmranker</td><td>ranked[].warmth_score and the order, with WarmthScorer</td><td>-</td></tr>
 *   <tr><td>no-show-shield</td><td>no_show_risk, risk_level, factors, with NoShowRiskScorer</td><td>-</td></tr>
 *   <tr><td>the other seven</td><td colspan="2">have no server-computed member</td></tr>
 * </table>
 *
 * <p>Members the writers set with the pipeline's own components get the same values when the pipeline sets them
 * again, so the pipeline may overwrite them unconditionally.
 */
package app.konqer.server.generation.offline;
