package app.konqer.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 message read off a socket as its raw bytes, framed by {@code Content-Length}, chunked encoding or the
 * end of the stream, with its start line and headers parsed so that a proxy can decide what to do with it.
 *
 * @param startLine the request or status line
 * @param headers the headers, names in lower case (the last value of a repeated header)
 * @param raw the whole message as it came, to forward unchanged
 * @param untilClose whether the body ran to the end of the stream, so the connection cannot carry another message
 */
record HttpMessage(String startLine, Map<String, String> headers, byte[] raw, boolean untilClose) {

  /** @return the header's value, or {@code null} */
  String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** @return the status of a response */
  int status() {
    return Integer.parseInt(startLine.split(" ", 3)[1]);
  }

  /**
   * Reads a request.
   *
   * @return the request, or {@code null} when the stream ended before one began
   */
  static HttpMessage readRequest(InputStream in) throws IOException {
    return read(in, false, false);
  }

  /**
   * Reads a response.
   *
   * @param toHead whether it answers a {@code HEAD} request, and so has no body
   * @return the response, or {@code null} when the stream ended before one began
   */
  static HttpMessage readResponse(InputStream in, boolean toHead) throws IOException {
    return read(in, true, toHead);
  }

  private static HttpMessage read(InputStream in, boolean response, boolean toHead) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    String startLine = line(in, raw, true);
    if (startLine == null) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(in, raw, false); !line.isEmpty(); line = line(in, raw, false)) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    HttpMessage head = new HttpMessage(startLine, headers, null, false);
    boolean untilClose = false;
    if (response && (toHead || head.status() / 100 == 1 || head.status() == 204 || head.status() == 304)) {
      return new HttpMessage(startLine, headers, raw.toByteArray(), false);
    }
    String encoding = head.header("transfer-encoding");
    String length = head.header("content-length");
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      chunks(in, raw);
    } else if (length != null) {
      copy(in, raw, Long.parseLong(length));
    } else if (response) {
      in.transferTo(raw);
      untilClose = true;
    }
    return new HttpMessage(startLine, headers, raw.toByteArray(), untilClose);
  }

  private static void chunks(InputStream in, ByteArrayOutputStream raw) throws IOException {
    while (true) {
      String size = line(in, raw, false);
      int extension = size.indexOf(';');
      long bytes = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
      if (bytes == 0) {
        while (!line(in, raw, false).isEmpty()) {
          // trailers, copied as they are
        }
        return;
      }
      copy(in, raw, bytes);
      line(in, raw, false);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream raw, long bytes) throws IOException {
    byte[] buffer = new byte[8192];
    long left = bytes;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new EOFException("The stream ended " + left + " bytes before the end of the body");
      }
      raw.write(buffer, 0, read);
      left -= read;
    }
  }

  /** One CRLF-terminated line, copied to {@code raw}; {@code null} at a clean end of stream when allowed. */
  private static String line(InputStream in, ByteArrayOutputStream raw, boolean mayEnd) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int previous = -1;
    while (true) {
      int next = in.read();
      if (next < 0) {
        if (mayEnd && line.size() == 0) {
          return null;
        }
        throw new EOFException("The stream ended inside an HTTP message");
      }
      raw.write(next);
      if (previous == '\r' && next == '\n') {
        byte[] bytes = line.toByteArray();
        return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
      }
      line.write(next);
      previous = next;
    }
  }
}
