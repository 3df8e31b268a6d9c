package app.konqer.sdk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal keep-alive HTTP/1.1 server on loopback that answers every request with the same bytes. It allocates
 * nothing per request, so a benchmark's allocation figures are the client's alone.
 */
final class LoopbackHttpServer implements AutoCloseable {
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
  private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket serverSocket;
  private final byte[] response;

  LoopbackHttpServer(String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
        + "\r\nX-Request-Id: 0b7c6f0e-bench\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    response = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, response, 0, headBytes.length);
    System.arraycopy(body, 0, response, headBytes.length, body.length);
    serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/";
  }

  private void accept() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        socket.setTcpNoDelay(true);
        Thread connection = new Thread(() -> serve(socket), "loopback-connection");
        connection.setDaemon(true);
        connection.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    byte[] buffer = new byte[64 * 1024];
    int length = 0;
    try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
      while (true) {
        int headerEnd;
        while ((headerEnd = indexOf(buffer, length, HEADER_END)) < 0) {
          int read = in.read(buffer, length, buffer.length - length);
          if (read < 0) {
            return;
          }
          length += read;
        }
        int requestLength = headerEnd + HEADER_END.length + contentLength(buffer, headerEnd);
        while (length < requestLength) {
          int read = in.read(buffer, length, buffer.length - length);
          if (read < 0) {
            return;
          }
          length += read;
        }
        out.write(response);
        out.flush();
        System.arraycopy(buffer, requestLength, buffer, 0, length - requestLength);
        length -= requestLength;
      }
    } catch (IOException e) {
      // The client closed the connection.
    }
  }

  private static int contentLength(byte[] buffer, int headerEnd) {
    int at = indexOfIgnoreCase(buffer, headerEnd, CONTENT_LENGTH);
    if (at < 0) {
      return 0;
    }
    int value = 0;
    for (int i = at + CONTENT_LENGTH.length; i < headerEnd; i++) {
      byte b = buffer[i];
      if (b >= '0' && b <= '9') {
        value = value * 10 + (b - '0');
      } else if (b == '\r') {
        break;
      }
    }
    return value;
  }

  private static int indexOf(byte[] buffer, int length, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (buffer[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int indexOfIgnoreCase(byte[] buffer, int length, byte[] lowerNeedle) {
    outer:
    for (int i = 0; i + lowerNeedle.length <= length; i++) {
      for (int j = 0; j < lowerNeedle.length; j++) {
        int b = buffer[i + j];
        if (b >= 'A' && b <= 'Z') {
          b += 'a' - 'A';
        }
        if (b != lowerNeedle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
  }
}
