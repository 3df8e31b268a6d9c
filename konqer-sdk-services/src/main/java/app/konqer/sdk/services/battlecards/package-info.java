/**
 * Outbound Battlecards AI ({@code battlecards}): prepares a one-page battlecard for selling against a named
 * competitor: where they are strong and weak, how we differ, answers to the objections reps will hear, questions that
 * expose the competitor's gaps, and a short talk track.
 *
 * <p>Send a {@link app.konqer.sdk.services.battlecards.BattlecardsInput}; the generation returns a
 * {@link app.konqer.sdk.services.battlecards.BattlecardsOutput}.
 */
package app.konqer.sdk.services.battlecards;
