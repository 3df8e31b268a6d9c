package app.konqer.sdk.validation;

/** Accepts every request body; the server validates. */
enum NoRequestValidator implements RequestValidator {
  INSTANCE;

  @Override
  public void validate(Object body) {}

  @Override
  public String toString() {
    return "RequestValidator.none()";
  }
}
