package app.konqer.sdk.services;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.sdk.services.contract.KnownValue;
import app.konqer.sdk.services.contract.ServerComputed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules every service record follows, checked over all records reachable from the table so that a new member cannot
 * forget them: bounded text, bounded lists with checked items, nested records validated, enums that refuse
 * {@code UNKNOWN}, and server-computed members only in outputs and never required of the model.
 */
class ContractShapeTest {
  private final Set<Class<?>> inputs = reachable(true);
  private final Set<Class<?>> outputs = reachable(false);

  @Test
  void everyTextMemberHasAMaximumLength() {
    for (Field field : fields(String.class)) {
      Size size = field.getAnnotation(Size.class);
      assertThat(size).as(name(field)).isNotNull();
      assertThat(size.max()).as(name(field)).isLessThan(Integer.MAX_VALUE);
    }
  }

  @Test
  void everyListIsBoundedAndItsItemsAreChecked() {
    for (Field field : fields(List.class)) {
      Size size = field.getAnnotation(Size.class);
      assertThat(size).as(name(field)).isNotNull();
      assertThat(size.max()).as(name(field)).isBetween(1, 100);
      AnnotatedType item = ((AnnotatedParameterizedType) field.getAnnotatedType())
          .getAnnotatedActualTypeArguments()[0];
      boolean checked = item.getType() == String.class
          ? item.isAnnotationPresent(NotBlank.class) && item.isAnnotationPresent(Size.class)
          : item.isAnnotationPresent(Valid.class);
      assertThat(checked).as(name(field) + " items").isTrue();
    }
  }

  @Test
  void everyNestedRecordIsValidated() {
    for (Class<?> type : all()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getType().isRecord()) {
          assertThat(field.isAnnotationPresent(Valid.class)).as(name(field)).isTrue();
        }
      }
    }
  }

  @Test
  void everyEnumMemberRefusesUnknown() {
    for (Class<?> type : all()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getType().isEnum() && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
          assertThat(field.isAnnotationPresent(KnownValue.class)).as(name(field)).isTrue();
          assertThat(Arrays.stream(field.getType().getEnumConstants()).map(Object::toString))
              .as(name(field)).contains("UNKNOWN");
        }
      }
    }
  }

  @Test
  void outputNumbersAreBoxedSoThatAMissingValueIsCaught() {
    for (Class<?> type : outputs) {
      for (RecordComponent component : type.getRecordComponents()) {
        assertThat(component.getType().isPrimitive()).as(type.getSimpleName() + "." + component.getName())
            .isFalse();
      }
    }
  }

  @Test
  void serverComputedMembersAreOutputsTheModelNeverHasToWrite() {
    List<String> computed = new ArrayList<>();
    for (Class<?> type : all()) {
      for (RecordComponent component : type.getRecordComponents()) {
        if (component.isAnnotationPresent(ServerComputed.class)) {
          Field field = field(type, component.getName());
          computed.add(type.getSimpleName() + "." + component.getName());
          assertThat(outputs).as(name(field)).contains(type);
          assertThat(field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class))
              .as(name(field)).isFalse();
        }
      }
    }
    assertThat(computed).containsExactlyInAnyOrder(
        "ColdDmOutput.personalizationScore", "ColdDmOutput.contextUsed", "ColdDmOutput.enrichmentSources",
        "ObjectionOutput.objectionType", "ObjectionOutput.frameworkUsed", "ObjectionOutput.caseStudyId",
        "CarouselOutput.canvaEditLink", "RankedLead.warmthScore",
        "NoShowShieldOutput.noShowRisk", "NoShowShieldOutput.riskLevel", "NoShowShieldOutput.factors");
  }

  @Test
  void inputsHaveBuilders() throws NoSuchMethodException {
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      assertThat(definition.inputType().getMethod("builder")).isNotNull();
      assertThat(definition.inputType().getMethod("toBuilder")).isNotNull();
    }
  }

  private Set<Class<?>> all() {
    Set<Class<?>> all = new LinkedHashSet<>(inputs);
    all.addAll(outputs);
    return all;
  }

  private List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> record : all()) {
      for (RecordComponent component : record.getRecordComponents()) {
        if (component.getType() == type) {
          fields.add(field(record, component.getName()));
        }
      }
    }
    assertThat(fields).isNotEmpty();
    return fields;
  }

  /** The records of the inputs (or outputs) of every service, with the records nested in them. */
  private static Set<Class<?>> reachable(boolean input) {
    Set<Class<?>> found = new LinkedHashSet<>();
    for (ServiceDefinition<?, ?> definition : ServiceDefinitions.all()) {
      visit(input ? definition.inputType() : definition.outputType(), found);
    }
    return found;
  }

  private static void visit(Class<?> type, Set<Class<?>> found) {
    if (!type.isRecord() || !found.add(type)) {
      return;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      visit(component.getType(), found);
      if (component.getGenericType() instanceof ParameterizedType parameterized
          && parameterized.getActualTypeArguments()[0] instanceof Class<?> item) {
        visit(item, found);
      }
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String name(Field field) {
    return field.getDeclaringClass().getSimpleName() + "." + field.getName();
  }
}
