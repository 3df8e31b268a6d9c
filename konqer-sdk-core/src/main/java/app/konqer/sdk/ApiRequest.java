package app.konqer.sdk;

import app.konqer.sdk.json.KonqerJson;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One call to the Konqer API, described as data: method, path, query, JSON body, response type, options and whether
 * it carries the bearer token. Immutable, and safe to execute more than once.
 *
 * <p>Resource classes build these and hand them to {@link KonqerClient#execute(ApiRequest)} and its variants:
 *
 * <pre>{@code
 * ApiRequest<GenerateResponse> request = ApiRequest.post("/services/{service}/generate", GenerateResponse.class)
 *     .pathParam("service", ServiceId.COLD_DM)
 *     .body(input)
 *     .build();
 * GenerateResponse response = client.execute(request);
 * }</pre>
 *
 * <p>Path parameters fill whole segments of the template and are percent-encoded, so a value can never change the
 * path's shape: {@code a/b} becomes {@code a%2Fb}, and the values {@code .} and {@code ..} are refused. Query
 * parameters whose value is {@code null} are left out. Enum values are sent by their wire names.
 *
 * @param <T> the type of the value the call returns
 */
public final class ApiRequest<T> {
  private final HttpMethod method;
  private final String pathTemplate;
  private final String path;
  private final List<Map.Entry<String, String>> queryParameters;
  private final Object body;
  private final Type responseType;
  private final Function<Object, T> mapper;
  private final RequestOptions options;
  private final boolean authenticated;

  private ApiRequest(
      HttpMethod method,
      String pathTemplate,
      String path,
      List<Map.Entry<String, String>> queryParameters,
      Object body,
      Type responseType,
      Function<Object, T> mapper,
      RequestOptions options,
      boolean authenticated) {
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.path = path;
    this.queryParameters = queryParameters;
    this.body = body;
    this.responseType = responseType;
    this.mapper = mapper;
    this.options = options;
    this.authenticated = authenticated;
  }

  /**
   * Starts a request whose response body decodes to {@code responseType}.
   *
   * @param method the HTTP method
   * @param pathTemplate the path, starting with {@code /}, with {@code {name}} segments for path parameters
   * @param responseType the response class; {@code Void.class} for a response without a body
   * @param <T> the response type
   * @return a builder
   */
  public static <T> Builder<T> builder(HttpMethod method, String pathTemplate, Class<T> responseType) {
    return new Builder<>(method, pathTemplate, responseType);
  }

  /**
   * Starts a request whose response body decodes to a generic type, such as {@code Page<Payment>} built with
   * {@link com.squareup.moshi.Types#newParameterizedType(Type, Type...)}.
   *
   * @param method the HTTP method
   * @param pathTemplate the path, starting with {@code /}, with {@code {name}} segments for path parameters
   * @param responseType the response type; the caller guarantees that it matches {@code T}
   * @param <T> the response type
   * @return a builder
   */
  public static <T> Builder<T> builder(HttpMethod method, String pathTemplate, Type responseType) {
    return new Builder<>(method, pathTemplate, responseType);
  }

  /**
   * Starts a GET.
   *
   * @param pathTemplate the path template
   * @param responseType the response class
   * @param <T> the response type
   * @return a builder
   */
  public static <T> Builder<T> get(String pathTemplate, Class<T> responseType) {
    return builder(HttpMethod.GET, pathTemplate, responseType);
  }

  /**
   * Starts a POST.
   *
   * @param pathTemplate the path template
   * @param responseType the response class
   * @param <T> the response type
   * @return a builder
   */
  public static <T> Builder<T> post(String pathTemplate, Class<T> responseType) {
    return builder(HttpMethod.POST, pathTemplate, responseType);
  }

  /**
   * Starts a DELETE.
   *
   * @param pathTemplate the path template
   * @param responseType the response class
   * @param <T> the response type
   * @return a builder
   */
  public static <T> Builder<T> delete(String pathTemplate, Class<T> responseType) {
    return builder(HttpMethod.DELETE, pathTemplate, responseType);
  }

  /**
   * The HTTP method.
   *
   * @return the method
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * The path template, such as {@code /user/history/{id}}.
   *
   * @return the template
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * The path with its parameters filled in and percent-encoded, such as {@code /user/history/42}.
   *
   * @return the encoded path, relative to the client's base URL
   */
  public String path() {
    return path;
  }

  /**
   * The query parameters, in the order they were added, without those whose value was {@code null}.
   *
   * @return an unmodifiable list of name/value pairs, not yet encoded
   */
  public List<Map.Entry<String, String>> queryParameters() {
    return queryParameters;
  }

  /**
   * The object to send as the JSON body.
   *
   * @return the body, or {@code null} for none
   */
  public Object body() {
    return body;
  }

  /**
   * The type the response body decodes to before {@link #map(Function) mapping}.
   *
   * @return the type; {@code Void.class} when the response has no body to read
   */
  public Type responseType() {
    return responseType;
  }

  /**
   * The per-call options.
   *
   * @return the options; {@link RequestOptions#none()} when none were set
   */
  public RequestOptions options() {
    return options;
  }

  /**
   * Whether the request carries the client's bearer token. The {@code /auth/*} endpoints do not.
   *
   * @return {@code true} unless built with {@code authenticated(false)}
   */
  public boolean authenticated() {
    return authenticated;
  }

  /**
   * Turns the decoded response body into the call's result, applying every {@link #map(Function)} in order.
   *
   * @param decoded the body decoded as {@link #responseType()}
   * @return the result
   */
  public T result(Object decoded) {
    return mapper.apply(decoded);
  }

  /**
   * A request that returns {@code mapper}'s view of this one's result, such as the items of a list envelope.
   * Cancelling the future of an asynchronous call of the mapped request still cancels the HTTP call.
   *
   * @param mapper a function of the result
   * @param <U> the new result type
   * @return a mapped copy of this request
   */
  public <U> ApiRequest<U> map(Function<? super T, ? extends U> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    Function<Object, U> mapped = this.mapper.andThen(mapper);
    return new ApiRequest<>(
        method, pathTemplate, path, queryParameters, body, responseType, mapped, options, authenticated);
  }

  /**
   * This request with other options.
   *
   * @param options the per-call options
   * @return a copy carrying them
   */
  public ApiRequest<T> withOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return new ApiRequest<>(
        method, pathTemplate, path, queryParameters, body, responseType, mapper, options, authenticated);
  }

  @Override
  public String toString() {
    return "ApiRequest[" + method + " " + path + "]";
  }

  /**
   * Builds an {@link ApiRequest}. Not thread-safe.
   *
   * @param <T> the response type
   */
  public static final class Builder<T> {
    private final HttpMethod method;
    private final String pathTemplate;
    private final Type responseType;
    private Map<String, String> pathParameters = Map.of();
    private List<Map.Entry<String, String>> queryParameters;
    private Object body;
    private RequestOptions options = RequestOptions.none();
    private boolean authenticated = true;

    private Builder(HttpMethod method, String pathTemplate, Type responseType) {
      this.method = Objects.requireNonNull(method, "method");
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
      this.responseType = Objects.requireNonNull(responseType, "responseType");
      if (!pathTemplate.startsWith("/")) {
        throw new IllegalArgumentException("A path template starts with '/': " + pathTemplate);
      }
    }

    /**
     * Fills the template segment {@code {name}}.
     *
     * @param name the parameter name, without braces
     * @param value the value; an enum is sent by its wire name, anything else by {@code toString()}
     * @return this builder
     */
    public Builder<T> pathParam(String name, Object value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, () -> "path parameter " + name);
      String text = text(value);
      if (text.isEmpty() || text.equals(".") || text.equals("..")) {
        throw new IllegalArgumentException("Path parameter " + name + " cannot be '" + text + "'");
      }
      if (pathParameters.isEmpty()) {
        pathParameters = new HashMap<>(4);
      }
      pathParameters.put(name, text);
      return this;
    }

    /**
     * Adds a query parameter, unless {@code value} is {@code null}.
     *
     * @param name the parameter name
     * @param value the value; an enum is sent by its wire name, anything else by {@code toString()}
     * @return this builder
     */
    public Builder<T> queryParam(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (value != null) {
        if (queryParameters == null) {
          queryParameters = new ArrayList<>(4);
        }
        queryParameters.add(Map.entry(name, text(value)));
      }
      return this;
    }

    /**
     * Sets the JSON body, serialized with the client's Moshi (and validated first, when a Jakarta Validation
     * provider is present).
     *
     * @param body the body object, usually a request record
     * @return this builder
     */
    public Builder<T> body(Object body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * Sets the per-call options.
     *
     * @param options the options
     * @return this builder
     */
    public Builder<T> options(RequestOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Sets whether the request carries the client's bearer token (the default).
     *
     * @param authenticated {@code false} for endpoints that take no token, such as {@code /auth/refresh}
     * @return this builder
     */
    public Builder<T> authenticated(boolean authenticated) {
      this.authenticated = authenticated;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the immutable request
     * @throws IllegalArgumentException when a template parameter has no value, or a value has no template segment
     */
    @SuppressWarnings("unchecked")
    public ApiRequest<T> build() {
      if (body != null && !method.hasBody()) {
        throw new IllegalArgumentException(method + " requests carry no body");
      }
      return new ApiRequest<>(method, pathTemplate, expand(),
          queryParameters == null ? List.of() : List.copyOf(queryParameters), body, responseType,
          value -> (T) value, options, authenticated);
    }

    private String expand() {
      StringBuilder path = null;
      int used = 0;
      int from = 0;
      for (int open = pathTemplate.indexOf('{'); open >= 0; open = pathTemplate.indexOf('{', from)) {
        int close = pathTemplate.indexOf('}', open);
        boolean wholeSegment = close > open + 1 && pathTemplate.charAt(open - 1) == '/'
            && (close + 1 == pathTemplate.length() || pathTemplate.charAt(close + 1) == '/');
        if (!wholeSegment) {
          throw new IllegalArgumentException("A path parameter fills a whole segment: " + pathTemplate);
        }
        String name = pathTemplate.substring(open + 1, close);
        String value = pathParameters.get(name);
        if (value == null) {
          throw new IllegalArgumentException("No value for path parameter " + name + " of " + pathTemplate);
        }
        if (path == null) {
          path = new StringBuilder(pathTemplate.length() + 32);
        }
        path.append(pathTemplate, from, open);
        encodeSegment(value, path);
        used++;
        from = close + 1;
      }
      if (used != pathParameters.size()) {
        Set<String> unused = new HashSet<>(pathParameters.keySet());
        for (int open = pathTemplate.indexOf('{'); open >= 0; open = pathTemplate.indexOf('{', open + 1)) {
          unused.remove(pathTemplate.substring(open + 1, pathTemplate.indexOf('}', open)));
        }
        throw new IllegalArgumentException("Path parameters " + unused + " are not in " + pathTemplate);
      }
      return path == null ? pathTemplate : path.append(pathTemplate, from, pathTemplate.length()).toString();
    }
  }

  private static String text(Object value) {
    return value instanceof Enum<?> constant ? wireName(constant) : value.toString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String wireName(Enum<?> constant) {
    return KonqerJson.wireName((Enum) constant);
  }

  private static boolean isUnreserved(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~')) {
        return false;
      }
    }
    return true;
  }

  /** Percent-encodes everything but RFC 3986 unreserved characters, so the value stays one path segment. */
  private static void encodeSegment(String value, StringBuilder out) {
    if (isUnreserved(value)) {
      out.append(value);
      return;
    }
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
  }
}
