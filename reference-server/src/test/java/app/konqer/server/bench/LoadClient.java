package app.konqer.server.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 keep-alive client for load generation, one connection per worker, in the spirit of wrk: it
 * writes the request bytes and reads the status, the headers and the body, so that the load generator costs the
 * machine as little as possible next to the server it measures. It does not ask for compression.
 */
final class LoadClient implements AutoCloseable {
  private final URI base;
  private final String host;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  /**
   * What a request answered.
   *
   * @param status the status code
   * @param body the body, as UTF-8
   */
  record Reply(int status, String body) {}

  LoadClient(URI base) throws IOException {
    this.base = base;
    this.host = base.getHost() + ":" + base.getPort();
    connect();
  }

  private void connect() throws IOException {
    socket = new Socket(base.getHost(), base.getPort());
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
  }

  /** Sends a request; once more on a new connection when the server had closed the idle one. */
  private Reply exchange(byte[] request) throws IOException {
    try {
      out.write(request);
      out.flush();
      return read();
    } catch (IOException closedWhileIdle) {
      socket.close();
      connect();
      out.write(request);
      out.flush();
      return read();
    }
  }

  Reply get(String path, String token) throws IOException {
    String head = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    return exchange(head.getBytes(StandardCharsets.US_ASCII));
  }

  Reply post(String path, String token, String idempotencyKey, byte[] json) throws IOException {
    String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
        + "\r\nIdempotency-Key: " + idempotencyKey + "\r\nContent-Type: application/json\r\nContent-Length: "
        + json.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[headBytes.length + json.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(json, 0, request, headBytes.length, json.length);
    return exchange(request);
  }

  private Reply read() throws IOException {
    String statusLine = line();
    if (!statusLine.startsWith("HTTP/1.1 ")) {
      throw new IOException("Not an HTTP/1.1 response: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    int length = -1;
    boolean chunked = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(header.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] body;
    if (chunked) {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
        chunks.write(in.readNBytes(size));
        line();
      }
      line();
      body = chunks.toByteArray();
    } else if (length >= 0) {
      body = in.readNBytes(length);
    } else {
      throw new IOException("A response without Content-Length or chunks on a kept-alive connection");
    }
    return new Reply(status, new String(body, StandardCharsets.UTF_8));
  }

  /** One header line, without its CRLF. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("The connection closed mid-response");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
