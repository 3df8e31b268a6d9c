package app.konqer.sdk.http;

import app.konqer.sdk.error.KonqerException;
import java.io.IOException;

/**
 * Carries a {@link KonqerException} out of an interceptor through OkHttp, which passes only {@link IOException}s
 * to asynchronous callbacks. The transport unwraps it and fails the call with {@link #reason()}, without retrying.
 */
final class ExchangeAbortedException extends IOException {
  private static final long serialVersionUID = 1L;

  ExchangeAbortedException(KonqerException reason) {
    super(reason.getMessage(), reason);
  }

  KonqerException reason() {
    return (KonqerException) getCause();
  }
}
