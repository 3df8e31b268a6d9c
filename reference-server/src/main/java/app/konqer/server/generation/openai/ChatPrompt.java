package app.konqer.server.generation.openai;

import java.util.ArrayList;
import java.util.List;

/**
 * The messages of one completion: a system prompt and the user's input, then, for a repair, the model's previous
 * answer and what was wrong with it.
 *
 * <pre>{@code
 * ChatPrompt prompt = ChatPrompt.of(systemPrompt, inputJson);
 * CompletionResult first = client.complete(prompt, schema);
 * // the output failed validation: one repair turn
 * CompletionResult repaired = client.complete(prompt.followUp(first.content(), errors), schema);
 * }</pre>
 *
 * @param messages the messages in order, never empty
 */
public record ChatPrompt(List<ChatMessage> messages) {
  /** Copies the messages and requires at least one. */
  public ChatPrompt {
    messages = List.copyOf(messages);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("A chat prompt needs at least one message");
    }
  }

  /**
   * A prompt of a system message and a user message.
   *
   * @param system the instructions
   * @param user the input
   * @return the prompt
   */
  public static ChatPrompt of(String system, String user) {
    return new ChatPrompt(List.of(new ChatMessage(ChatRole.SYSTEM, system), new ChatMessage(ChatRole.USER, user)));
  }

  /**
   * This prompt followed by the model's answer and a new user message, as for a repair turn.
   *
   * @param assistantContent what the model answered
   * @param userContent the reply to it, such as the validation errors to fix
   * @return a longer prompt; this one is unchanged
   */
  public ChatPrompt followUp(String assistantContent, String userContent) {
    List<ChatMessage> longer = new ArrayList<>(messages);
    longer.add(new ChatMessage(ChatRole.ASSISTANT, assistantContent));
    longer.add(new ChatMessage(ChatRole.USER, userContent));
    return new ChatPrompt(longer);
  }
}
