package app.konqer.server.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link KonqerTest}: one {@link KonqerTestServer} per test class, kept in the class's
 * extension store, started before the class and closed after it.
 */
public final class KonqerTestExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KonqerTest.class);
  private static final String KEY = "server";

  /** Created by JUnit. */
  public KonqerTestExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    if (find(context) == null) {
      context.getStore(NAMESPACE).put(KEY, new Owned(KonqerTestServer.create().start(), context.getUniqueId()));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Owned owned = context.getStore(NAMESPACE).get(KEY, Owned.class);
    if (owned != null && owned.owner().equals(context.getUniqueId())) {
      context.getStore(NAMESPACE).remove(KEY);
      owned.server().close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KonqerTestServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  private static KonqerTestServer server(ExtensionContext context) {
    Owned owned = find(context);
    if (owned == null) {
      throw new IllegalStateException("No Konqer test server for " + context.getDisplayName());
    }
    return owned.server();
  }

  private static Owned find(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(KEY, Owned.class);
  }

  /** A server and the unique id of the class context that started it, which alone closes it. */
  private record Owned(KonqerTestServer server, String owner) {}
}
