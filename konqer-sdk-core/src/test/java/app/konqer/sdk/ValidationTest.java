package app.konqer.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.konqer.sdk.auth.CodeExchangeRequest;
import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.error.FieldError;
import app.konqer.sdk.error.RequestValidationException;
import app.konqer.sdk.error.UnprocessableEntityException;
import app.konqer.sdk.testing.Json;
import app.konqer.sdk.testing.ServerTest;
import app.konqer.sdk.validation.JakartaRequestValidator;
import app.konqer.sdk.validation.RequestValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

class ValidationTest extends ServerTest {

  @Test
  void withAProviderOnTheClasspathEveryViolationIsReportedBeforeAnythingIsSent() {
    try (KonqerClient client = builder().requestValidator(RequestValidator.detect()).build()) {
      DevTokenRequest invalid = new DevTokenRequest("not-an-email", "x".repeat(201), List.of("admin", " "));

      assertThatThrownBy(() -> client.auth().devToken(invalid))
          .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.fieldErrors())
              .extracting(FieldError::field)
              .containsExactly("email", "name", "roles[1]"))
          .hasMessageStartingWith("Invalid DevTokenRequest: email ");
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void fieldPathsUseWireNames() {
    try (KonqerClient client = builder().requestValidator(RequestValidator.detect()).build()) {
      assertThatThrownBy(() -> client.execute(ApiRequest.post("/auth/exchange-token", Void.class)
          .body(new CodeExchangeRequest("code", " ")).authenticated(false).build()))
          .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.fieldErrors())
              .extracting(FieldError::field).containsExactly("redirect_uri"));
    }
  }

  @Test
  void aValidBodyIsSent() {
    try (KonqerClient client = builder().requestValidator(RequestValidator.detect()).build()) {
      server.enqueue(Json.ok("{\"access_token\":\"at\"}"));

      client.auth().devToken(new DevTokenRequest("ada@example.com", "Ada", List.of("admin")));

      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void theDefaultClientDetectsTheProvider() {
    try (KonqerClient client = KonqerClient.builder().baseUrl(baseUrl()).build()) {
      assertThatThrownBy(() -> client.auth().devToken(new DevTokenRequest(" ", null, null)))
          .isInstanceOf(RequestValidationException.class);
    }
  }

  @Test
  void withoutAProviderTheRequestIsSentAndTheServerValidates() throws Exception {
    RequestValidator noProvider = JakartaRequestValidator.from(() -> Validation.byDefaultProvider()
        .providerResolver(List::of)
        .configure()
        .buildValidatorFactory());
    assertThat(noProvider).isSameAs(RequestValidator.none());
    server.enqueue(new MockResponse().setResponseCode(422).setHeader("Content-Type", "application/problem+json")
        .setBody("{\"title\":\"Invalid request\",\"status\":422,\"code\":\"validation_failed\","
            + "\"errors\":[{\"field\":\"email\",\"message\":\"must not be blank\"}]}"));

    try (KonqerClient client = builder().requestValidator(noProvider).build()) {
      assertThatThrownBy(() -> client.auth().devToken(new DevTokenRequest(" ", null, null)))
          .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(e.fieldErrors())
              .containsExactly(new FieldError("email", "must not be blank")));
    }
    assertThat(take().getBody().readUtf8()).isEqualTo("{\"email\":\" \",\"roles\":[]}");
  }

  @Test
  void aProviderThatCannotStartLeavesValidationToTheServer() {
    RequestValidator broken = JakartaRequestValidator.from(() -> {
      throw new ValidationException("HV000183: Unable to initialize 'jakarta.el.ExpressionFactory'");
    });

    assertThat(broken).isSameAs(RequestValidator.none());
  }
}
