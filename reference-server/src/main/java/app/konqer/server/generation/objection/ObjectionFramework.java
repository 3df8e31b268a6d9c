package app.konqer.server.generation.objection;

import java.util.List;
import java.util.Objects;

/**
 * A way to answer an objection, such as Feel-Felt-Found.
 *
 * @param id a stable slug such as {@code feel-felt-found}
 * @param name the name shown to users and written as {@code framework_used}
 * @param description how the framework works, for the prompt
 * @param suitedTypes the objection types it suits, best fit first
 */
public record ObjectionFramework(String id, String name, String description, List<ObjectionType> suitedTypes) {

  /** Checks the fields and copies the list. */
  public ObjectionFramework {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    suitedTypes = List.copyOf(suitedTypes);
  }
}
