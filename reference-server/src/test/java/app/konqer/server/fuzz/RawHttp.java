package app.konqer.server.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP/1.1 client over a plain socket, for requests no well-behaved client sends: NUL bytes and control characters
 * in the request line and headers, invalid UTF-8, odd methods. It keeps one connection alive across requests, as a
 * pooled client would, and reconnects only after a response that announced {@code Connection: close}. A server that
 * closes a kept-alive connection without announcing it is reported, since the next pooled request would fail.
 */
final class RawHttp implements AutoCloseable {
  private static final int MAX_HEAD_BYTES = 64 * 1024;
  private static final int READ_TIMEOUT_MILLIS = 30_000;

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private int connections;

  RawHttp(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** A connection the server closed without {@code Connection: close} on the response before. */
  static final class UnannouncedCloseException extends IOException {
    UnannouncedCloseException(String message) {
      super(message);
    }
  }

  /** @return how many connections were opened so far */
  int connections() {
    return connections;
  }

  /**
   * Sends a request and reads its response.
   *
   * @param request the request's bytes, head and body
   * @param head whether the request is a HEAD, whose response has no body
   * @return the response
   * @throws UnannouncedCloseException when a kept-alive connection was found closed
   * @throws IOException when the exchange fails otherwise
   */
  RawResponse exchange(byte[] request, boolean head) throws IOException {
    boolean reused = socket != null;
    if (!reused) {
      connect();
    }
    RawResponse response;
    try {
      try {
        out.write(request);
        out.flush();
      } catch (java.net.SocketException e) {
        // The server may refuse a body before it has all arrived, answer, and close: read that answer.
        socket.shutdownOutput();
      }
      response = read(head);
    } catch (EOFException | java.net.SocketException e) {
      close();
      if (reused) {
        throw new UnannouncedCloseException("The server closed a kept-alive connection without announcing it: " + e);
      }
      throw e;
    }
    if (response.closes()) {
      close();
    }
    return response;
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(READ_TIMEOUT_MILLIS);
    socket.connect(new InetSocketAddress(host, port), READ_TIMEOUT_MILLIS);
    in = new java.io.BufferedInputStream(socket.getInputStream());
    out = new java.io.BufferedOutputStream(socket.getOutputStream());
    connections++;
  }

  private RawResponse read(boolean head) throws IOException {
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("Not an HTTP status line: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    List<String[]> headers = new ArrayList<>();
    int headBytes = statusLine.length();
    for (String line = line(); !line.isEmpty(); line = line()) {
      headBytes += line.length();
      if (headBytes > MAX_HEAD_BYTES) {
        throw new IOException("Response head over " + MAX_HEAD_BYTES + " bytes");
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IOException("Malformed response header: " + line);
      }
      headers.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
    }
    RawResponse bare = new RawResponse(status, headers, new byte[0]);
    if (head || status == 204 || status == 304 || status / 100 == 1) {
      return bare;
    }
    String encoding = bare.header("Transfer-Encoding");
    String length = bare.header("Content-Length");
    byte[] body;
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = chunked();
    } else if (length != null) {
      body = in.readNBytes(Integer.parseInt(length));
      if (body.length != Integer.parseInt(length)) {
        throw new EOFException("Body shorter than its Content-Length");
      }
    } else if (bare.closes()) {
      body = in.readAllBytes();
    } else {
      throw new IOException("A kept-alive response has neither Content-Length nor chunked encoding");
    }
    return new RawResponse(status, headers, body);
  }

  private byte[] chunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = line();
      int semicolon = sizeLine.indexOf(';');
      int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
      if (size == 0) {
        while (!line().isEmpty()) {
          // Trailers are not used.
        }
        return body.toByteArray();
      }
      byte[] chunk = in.readNBytes(size);
      if (chunk.length != size) {
        throw new EOFException("Chunk shorter than its size");
      }
      body.write(chunk);
      line();
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("Connection closed after " + line.size() + " bytes of a line");
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
      }
      if (line.size() > MAX_HEAD_BYTES) {
        throw new IOException("Response line over " + MAX_HEAD_BYTES + " bytes");
      }
      line.write(b);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing is best effort.
      }
    }
    socket = null;
    in = null;
    out = null;
  }
}
