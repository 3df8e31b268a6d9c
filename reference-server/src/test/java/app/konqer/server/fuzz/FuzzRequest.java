package app.konqer.server.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One fuzzed request, as bytes on the wire, with what the oracle expects of it.
 *
 * @param index its position in the run; with the seed, all it takes to make it again
 * @param family the family of cases it belongs to, such as {@code malformed-json}
 * @param operation the operation it aims at, such as {@code POST /services/{service}/generate}
 * @param method the request method's bytes
 * @param target the request target's bytes: path and query, possibly broken
 * @param headers the headers, each a name and its value's bytes; {@code Host} and {@code Content-Length} are added
 * @param body the body, or {@code null} for none
 * @param chunked whether the body is sent in chunks, without a {@code Content-Length}
 * @param expectation what the status must be
 * @param writes whether the request may change the database when it succeeds
 */
record FuzzRequest(int index, String family, String operation, byte[] method, byte[] target, List<Header> headers,
    byte[] body, boolean chunked, Expectation expectation, boolean writes) {

  /**
   * A request header.
   *
   * @param name the name
   * @param value the value's bytes, sent as they are
   */
  record Header(String name, byte[] value) {
    static Header of(String name, String value) {
      return new Header(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** @return whether the method is HEAD, whose response has no body */
  boolean head() {
    return new String(method, StandardCharsets.ISO_8859_1).equals("HEAD");
  }

  /**
   * The request's bytes.
   *
   * @param host the {@code Host} header's value
   * @return the request line, headers and body
   */
  byte[] encode(String host) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(method);
    out.write(' ');
    out.writeBytes(target);
    out.writeBytes(" HTTP/1.1\r\nHost: ".getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(host.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    for (Header header : headers) {
      out.writeBytes(header.name().getBytes(StandardCharsets.ISO_8859_1));
      out.writeBytes(": ".getBytes(StandardCharsets.ISO_8859_1));
      out.writeBytes(header.value());
      out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    if (body != null && chunked) {
      out.writeBytes("Transfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      int chunk = 8192;
      for (int from = 0; from < body.length; from += chunk) {
        int size = Math.min(chunk, body.length - from);
        out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body, from, size);
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    } else if (body != null) {
      out.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.writeBytes(body);
    } else {
      out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    return out.toByteArray();
  }

  /** @return a short description for a failure report: family, method and target, printable */
  String describe() {
    String line = printable(method, 20) + " " + printable(target, 160);
    return "#" + index + " [" + family + "] " + line + " (" + operation + ", body " + (body == null ? "none"
        : body.length + " bytes: " + printable(body, 200)) + ")";
  }

  static String printable(byte[] bytes, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bytes.length && i < max; i++) {
      int b = bytes[i] & 0xff;
      out.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
    }
    if (bytes.length > max) {
      out.append("...");
    }
    return out.toString();
  }
}
