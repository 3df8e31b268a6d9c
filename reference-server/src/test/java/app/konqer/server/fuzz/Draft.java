package app.konqer.server.fuzz;

import app.konqer.server.auth.Access;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fuzzed request while it is being made: a valid call of one operation that a family of cases then breaks. */
final class Draft {
  final ApiOperations.Operation operation;
  final Map<String, String> pathValues = new LinkedHashMap<>();
  byte[] method;
  byte[] path;
  byte[] query = new byte[0];
  final List<FuzzRequest.Header> headers = new ArrayList<>();
  byte[] body;
  boolean chunked;
  Expectation expectation = Expectation.ACCEPT;

  Draft(ApiOperations.Operation operation) {
    this.operation = operation;
    this.method = operation.method().getBytes(StandardCharsets.US_ASCII);
  }

  /** Fills the path template with the path values. */
  void renderPath() {
    String rendered = operation.path();
    for (Map.Entry<String, String> value : pathValues.entrySet()) {
      rendered = rendered.replace("{" + value.getKey() + "}", encodeSegment(value.getValue()));
    }
    path = rendered.getBytes(StandardCharsets.UTF_8);
  }

  /** Percent-encodes a path segment as a careful client would. */
  static String encodeSegment(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  void queryParameter(String name, String value) {
    String pair = URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    rawQuery(pair.getBytes(StandardCharsets.US_ASCII));
  }

  void rawQuery(byte[] pair) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(query);
    if (query.length > 0) {
      out.write('&');
    }
    out.writeBytes(pair);
    query = out.toByteArray();
  }

  void header(String name, String value) {
    headers.add(FuzzRequest.Header.of(name, value));
  }

  void header(String name, byte[] value) {
    headers.add(new FuzzRequest.Header(name, value));
  }

  void removeHeader(String name) {
    headers.removeIf(header -> header.name().equalsIgnoreCase(name));
  }

  String headerValue(String name) {
    for (FuzzRequest.Header header : headers) {
      if (header.name().equalsIgnoreCase(name)) {
        return new String(header.value(), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** Lowers the expectation: a request already known to be invalid stays so. */
  void expect(Expectation at) {
    if (expectation == Expectation.REJECT) {
      return;
    }
    if (at == Expectation.REJECT || expectation == Expectation.ACCEPT) {
      expectation = at;
    }
  }

  boolean needsToken() {
    return operation.access() != Access.PUBLIC;
  }

  FuzzRequest build(int index, String family) {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    target.writeBytes(path);
    if (query.length > 0) {
      target.write('?');
      target.writeBytes(query);
    }
    boolean writes = !operation.method().equals("GET");
    return new FuzzRequest(index, family, operation.key(), method, target.toByteArray(), List.copyOf(headers), body,
        chunked, expectation, writes);
  }
}
