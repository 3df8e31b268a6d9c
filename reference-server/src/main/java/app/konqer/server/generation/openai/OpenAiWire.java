package app.konqer.server.generation.openai;

import java.util.List;
import java.util.Map;

/**
 * The Chat Completions wire format, as far as structured outputs need it. KonqerJson writes these records with
 * snake_case names and leaves null members out, so the optional parameters are sent only when configured.
 */
final class OpenAiWire {
  private OpenAiWire() {}

  /** {@code POST /chat/completions}. */
  record ChatCompletionRequest(
      String model,
      List<ChatMessage> messages,
      ResponseFormat responseFormat,
      Double temperature,
      Integer maxCompletionTokens,
      Long seed) {}

  /** {@code {"type": "json_schema", "json_schema": {...}}}. */
  record ResponseFormat(String type, JsonSchemaFormat jsonSchema) {
    static ResponseFormat strict(String name, Map<String, Object> schema) {
      return new ResponseFormat("json_schema", new JsonSchemaFormat(name, true, schema));
    }
  }

  record JsonSchemaFormat(String name, boolean strict, Map<String, Object> schema) {}

  /** The response of a non-streaming completion. */
  record ChatCompletion(String id, String model, List<Choice> choices, Usage usage) {}

  record Choice(int index, AssistantMessage message, FinishReason finishReason) {}

  record AssistantMessage(String role, String content, String refusal) {}

  record Usage(int promptTokens, int completionTokens, int totalTokens) {}

  /** The body of an error response: {@code {"error": {"message", "type", "param", "code"}}}. */
  record ErrorEnvelope(ErrorBody error) {}

  record ErrorBody(String message, String type, String code) {}
}
