package app.konqer.server.generation.offline;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;

/**
 * Writes one service's output from its input without a language model: the offline stand-in for the model part of
 * a generation.
 *
 * <p>A writer is deterministic (the same input and facts give an equal output), fills every member the model would
 * fill, and keeps every length and count rule of the output record. It never throws for an input the server accepts:
 * one that passes the input record's constraints and, for no-show-shield, is not scheduled before it was booked.
 * {@link OfflineWriters} maps each service to its writer.
 *
 * @param <I> the service's input record
 * @param <O> the service's output record
 */
@FunctionalInterface
public interface ServiceWriter<I extends ServiceInput, O extends ServiceOutput> {
  /**
   * Writes the output.
   *
   * @param input the validated input
   * @param facts what the server learned before generation, such as cold-dm enrichment or the objection plan
   * @return the output; server-computed members the writer does not derive are {@code null} or empty
   */
  O write(I input, ServerFacts facts);
}
