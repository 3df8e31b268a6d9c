package app.konqer.server.generation.openai;

/** Why the model stopped writing, from {@code finish_reason}. */
public enum FinishReason {
  /** The answer is complete. */
  STOP,
  /** The token limit cut the answer short: its JSON is most likely incomplete. */
  LENGTH,
  /** A content filter removed part of the answer. */
  CONTENT_FILTER,
  /** The model called a tool. */
  TOOL_CALLS,
  /** The model called a function (deprecated by OpenAI in favour of tool calls). */
  FUNCTION_CALL,
  /** A reason this server does not know. */
  UNKNOWN
}
