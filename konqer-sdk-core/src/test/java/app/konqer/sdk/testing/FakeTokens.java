package app.konqer.sdk.testing;

import app.konqer.sdk.auth.TokenProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Hands out {@code token-1}, and {@code token-2} once {@code token-1} was invalidated, and so on. */
public final class FakeTokens implements TokenProvider {
  private final AtomicInteger generation = new AtomicInteger(1);
  private final List<String> invalidated = new CopyOnWriteArrayList<>();

  @Override
  public String token() {
    return "token-" + generation.get();
  }

  @Override
  public void invalidate(String token) {
    invalidated.add(token);
    if (token.equals(token())) {
      generation.incrementAndGet();
    }
  }

  public List<String> invalidated() {
    return invalidated;
  }
}
