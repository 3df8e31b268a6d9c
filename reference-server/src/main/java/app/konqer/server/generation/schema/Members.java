package app.konqer.server.generation.schema;

import app.konqer.sdk.json.WireNames;
import com.squareup.moshi.Json;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the schema needs to know about record components and their types, read the way KonqerJson reads them. */
final class Members {
  private static final Set<Class<?>> COLLECTIONS = Set.of(List.class, Set.class, Collection.class);
  private static final List<Class<? extends Annotation>> NON_NULL =
      List.of(NotNull.class, NotBlank.class, NotEmpty.class);

  private Members() {}

  /** The member name on the wire: {@code @Json(name)} on the accessor or field, else snake_case. */
  static String wireName(RecordComponent component) {
    Json json = component.getAccessor().getAnnotation(Json.class);
    if (json == null) {
      try {
        json = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(Json.class);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("Record without a field for " + component, e);
      }
    }
    return json != null ? json.name() : WireNames.snakeCase(component.getName());
  }

  /** The component's annotations: declaration annotations on the accessor and type annotations, each type once. */
  static List<Annotation> annotations(RecordComponent component) {
    List<Annotation> all = new ArrayList<>();
    addAbsent(all, component.getAccessor().getDeclaredAnnotations());
    addAbsent(all, component.getAnnotatedType().getDeclaredAnnotations());
    return all;
  }

  /** The type annotations of a type, such as {@code @NotBlank} in {@code List<@NotBlank String>}. */
  static List<Annotation> annotations(AnnotatedType type) {
    List<Annotation> all = new ArrayList<>();
    addAbsent(all, type.getDeclaredAnnotations());
    return all;
  }

  /** Whether a component can never be null: primitive, or annotated {@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty}. */
  static boolean isRequired(RecordComponent component, List<Annotation> annotations) {
    return component.getType().isPrimitive()
        || annotations.stream().anyMatch(a -> NON_NULL.contains(a.annotationType()));
  }

  static <A extends Annotation> Optional<A> find(List<Annotation> annotations, Class<A> type) {
    return annotations.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** The class of a type, or empty for type variables and other types that have none. */
  static Optional<Class<?>> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return Optional.of(c);
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return Optional.of(c);
    }
    return Optional.empty();
  }

  static boolean isCollection(Class<?> raw) {
    return COLLECTIONS.contains(raw);
  }

  /** The element type of {@code List<T>}, {@code Set<T>} or {@code Collection<T>}, or empty when raw. */
  static Optional<AnnotatedType> elementType(AnnotatedType collection) {
    if (!(collection instanceof AnnotatedParameterizedType parameterized)) {
      return Optional.empty();
    }
    AnnotatedType element = parameterized.getAnnotatedActualTypeArguments()[0];
    if (element instanceof AnnotatedWildcardType wildcard) {
      AnnotatedType[] upper = wildcard.getAnnotatedUpperBounds();
      return upper.length == 1 ? Optional.of(upper[0]) : Optional.empty();
    }
    return Optional.of(element);
  }

  /** The record a member holds, directly or as the items of (nested) collections. */
  static Optional<Class<?>> recordIn(AnnotatedType type) {
    Optional<Class<?>> raw = rawClass(type.getType());
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    if (raw.get().isRecord()) {
      return raw;
    }
    if (isCollection(raw.get())) {
      return elementType(type).flatMap(Members::recordIn);
    }
    return Optional.empty();
  }

  private static void addAbsent(List<Annotation> into, Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (into.stream().noneMatch(a -> a.annotationType() == annotation.annotationType())) {
        into.add(annotation);
      }
    }
  }
}
