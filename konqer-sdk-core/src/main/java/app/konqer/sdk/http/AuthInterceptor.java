package app.konqer.sdk.http;

import app.konqer.sdk.auth.TokenProvider;
import app.konqer.sdk.error.KonqerException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the bearer token of a provider whose token may change between attempts (a {@code StaticTokenProvider}'s
 * goes with the call's other headers instead). Only the transport's client for authenticated calls has this
 * interceptor; the {@code /auth/*} calls go through one without it.
 *
 * <p>It recovers once from a 401: the refused token is invalidated and the request replayed with a fresh one. A
 * second 401 is returned as it is, so a bad credential can never loop. When the provider has no
 * other token to offer (a static token), the 401 is returned without a pointless replay.
 */
final class AuthInterceptor implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger(ExchangeLog.LOGGER);
  private final TokenProvider tokens;
  private volatile Credential last = new Credential("", "");

  AuthInterceptor(TokenProvider tokens) {
    this.tokens = tokens;
  }

  /** A token and its header value, kept so that the common case of an unchanged token builds no string. */
  private record Credential(String token, String header) {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String token = token();
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401) {
      return response;
    }
    invalidate(token);
    String fresh = token();
    if (fresh.equals(token)) {
      return response;
    }
    response.close();
    log.debug("{} {} -> 401; replaying once with a fresh token", request.method(), request.url().encodedPath());
    return chain.proceed(withToken(request, fresh));
  }

  private Request withToken(Request request, String token) {
    Credential credential = last;
    if (!credential.token().equals(token)) {
      credential = new Credential(token, "Bearer " + token);
      last = credential;
    }
    return request.newBuilder().header("Authorization", credential.header()).build();
  }

  private String token() throws ExchangeAbortedException {
    String token;
    try {
      token = tokens.token();
    } catch (KonqerException e) {
      throw new ExchangeAbortedException(e);
    } catch (RuntimeException e) {
      throw new ExchangeAbortedException(new KonqerException("The token provider failed: " + e, e));
    }
    if (token == null || token.isBlank()) {
      throw new ExchangeAbortedException(new KonqerException("The token provider returned no token"));
    }
    return token;
  }

  private void invalidate(String token) throws ExchangeAbortedException {
    try {
      tokens.invalidate(token);
    } catch (RuntimeException e) {
      throw new ExchangeAbortedException(new KonqerException("The token provider failed to invalidate: " + e, e));
    }
  }
}
