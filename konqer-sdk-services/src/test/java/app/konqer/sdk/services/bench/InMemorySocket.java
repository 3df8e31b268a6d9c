package app.konqer.sdk.services.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A connected socket with no network under it: a request written to it is answered at once, in the same thread, with
 * the bytes a route gives it. With it a benchmark measures the processor time of the client's own code alone,
 * without system calls, thread wake-ups or a server sharing the processors.
 *
 * <p>One request at a time, as HTTP/1.1 without pipelining sends them; reading before the request is complete
 * fails rather than blocks.
 */
final class InMemorySocket extends Socket {
  private final Function<byte[], byte[]> routes;
  private byte[] request = new byte[16 * 1024];
  private int requestLength;
  private byte[] response;
  private int responseOffset;
  private boolean connected;
  private boolean closed;
  private int soTimeout;
  private SocketAddress remote;

  private final InputStream in = new InputStream() {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (closed) {
        return -1;
      }
      if (response == null || responseOffset == response.length) {
        throw new IOException("Nothing to read: the request is not complete");
      }
      int count = Math.min(length, response.length - responseOffset);
      System.arraycopy(response, responseOffset, buffer, offset, count);
      responseOffset += count;
      return count;
    }

    @Override
    public int available() {
      return response == null ? 0 : response.length - responseOffset;
    }
  };

  private final OutputStream out = new OutputStream() {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
      if (closed) {
        throw new IOException("Socket closed");
      }
      if (requestLength + length > request.length) {
        request = Arrays.copyOf(request, Math.max(2 * request.length, requestLength + length));
      }
      System.arraycopy(buffer, offset, request, requestLength, length);
      requestLength += length;
      int complete = LoopbackApi.requestLength(request, requestLength);
      if (complete >= 0) {
        response = routes.apply(request);
        responseOffset = 0;
        System.arraycopy(request, complete, request, 0, requestLength - complete);
        requestLength -= complete;
      }
    }
  };

  InMemorySocket(Function<byte[], byte[]> routes) {
    this.routes = routes;
  }

  @Override
  public void connect(SocketAddress endpoint, int timeout) {
    remote = endpoint;
    connected = true;
  }

  @Override
  public void connect(SocketAddress endpoint) {
    connect(endpoint, 0);
  }

  @Override
  public InputStream getInputStream() {
    return in;
  }

  @Override
  public OutputStream getOutputStream() {
    return out;
  }

  @Override
  public synchronized void setSoTimeout(int timeout) {
    soTimeout = timeout;
  }

  @Override
  public synchronized int getSoTimeout() {
    return soTimeout;
  }

  @Override
  public void setTcpNoDelay(boolean on) {}

  @Override
  public boolean isConnected() {
    return connected;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public boolean isInputShutdown() {
    return closed;
  }

  @Override
  public boolean isOutputShutdown() {
    return closed;
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  @Override
  public SocketAddress getRemoteSocketAddress() {
    return remote;
  }

  @Override
  public InetAddress getInetAddress() {
    return remote instanceof InetSocketAddress address ? address.getAddress() : null;
  }

  @Override
  public int getPort() {
    return remote instanceof InetSocketAddress address ? address.getPort() : 0;
  }

  @Override
  public InetAddress getLocalAddress() {
    return InetAddress.getLoopbackAddress();
  }

  @Override
  public SocketAddress getLocalSocketAddress() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  @Override
  public String toString() {
    return "InMemorySocket[" + remote + "]";
  }
}
