package app.konqer.server.fuzz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the fuzzer knows of the server it aims at, all fixed before the first fuzzed request so that the requests depend
 * on the seed alone.
 *
 * @param users bearer tokens of ordinary users, each with access to every service
 * @param admin a bearer token with the admin role
 * @param devToken a signed dev token of one more user, as a real client holds
 * @param pathValues valid values of each operation's path parameters, by operation key and parameter name
 * @param owners the token of the user who owns the path values of an operation, by operation key; other callers
 *     are refused
 * @param samples a valid body for each body schema, given the operation's path parameter values
 * @param cursorLists the cursor list name of each paged operation, by operation key
 * @param webhookSecret the secret Stripe events are signed with
 * @param now the server's clock, fixed during the run, for signatures and cursors
 * @param maxBodyBytes the server's body cap
 */
record FuzzWorld(List<String> users, String admin, String devToken, Map<String, Map<String, List<String>>> pathValues,
    Map<String, String> owners,
    Map<String, Function<Map<String, String>, String>> samples, Map<String, String> cursorLists, String webhookSecret,
    Instant now, int maxBodyBytes) {}
