package app.konqer.server.generation.openai;

import java.util.Objects;

/**
 * One message of a chat prompt.
 *
 * @param role who speaks
 * @param content what is said
 */
public record ChatMessage(ChatRole role, String content) {
  /** Requires both members. */
  public ChatMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }
}
