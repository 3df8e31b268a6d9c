package app.konqer.server.generation.engine;

import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.services.ServiceInput;
import app.konqer.sdk.services.ServiceOutput;
import app.konqer.server.generation.catalog.ServiceRow;
import app.konqer.server.generation.offline.ServerFacts;
import app.konqer.server.generation.openai.ChatPrompt;
import app.konqer.server.generation.openai.CompletionResult;
import app.konqer.server.generation.openai.OpenAiChatClient;
import app.konqer.server.generation.rules.ContractCheck;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates with OpenAI structured outputs, treating the answer as untrusted: it is parsed into the service's output
 * record and checked against the record's constraints and the service's output rules. An answer that fails gets one
 * repair turn, which sends the answer back with what is wrong; a second failure is an
 * {@link InvalidOutputException}.
 */
public final class OpenAiEngine implements Generator {
  private static final Logger log = LoggerFactory.getLogger(OpenAiEngine.class);

  private final OpenAiChatClient client;
  private final ContractCheck check;
  private final Moshi moshi;
  private final PromptInput prompts;

  /**
   * Creates the engine.
   *
   * @param client the Chat Completions client
   * @param check checks the parsed output
   * @param moshi a {@code KonqerJson} instance
   */
  public OpenAiEngine(OpenAiChatClient client, ContractCheck check, Moshi moshi) {
    this.client = client;
    this.check = check;
    this.moshi = moshi;
    this.prompts = new PromptInput(moshi);
  }

  @Override
  public <I extends ServiceInput, O extends ServiceOutput> Draft<O> write(ServiceRow<I, O> row, I input,
      ServerFacts facts) {
    ChatPrompt prompt = ChatPrompt.of(row.systemPrompt(),
        prompts.of(row.definition().inputType(), input, facts));
    CompletionResult first = client.complete(prompt, row.schema());
    Answer<O> answer = read(row, input, first);
    if (answer.violations().isEmpty()) {
      return new Draft<>(answer.output(), first.model(), first.totalTokens());
    }
    log.warn("{} output broke {} rule(s); asking the model for one repair", row.id(), answer.violations().size());
    CompletionResult repaired = client.complete(prompt.followUp(first.content(), repairRequest(answer)),
        row.schema());
    Answer<O> second = read(row, input, repaired);
    if (!second.violations().isEmpty()) {
      throw new InvalidOutputException(second.violations());
    }
    return new Draft<>(second.output(), repaired.model(), first.totalTokens() + repaired.totalTokens());
  }

  /** A parsed answer and what is wrong with it. */
  private record Answer<O>(O output, List<FieldError> violations) {
    static <O> Answer<O> broken(String problem) {
      return new Answer<>(null, List.of(new FieldError("", problem)));
    }
  }

  private <I extends ServiceInput, O extends ServiceOutput> Answer<O> read(ServiceRow<I, O> row, I input,
      CompletionResult result) {
    if (result.truncated()) {
      return Answer.broken("the answer was cut off at the token limit; answer with shorter texts");
    }
    O output;
    try {
      output = moshi.adapter(row.definition().outputType()).fromJson(result.content());
    } catch (IOException | JsonDataException e) {
      return Answer.broken("the answer is not JSON of the schema: " + e.getMessage());
    }
    if (output == null) {
      return Answer.broken("the answer is null instead of a JSON object");
    }
    return new Answer<>(output, check.violations(input, output, row.outputRules()));
  }

  private static String repairRequest(Answer<?> answer) {
    StringBuilder request = new StringBuilder(
        "Your answer breaks these rules. Answer again with the complete corrected JSON, matching the schema:");
    for (FieldError violation : answer.violations()) {
      request.append("\n- ").append(violation.field().isEmpty() ? "" : violation.field() + ": ")
          .append(violation.message());
    }
    return request.toString();
  }
}
