package app.konqer.sdk.validation;

import app.konqer.sdk.error.RequestValidationException;

/**
 * Checks a request body before it is sent. The client uses {@link #detect()}: with a Jakarta Validation provider
 * such as Hibernate Validator on the classpath, every constraint of the request records is checked on the client
 * and all violations come back in one {@link RequestValidationException}; without one, requests are sent as they
 * are and the server validates them.
 */
public interface RequestValidator extends AutoCloseable {

  /**
   * Checks a request body.
   *
   * @param body the object about to be serialized
   * @throws RequestValidationException listing every violation, with wire (snake_case) field paths
   */
  void validate(Object body);

  /** Releases the validator's resources. The default does nothing. */
  @Override
  default void close() {}

  /**
   * A validator that accepts everything, leaving validation to the server.
   *
   * @return the no-op validator
   */
  static RequestValidator none() {
    return NoRequestValidator.INSTANCE;
  }

  /**
   * Finds a Jakarta Validation provider on the classpath. Never fails: without a provider, or without the
   * validation API itself, or when the provider cannot start, it returns {@link #none()}.
   *
   * @return a validator backed by the default provider, or {@link #none()}
   */
  static RequestValidator detect() {
    try {
      return JakartaRequestValidator.fromDefaultProvider();
    } catch (LinkageError e) {
      return none();
    }
  }
}
