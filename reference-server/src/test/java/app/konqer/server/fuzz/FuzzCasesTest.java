package app.konqer.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import app.konqer.server.RouteTable;
import app.konqer.server.auth.Access;
import app.konqer.server.operations.OpenApiDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The fuzz is a function of its seed: request {@code i} is the same whatever was made before it. */
class FuzzCasesTest {
  private static final List<RouteTable.Route> ROUTES = List.of(
      new RouteTable.Route("GET", "/user/history", Access.USER),
      new RouteTable.Route("GET", "/user/history/{id}", Access.USER),
      new RouteTable.Route("POST", "/services/{service}/generate", Access.USER),
      new RouteTable.Route("PATCH", "/admin/services/{service}", Access.ADMIN),
      new RouteTable.Route("POST", "/webhooks/stripe", Access.PUBLIC),
      new RouteTable.Route("GET", "/health", Access.PUBLIC));

  @Test
  void theOperationsCarryTheirDocumentedParametersAndBodies() throws IOException {
    Map<String, ApiOperations.Operation> operations = operations().stream()
        .collect(java.util.stream.Collectors.toMap(ApiOperations.Operation::key, Function.identity()));

    assertThat(operations.get("GET /user/history").query()).containsExactlyInAnyOrder("service", "limit", "cursor");
    assertThat(operations.get("POST /services/{service}/generate").headers()).contains("Idempotency-Key");
    assertThat(operations.get("POST /services/{service}/generate").bodySchema()).isEqualTo("ServiceInput");
    assertThat(operations.get("PATCH /admin/services/{service}").bodySchema()).isEqualTo("ServiceSettingsPatch");
    assertThat(operations.get("POST /webhooks/stripe").bodySchema()).isEqualTo("object");
    assertThat(operations.get("GET /health").hasBody()).isFalse();
    assertThat(operations.get("GET /user/history/{id}").pathParameters()).containsExactly("id");
  }

  @Test
  void aSeedMakesTheSameRequestsInAnyOrder() throws IOException {
    FuzzCases forward = new FuzzCases(42, operations(), world());
    FuzzCases backward = new FuzzCases(42, operations(), world());
    FuzzCases other = new FuzzCases(43, operations(), world());

    int differing = 0;
    for (int i = 0; i < 2_000; i++) {
      byte[] made = forward.make(i).encode("localhost");
      assertThat(backward.make(1_999 - i).index()).isEqualTo(1_999 - i);
      assertThat(new FuzzCases(42, operations(), world()).make(i).encode("localhost")).isEqualTo(made);
      if (!Arrays.equals(other.make(i).encode("localhost"), made)) {
        differing++;
      }
    }
    assertThat(differing).isGreaterThan(1_900);
  }

  private static List<ApiOperations.Operation> operations() throws IOException {
    try (InputStream yaml = OpenApiDocument.class.getResourceAsStream("openapi.yaml")) {
      return ApiOperations.of(ROUTES, new String(yaml.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static FuzzWorld world() {
    Function<Map<String, String>, String> object = values -> "{\"a\":\"b\",\"n\":[1,2,{\"c\":null}]}";
    return new FuzzWorld(List.of("test:u0:u0@example.com:", "test:u1:u1@example.com:"),
        "test:admin:admin@example.com:admin", "dev.token.value",
        Map.of("POST /services/{service}/generate", Map.of("service", List.of("cold-dm", "objection"))),
        Map.of("GET /user/history/{id}", "test:u0:u0@example.com:"),
        Map.of("ServiceInput", object, "ServiceSettingsPatch", object, "object", object),
        Map.of("GET /user/history", "history"), "whsec_test", Instant.parse("2026-01-05T10:00:00Z"), 64 * 1024);
  }
}
