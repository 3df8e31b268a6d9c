package app.konqer.server.generation.prompt;

import app.konqer.sdk.model.ServiceId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The system prompt of every service, read once from the classpath resources {@code prompts/<service-id>.md}.
 *
 * <p>Loading fails when any prompt is missing or blank, so a broken build stops the server at startup instead of
 * failing the first generation.
 */
public final class PromptLibrary {
  private static final String LOCATION = "prompts/";

  private final Map<String, String> prompts;

  private PromptLibrary(Map<String, String> prompts) {
    this.prompts = Map.copyOf(prompts);
  }

  /**
   * Loads the prompts of the twelve services.
   *
   * @return the library
   * @throws IllegalStateException naming every missing or blank prompt
   */
  public static PromptLibrary load() {
    List<String> ids = Arrays.stream(ServiceId.values())
        .filter(id -> id != ServiceId.UNKNOWN)
        .map(ServiceId::id)
        .toList();
    return load(PromptLibrary.class.getClassLoader(), ids);
  }

  /**
   * Loads the prompts of the given services.
   *
   * @param classLoader where to find the {@code prompts/} resources
   * @param serviceIds wire ids such as {@code cold-dm}
   * @return the library
   * @throws IllegalStateException naming every missing or blank prompt
   */
  public static PromptLibrary load(ClassLoader classLoader, Collection<String> serviceIds) {
    Objects.requireNonNull(classLoader, "classLoader");
    Map<String, String> prompts = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String id : serviceIds) {
      String prompt = read(classLoader, LOCATION + id + ".md");
      if (prompt == null || prompt.isBlank()) {
        missing.add(LOCATION + id + ".md");
      } else {
        prompts.put(id, prompt.strip());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Missing or blank system prompts on the classpath: " + missing);
    }
    return new PromptLibrary(prompts);
  }

  /**
   * The system prompt of a service.
   *
   * @param serviceId a wire id such as {@code cold-dm}
   * @return the prompt text
   * @throws IllegalArgumentException if the library holds no prompt for that id
   */
  public String systemPrompt(String serviceId) {
    String prompt = prompts.get(serviceId);
    if (prompt == null) {
      throw new IllegalArgumentException("No system prompt for service " + serviceId);
    }
    return prompt;
  }

  /**
   * The system prompt of a service.
   *
   * @param service a known service
   * @return the prompt text
   * @throws IllegalArgumentException if the library holds no prompt for it
   */
  public String systemPrompt(ServiceId service) {
    return systemPrompt(service.id());
  }

  private static String read(ClassLoader classLoader, String resource) {
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }
}
