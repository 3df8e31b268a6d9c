package app.konqer.examples.cli;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.auth.OAuth2TokenProvider;
import app.konqer.sdk.auth.TokenProvider;
import app.konqer.sdk.model.UserProfile;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code konqer login}: checks credentials against the API and saves them for the other commands. */
@Command(name = "login", description = {
    "Sign in and save the credentials (readable by you only) for the other commands.",
    "  Dev mode:           konqer login --dev --email you@example.com",
    "  Client credentials: konqer login --client-id ID --client-secret SECRET --token-url URL",
    "  A token you have:   konqer login --token TOKEN"})
final class LoginCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  GlobalOptions global;

  @Option(names = "--dev", description = "Get a dev token from a reference server in dev mode (default URL "
      + CliContext.LOCAL_SERVER + ").")
  boolean dev;

  @Option(names = "--email", paramLabel = "EMAIL", description = "The dev user's e-mail address.")
  String email;

  @Option(names = "--name", paramLabel = "NAME", description = "The dev user's display name.")
  String name;

  @Option(names = "--token", paramLabel = "TOKEN", description = "A bearer token to use as it is.")
  String token;

  @Option(names = "--client-id", paramLabel = "ID", description = "OAuth2 client id (client-credentials grant).")
  String clientId;

  @Option(names = "--client-secret", paramLabel = "SECRET", description = "OAuth2 client secret.")
  String clientSecret;

  @Option(names = "--token-url", paramLabel = "URL",
      description = "OAuth2 token endpoint, such as https://id.example.com/realms/konqer/protocol/openid-connect/token.")
  String tokenUrl;

  LoginCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Login login = login();
    UserProfile me = context.client(login.baseUrl(), verify(login)).user().me();
    context.store().save(login);
    if (global.json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("base_url", login.baseUrl());
      result.put("kind", login.kind().name().toLowerCase(Locale.ROOT));
      result.put("user_id", me.id().toString());
      result.put("email", me.email());
      result.put("credentials_file", context.store().file().toString());
      context.printJson(result, Map.class);
    } else {
      context.out().printf("Logged in to %s as %s (%s).%n", login.baseUrl(),
          me.email() != null ? me.email() : me.id(), describe(login));
      context.out().printf("Credentials saved to %s (readable by you only).%n", context.store().file());
    }
    return ExitCode.OK.code();
  }

  private Login login() {
    int ways = (dev ? 1 : 0) + (token != null ? 1 : 0) + (clientId != null ? 1 : 0);
    if (ways != 1) {
      throw CliException.usage("Choose one way to log in: --dev --email EMAIL, --token TOKEN, or "
          + "--client-id ID --client-secret SECRET --token-url URL");
    }
    if (dev) {
      if (email == null) {
        throw CliException.usage("--dev needs --email");
      }
      return context.devLogin(context.baseUrl(global, CliContext.LOCAL_SERVER), email, name);
    }
    String baseUrl = context.baseUrl(global, KonqerClient.DEFAULT_BASE_URL);
    if (token != null) {
      return new Login(baseUrl, Login.Kind.TOKEN, null, token, null, null, null, null);
    }
    if (clientSecret == null || tokenUrl == null) {
      throw CliException.usage("--client-id needs --client-secret and --token-url");
    }
    return new Login(baseUrl, Login.Kind.CLIENT_CREDENTIALS, null, null, null, tokenUrl, clientId, clientSecret);
  }

  /** The login's tokens; for client credentials, one is fetched now so that a wrong secret fails here. */
  private TokenProvider verify(Login login) {
    TokenProvider tokens = context.tokens(login);
    if (tokens instanceof OAuth2TokenProvider) {
      tokens.token();
    }
    return tokens;
  }

  private static String describe(Login login) {
    return switch (login.kind()) {
      case DEV -> "dev token, renewed when it expires";
      case TOKEN -> "bearer token";
      case CLIENT_CREDENTIALS -> "client credentials of " + login.clientId();
      case UNKNOWN -> "unknown";
    };
  }
}
