package app.konqer.server.generation.openai;

/**
 * A completion the model finished: its JSON text, not yet parsed or validated.
 *
 * @param id the completion id, to quote to OpenAI
 * @param model the model that answered, such as {@code gpt-4o-2024-08-06}
 * @param content the message content: the JSON text meant to match the schema
 * @param finishReason why the model stopped; {@link FinishReason#LENGTH} means the JSON is likely cut short
 * @param promptTokens tokens read
 * @param completionTokens tokens written
 * @param totalTokens tokens billed
 */
public record CompletionResult(
    String id,
    String model,
    String content,
    FinishReason finishReason,
    int promptTokens,
    int completionTokens,
    int totalTokens) {

  /**
   * Whether the token limit cut the answer short.
   *
   * @return true when {@code finish_reason} was {@code length}
   */
  public boolean truncated() {
    return finishReason == FinishReason.LENGTH;
  }
}
