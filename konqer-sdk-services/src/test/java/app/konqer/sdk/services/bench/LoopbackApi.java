package app.konqer.sdk.services.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;

/**
 * A minimal keep-alive HTTP/1.1 server on loopback that answers each route with fixed bytes, chosen by the start of
 * the request line ({@code POST /services/cold-dm/generate}). It allocates nothing per request, so that the
 * allocation a benchmark measures in this JVM is the client's alone, and answers as fast as a socket can.
 *
 * <p>When {@link #recordNext()} is called, it keeps a copy of the next request's bytes, so a benchmark can check
 * that the calls it compares send the same request.
 */
final class LoopbackApi implements AutoCloseable {
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
  private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NOT_FOUND =
      "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket serverSocket;
  private final byte[][] requestLines;
  private final byte[][] responses;
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean recording;
  private volatile byte[] recorded;

  /**
   * Starts the server.
   *
   * @param routes the start of a request line (method and path) and the JSON body answered to it
   */
  LoopbackApi(Map<String, String> routes) throws IOException {
    Map<String, String> ordered = new LinkedHashMap<>(routes);
    requestLines = new byte[ordered.size()][];
    responses = new byte[ordered.size()][];
    int i = 0;
    for (Map.Entry<String, String> route : ordered.entrySet()) {
      requestLines[i] = route.getKey().getBytes(StandardCharsets.US_ASCII);
      responses[i] = response(route.getValue());
      i++;
    }
    serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private static byte[] response(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
        + "\r\nX-Request-Id: 0b7c6f0e-5d1c-4f59-9a51-loopback\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] response = Arrays.copyOf(headBytes, headBytes.length + body.length);
    System.arraycopy(body, 0, response, headBytes.length, body.length);
    return response;
  }

  String url() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + "/";
  }

  /** Keeps the bytes of the next request; read them with {@link #recorded()}. */
  void recordNext() {
    recorded = null;
    recording = true;
  }

  /**
   * The request kept since {@link #recordNext()}.
   *
   * @return its bytes, head and body, or {@code null} if none arrived yet
   */
  byte[] recorded() {
    return recorded;
  }

  /**
   * How many connections clients opened so far.
   *
   * @return the count
   */
  int connections() {
    return connections.get();
  }

  private void accept() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        connections.incrementAndGet();
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
        int requestLength;
        while ((requestLength = requestLength(buffer, length)) < 0) {
          int read = in.read(buffer, length, buffer.length - length);
          if (read < 0) {
            return;
          }
          length += read;
        }
        if (recording) {
          recording = false;
          recorded = Arrays.copyOf(buffer, requestLength);
        }
        out.write(responseTo(buffer));
        out.flush();
        System.arraycopy(buffer, requestLength, buffer, 0, length - requestLength);
        length -= requestLength;
      }
    } catch (IOException e) {
      // The client closed the connection.
    }
  }

  /**
   * The length of the request at the start of the buffer, head and body.
   *
   * @return the length, or -1 while the request is not complete
   */
  static int requestLength(byte[] buffer, int length) {
    int headerEnd = indexOf(buffer, length, HEADER_END);
    if (headerEnd < 0) {
      return -1;
    }
    int requestLength = headerEnd + HEADER_END.length + contentLength(buffer, headerEnd);
    return length < requestLength ? -1 : requestLength;
  }

  /**
   * Sockets that answer from this server's routes without a network: the response is ready as soon as the request
   * is written. Each socket counts as a connection.
   *
   * @return a socket factory for OkHttp
   */
  SocketFactory inMemory() {
    return new SocketFactory() {
      @Override
      public Socket createSocket() {
        return open();
      }

      @Override
      public Socket createSocket(String host, int port) {
        return connected(new InetSocketAddress(host, port));
      }

      @Override
      public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        return createSocket(host, port);
      }

      @Override
      public Socket createSocket(InetAddress host, int port) {
        return createSocket(host.getHostAddress(), port);
      }

      @Override
      public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        return createSocket(address, port);
      }

      private Socket connected(InetSocketAddress address) {
        InMemorySocket socket = open();
        socket.connect(address, 0);
        return socket;
      }

      private InMemorySocket open() {
        connections.incrementAndGet();
        return new InMemorySocket(LoopbackApi.this::responseTo);
      }
    };
  }

  private byte[] responseTo(byte[] request) {
    for (int i = 0; i < requestLines.length; i++) {
      if (startsWith(request, requestLines[i])) {
        return responses[i];
      }
    }
    return NOT_FOUND;
  }

  private static boolean startsWith(byte[] buffer, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (buffer[i] != prefix[i]) {
        return false;
      }
    }
    return true;
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
