package app.konqer.server.generation.engine;

import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.server.generation.catalog.ServiceRow;
import app.konqer.server.generation.offline.ServerFacts;

/**
 * Writes a service's output: OpenAI ({@link OpenAiEngine}) when a key is configured, otherwise the offline writers
 * ({@link OfflineEngine}). The output it returns keeps its record's constraints and its service's output rules;
 * the server-computed members are set afterwards by the pipeline.
 */
@FunctionalInterface
public interface Generator {
  /**
   * Writes an output.
   *
   * @param row the service
   * @param input the valid input
   * @param facts what the server established before generation
   * @param <I> the input record
   * @param <O> the output record
   * @return the output, the model that wrote it and the tokens it took
   * @throws InvalidOutputException when the model's output broke the contract twice
   * @throws app.konqer.server.generation.openai.UpstreamException when the model could not be reached
   */
  <I extends ServiceInput, O extends ServiceOutput> Draft<O> write(ServiceRow<I, O> row, I input, ServerFacts facts);
}
