package app.konqer.examples.cli;

import app.konqer.sdk.KonqerClient;
import app.konqer.sdk.auth.DevTokenRequest;
import app.konqer.sdk.auth.OAuth2TokenProvider;
import app.konqer.sdk.auth.StaticTokenProvider;
import app.konqer.sdk.auth.TokenProvider;
import app.konqer.sdk.auth.TokenSet;
import app.konqer.sdk.json.KonqerJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.PrintWriter;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every command runs with: the environment, the output streams, the saved login and the clients built from
 * them. Commands ask it for a client; it closes the clients when the command is done.
 */
final class CliContext implements AutoCloseable {
  /** The reference server's address on a developer's machine, where {@code login --dev} goes by default. */
  static final String LOCAL_SERVER = "http://localhost:4000";

  private final Map<String, String> env;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Moshi moshi = KonqerJson.create();
  private final LoginStore store;
  private final Clock clock;
  private final Consumer<KonqerClient.Builder> clientSettings;
  private final List<KonqerClient> clients = new CopyOnWriteArrayList<>();

  CliContext(Map<String, String> env, Path home, PrintWriter out, PrintWriter err, Clock clock,
      Consumer<KonqerClient.Builder> clientSettings) {
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.clientSettings = clientSettings;
    this.store = new LoginStore(LoginStore.directory(env, home), moshi);
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  Moshi moshi() {
    return moshi;
  }

  LoginStore store() {
    return store;
  }

  Clock clock() {
    return clock;
  }

  /**
   * The API's base URL: the option, else {@code KONQER_BASE_URL}, else the saved login's, else a fallback.
   *
   * @param options the command's options
   * @param fallback the URL to use when nothing names one
   * @return the URL
   */
  String baseUrl(GlobalOptions options, String fallback) {
    if (options.baseUrl != null && !options.baseUrl.isBlank()) {
      return options.baseUrl.strip();
    }
    String fromEnv = env.get("KONQER_BASE_URL");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv.strip();
    }
    return store.load().map(Login::baseUrl).orElse(fallback);
  }

  /**
   * A client without credentials, for the public routes and for logging in.
   *
   * @param options the command's options
   * @param fallbackBaseUrl the URL to use when nothing names one
   * @return the client
   */
  KonqerClient anonymous(GlobalOptions options, String fallbackBaseUrl) {
    return build(KonqerClient.builder().baseUrl(baseUrl(options, fallbackBaseUrl)));
  }

  /**
   * A client with given credentials.
   *
   * @param baseUrl the API
   * @param tokens the credentials
   * @return the client
   */
  KonqerClient client(String baseUrl, TokenProvider tokens) {
    return build(KonqerClient.builder().baseUrl(baseUrl).tokenProvider(tokens));
  }

  /**
   * A client signed in with the credentials in the environment ({@code KONQER_API_TOKEN}, or
   * {@code KONQER_TOKEN_URL} with a client id and secret), else the saved login.
   *
   * @param options the command's options
   * @return the client
   * @throws CliException {@link ExitCode#AUTH} when there are no credentials at all
   */
  KonqerClient signedIn(GlobalOptions options) {
    return signedInIfPossible(options).orElseThrow(CliException::notLoggedIn);
  }

  /**
   * A client signed in if there are credentials.
   *
   * @param options the command's options
   * @return the client, or empty when nobody is logged in
   */
  Optional<KonqerClient> signedInIfPossible(GlobalOptions options) {
    Optional<Login> saved = store.load();
    boolean envCredentials = has("KONQER_API_TOKEN") || has("KONQER_TOKEN_URL");
    if (saved.isEmpty() && !envCredentials) {
      return Optional.empty();
    }
    KonqerClient.Builder builder = KonqerClient.builder();
    saved.ifPresent(login -> builder.baseUrl(login.baseUrl()).tokenProvider(tokens(login)));
    builder.fromEnv(env);
    if (options.baseUrl != null && !options.baseUrl.isBlank()) {
      builder.baseUrl(options.baseUrl.strip());
    }
    return Optional.of(build(builder));
  }

  /**
   * The tokens of a saved login.
   *
   * @param login the login
   * @return a provider of its tokens
   */
  TokenProvider tokens(Login login) {
    return switch (login.kind()) {
      case DEV -> new SavedDevTokens(login);
      case TOKEN -> new StaticTokenProvider(login.accessToken());
      case CLIENT_CREDENTIALS -> OAuth2TokenProvider.clientCredentials(login.clientId(), login.clientSecret())
          .tokenEndpoint(login.tokenUrl())
          .build();
      case UNKNOWN -> throw new CliException(ExitCode.AUTH, "The saved login in " + store.file()
          + " is of a kind this version does not know: run konqer login again");
    };
  }

  /**
   * Mints a dev token at a reference server in dev mode.
   *
   * @param baseUrl the server
   * @param email the user's e-mail address
   * @param name the display name, or {@code null}
   * @return the saved login
   */
  Login devLogin(String baseUrl, String email, String name) {
    KonqerClient client = build(KonqerClient.builder().baseUrl(baseUrl));
    TokenSet tokens = client.auth().devToken(new DevTokenRequest(email, name, List.of()));
    Instant expiresAt = tokens.expiresIn() == null ? null : clock.instant().plusSeconds(tokens.expiresIn());
    return new Login(baseUrl, Login.Kind.DEV, email, tokens.accessToken(), expiresAt, null, null, null);
  }

  /**
   * Prints a value as JSON, with the SDK's JSON configuration.
   *
   * @param value the value
   * @param type its type, such as a record class or a {@link Types#newParameterizedType parameterized type}
   */
  void printJson(Object value, Type type) {
    JsonAdapter<Object> adapter = moshi.adapter(type);
    out.println(adapter.indent("  ").toJson(value));
    out.flush();
  }

  private boolean has(String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }

  private KonqerClient build(KonqerClient.Builder builder) {
    clientSettings.accept(builder);
    KonqerClient client = builder.userAgentSuffix("konqer-cli").moshi(moshi).build();
    clients.add(client);
    return client;
  }

  @Override
  public void close() {
    for (KonqerClient client : clients) {
      client.close();
    }
    clients.clear();
  }

  /** Dev tokens of a saved login: the saved one while it is valid, then a new one, saved in its place. */
  private final class SavedDevTokens implements TokenProvider {
    private Login login;

    SavedDevTokens(Login login) {
      this.login = login;
    }

    @Override
    public synchronized String token() {
      boolean expired = login.expiresAt() != null && !clock.instant().isBefore(login.expiresAt().minusSeconds(60));
      if (login.accessToken() == null || expired) {
        login = devLogin(login.baseUrl(), login.email(), null);
        store.save(login);
      }
      return login.accessToken();
    }

    @Override
    public synchronized void invalidate(String token) {
      if (token.equals(login.accessToken())) {
        login = new Login(login.baseUrl(), login.kind(), login.email(), null, null, null, null, null);
      }
    }
  }
}
