package app.konqer.server.generation.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.json.KonqerJson;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {
  private final JsonAdapter<Object> json = KonqerJson.create().adapter(Object.class);

  enum Tone { FRIENDLY, @Json(name = "very-direct") DIRECT, UNKNOWN }

  record Slide(@Positive int index, @NotBlank @Size(max = 80) String title) {}

  record Author(@NotBlank String name, @Email String email) {}

  record Sample(
      @NotBlank String title,
      String subtitle,
      int count,
      @Min(0) @Max(100) int score,
      @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("1") Double ratio,
      @NotNull Boolean active,
      @NotNull Instant createdAt,
      UUID id,
      @NotNull Tone tone,
      Tone fallbackTone,
      @NotNull @Size(min = 1, max = 3) List<@NotBlank String> tags,
      @NotEmpty List<Slide> slides,
      Slide cover,
      @NotNull Author author,
      @Json(name = "canva_link") String canvaEditLink,
      Set<@Min(1) Long> pageNumbers,
      long total) {}

  @Test
  void describesEveryMemberAsKonqerJsonWritesIt() {
    StrictJsonSchema schema = JsonSchemas.strict(Sample.class);

    assertThat(schema.name()).isEqualTo("sample");
    assertThat(json.toJson(schema.schema())).isEqualTo(minify("""
        {
          "type": "object",
          "properties": {
            "title": {"type": "string"},
            "subtitle": {"type": ["string", "null"]},
            "count": {"type": "integer"},
            "score": {"type": "integer", "minimum": 0, "maximum": 100},
            "ratio": {"type": ["number", "null"], "exclusiveMinimum": 0.5, "maximum": 1},
            "active": {"type": "boolean"},
            "created_at": {"type": "string", "format": "date-time"},
            "id": {"type": ["string", "null"], "format": "uuid"},
            "tone": {"type": "string", "enum": ["friendly", "very-direct"]},
            "fallback_tone": {"anyOf": [{"type": "string", "enum": ["friendly", "very-direct"]}, {"type": "null"}]},
            "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 3},
            "slides": {"type": "array", "items": {"$ref": "#/$defs/Slide"}, "minItems": 1},
            "cover": {"anyOf": [{"$ref": "#/$defs/Slide"}, {"type": "null"}]},
            "author": {
              "type": "object",
              "properties": {
                "name": {"type": "string"},
                "email": {"type": ["string", "null"], "format": "email"}
              },
              "required": ["name", "email"],
              "additionalProperties": false
            },
            "canva_link": {"type": ["string", "null"]},
            "page_numbers": {"type": ["array", "null"], "items": {"type": "integer", "minimum": 1}},
            "total": {"type": "integer"}
          },
          "required": ["title", "subtitle", "count", "score", "ratio", "active", "created_at", "id", "tone",
            "fallback_tone", "tags", "slides", "cover", "author", "canva_link", "page_numbers", "total"],
          "additionalProperties": false,
          "$defs": {
            "Slide": {
              "type": "object",
              "properties": {
                "index": {"type": "integer", "exclusiveMinimum": 0},
                "title": {"type": "string"}
              },
              "required": ["index", "title"],
              "additionalProperties": false
            }
          }
        }"""));
  }

  @Test
  void isDeterministicAndImmutable() {
    StrictJsonSchema first = JsonSchemas.strict(Sample.class);
    StrictJsonSchema second = JsonSchemas.strict(Sample.class);

    assertThat(json.toJson(first.schema())).isEqualTo(json.toJson(second.schema()));
    assertThatThrownBy(() -> first.schema().put("type", "array"))
        .isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = (Map<String, Object>) first.schema().get("properties");
    assertThatThrownBy(properties::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  record Node(@NotBlank String label, @NotNull List<Node> children) {}

  record Tree(@NotNull Node top) {}

  @Test
  void refersToTheRootForRecursionAtTheRoot() {
    assertThat(json.toJson(JsonSchemas.strict(Node.class).schema())).isEqualTo(minify("""
        {
          "type": "object",
          "properties": {
            "label": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#"}}
          },
          "required": ["label", "children"],
          "additionalProperties": false
        }"""));
  }

  @Test
  void definesARecursiveRecordOnce() {
    assertThat(json.toJson(JsonSchemas.strict(Tree.class).schema())).isEqualTo(minify("""
        {
          "type": "object",
          "properties": {"top": {"$ref": "#/$defs/Node"}},
          "required": ["top"],
          "additionalProperties": false,
          "$defs": {
            "Node": {
              "type": "object",
              "properties": {
                "label": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}
              },
              "required": ["label", "children"],
              "additionalProperties": false
            }
          }
        }"""));
  }

  record Lead(@NotBlank String email, int warmthScore) {}

  record Ranking(@NotNull List<Lead> ranked, Lead best, int warmthScore) {}

  @Test
  void leavesOutTheMembersTheServerFillsIn() {
    StrictJsonSchema schema = JsonSchemas.strict(Ranking.class, Set.of("warmth_score", "ranked.warmth_score"));

    assertThat(json.toJson(schema.schema())).isEqualTo(minify("""
        {
          "type": "object",
          "properties": {
            "ranked": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {"email": {"type": "string"}},
                "required": ["email"],
                "additionalProperties": false
              }
            },
            "best": {
              "type": ["object", "null"],
              "properties": {"email": {"type": "string"}, "warmth_score": {"type": "integer"}},
              "required": ["email", "warmth_score"],
              "additionalProperties": false
            }
          },
          "required": ["ranked", "best"],
          "additionalProperties": false
        }"""));
  }

  @Test
  void sharesARecordUsedTwiceWhenNothingIsLeftOut() {
    String schema = json.toJson(JsonSchemas.strict(Ranking.class).schema());

    assertThat(schema).contains("\"best\":{\"anyOf\":[{\"$ref\":\"#/$defs/Lead\"},{\"type\":\"null\"}]}");
    assertThat(schema).contains("\"items\":{\"$ref\":\"#/$defs/Lead\"}");
  }

  @Test
  void rejectsAnOmittedPathThatNamesNoMember() {
    assertThatThrownBy(() -> JsonSchemas.strict(Ranking.class, Set.of("ranked.warmth")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot omit 'ranked.warmth': Lead has no member 'warmth'");
    assertThatThrownBy(() -> JsonSchemas.strict(Ranking.class, Set.of("warmth_score.x")))
        .hasMessage("Cannot omit 'warmth_score.x': 'warmth_score' of Ranking is not an object");
  }

  @Test
  void rejectsOmittingEveryMember() {
    assertThatThrownBy(() -> JsonSchemas.strict(Lead.class, Set.of("email", "warmth_score")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one property");
  }

  record WithMap(@NotNull Map<String, String> scores) {}

  @SuppressWarnings("rawtypes")
  record WithRawList(@NotNull List items) {}

  record WithObject(Object anything) {}

  @Test
  void rejectsTypesStrictModeCannotExpress() {
    assertThatThrownBy(() -> JsonSchemas.strict(WithMap.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot derive a strict JSON schema for WithMap.scores: java.util.Map");
    assertThatThrownBy(() -> JsonSchemas.strict(WithRawList.class))
        .hasMessageStartingWith("Cannot derive a strict JSON schema for WithRawList.items: a List without");
    assertThatThrownBy(() -> JsonSchemas.strict(WithObject.class))
        .hasMessageStartingWith("Cannot derive a strict JSON schema for WithObject.anything: java.lang.Object");
  }

  record Level11(int value) {}

  record Level10(@NotNull Level11 next) {}

  record Level9(@NotNull Level10 next) {}

  record Level8(@NotNull Level9 next) {}

  record Level7(@NotNull Level8 next) {}

  record Level6(@NotNull Level7 next) {}

  record Level5(@NotNull Level6 next) {}

  record Level4(@NotNull Level5 next) {}

  record Level3(@NotNull Level4 next) {}

  record Level2(@NotNull Level3 next) {}

  record Level1(@NotNull Level2 next) {}

  @Test
  void enforcesOpenAisNestingLimit() {
    assertThat(JsonSchemas.strict(Level2.class).schema()).containsKey("properties");
    assertThatThrownBy(() -> JsonSchemas.strict(Level1.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The schema of Level1 exceeds OpenAI's structured output limits: "
            + "11 levels of nested objects, over 10");
  }

  @Test
  void checksTheSchemaName() {
    StrictJsonSchema schema = JsonSchemas.strict(Lead.class);

    assertThat(schema.withName("cold-dm_v2").name()).isEqualTo("cold-dm_v2");
    assertThatThrownBy(() -> schema.withName("cold dm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 64 letters");
    assertThatThrownBy(() -> schema.withName("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
  }

  /** Drops the whitespace outside strings, to compare readable expectations with compact JSON. */
  private static String minify(String pretty) {
    StringBuilder out = new StringBuilder(pretty.length());
    boolean inString = false;
    for (int i = 0; i < pretty.length(); i++) {
      char c = pretty.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(pretty.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
        inString = c == '"';
      }
    }
    return out.toString();
  }
}
