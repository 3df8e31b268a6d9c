package app.konqer.server.generation.openai;

/** Who speaks a message of a chat prompt; written in lower case on the wire. */
public enum ChatRole {
  /** The instructions: the service's system prompt. */
  SYSTEM,
  /** The caller's input, or the validation errors of a repair turn. */
  USER,
  /** A previous answer of the model, sent back in a repair turn. */
  ASSISTANT
}
