package app.konqer.server.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy in the test JVM between an HTTP client and a server, in the manner of Toxiproxy, that injects a
 * {@link Fault} into chosen requests. It understands HTTP/1.1 framing, so faults apply per request even on kept-alive
 * connections; a {@link FaultPlan} picks each request's fault.
 *
 * <p>Every fault but {@link Fault#LATENCY} loses the response after the server has received the request, so the
 * server does the work while the client cannot know: the case that idempotency keys exist for. The proxy waits on
 * events, not on time: a reset follows the request at once; a dropped or withheld response is read to its end
 * first; a timeout holds the client's connection until the client gives up and closes it.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start(server.port(), plan, Duration.ofMillis(50))) {
 *   KonqerClient client = KonqerClient.builder().baseUrl(proxy.url()).readTimeout(Duration.ofMillis(300))...
 * }
 * }</pre>
 */
public final class FaultProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final int upstreamPort;
  private final FaultPlan plan;
  private final Duration latency;
  private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "fault-proxy");
    thread.setDaemon(true);
    return thread;
  });
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Map<Fault, AtomicInteger> injected = new EnumMap<>(Fault.class);
  private final Semaphore lostResponses = new Semaphore(0);
  private volatile boolean closed;

  /** What happens to one request and its response. */
  public enum Fault {
    /** Forwarded both ways. */
    NONE,
    /** The response is forwarded after the proxy's latency. */
    LATENCY,
    /** The client's connection is reset right after the request was forwarded; the server still runs it. */
    RESET_AFTER_REQUEST,
    /** The response is read to its end, then the client's connection is closed without it. */
    DROP_RESPONSE,
    /** The response is read to its end and withheld; the client's connection stays open and silent. */
    TIMEOUT;

    /** @return whether the client never sees the server's response */
    public boolean losesResponse() {
      return this != NONE && this != LATENCY;
    }
  }

  /** Picks the fault of each request; called from the proxy's threads, so it must be thread-safe. */
  @FunctionalInterface
  public interface FaultPlan {
    /**
     * The fault of a request.
     *
     * @param method the request method
     * @param target the request target, such as {@code /services/cold-dm/generate}
     * @param headers the request headers, names in lower case
     * @return the fault to inject
     */
    Fault next(String method, String target, Map<String, String> headers);
  }

  private FaultProxy(ServerSocket listener, int upstreamPort, FaultPlan plan, Duration latency) {
    this.listener = listener;
    this.upstreamPort = upstreamPort;
    this.plan = plan;
    this.latency = latency;
    for (Fault fault : Fault.values()) {
      injected.put(fault, new AtomicInteger());
    }
  }

  /**
   * Starts a proxy on a free port of 127.0.0.1.
   *
   * @param upstreamPort the server's port on this machine
   * @param plan picks each request's fault
   * @param latency what {@link Fault#LATENCY} adds
   * @return the running proxy
   */
  public static FaultProxy start(int upstreamPort, FaultPlan plan, Duration latency) {
    try {
      ServerSocket listener = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
      FaultProxy proxy = new FaultProxy(listener, upstreamPort, plan, latency);
      proxy.connections.execute(proxy::accept);
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the base URL to give the client */
  public String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  /** @return how many requests got each fault so far */
  public Map<Fault, Integer> injected() {
    Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
    injected.forEach((fault, count) -> counts.put(fault, count.get()));
    return counts;
  }

  /**
   * Waits until the server has answered a number of requests whose response the client lost (for a reset, the
   * proxy reads the server's response after resetting the client), so that a test knows the server is done.
   *
   * @param count how many lost responses to wait for, counted from the previous wait
   * @param atMost a bound on the wait
   * @throws AssertionError when they do not come in time
   */
  public void awaitLostResponses(int count, Duration atMost) throws InterruptedException {
    if (!lostResponses.tryAcquire(count, atMost.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("The server did not answer " + count + " requests within " + atMost);
    }
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        open.add(client);
        connections.execute(() -> serve(client));
      } catch (IOException e) {
        if (!closed) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private void serve(Socket client) {
    Socket upstream = null;
    try (client) {
      upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
      open.add(upstream);
      InputStream fromClient = new BufferedInputStream(client.getInputStream());
      OutputStream toClient = client.getOutputStream();
      InputStream fromServer = new BufferedInputStream(upstream.getInputStream());
      OutputStream toServer = upstream.getOutputStream();
      while (true) {
        HttpMessage request = HttpMessage.readRequest(fromClient);
        if (request == null) {
          return;
        }
        String[] line = request.startLine().split(" ", 3);
        Fault fault = plan.next(line[0], line[1], request.headers());
        injected.get(fault).incrementAndGet();
        toServer.write(request.raw());
        toServer.flush();
        if (fault == Fault.RESET_AFTER_REQUEST) {
          client.setSoLinger(true, 0);
          client.close();
        }
        HttpMessage response = HttpMessage.readResponse(fromServer, "HEAD".equals(line[0]));
        if (response == null) {
          return;
        }
        if (fault.losesResponse()) {
          lostResponses.release();
        }
        switch (fault) {
          case RESET_AFTER_REQUEST, DROP_RESPONSE -> {
            return;
          }
          case TIMEOUT -> {
            holdUntilClosed(fromClient);
            return;
          }
          case LATENCY -> LockSupport.parkNanos(latency.toNanos());
          default -> { }
        }
        toClient.write(response.raw());
        toClient.flush();
        if (response.untilClose() || "close".equalsIgnoreCase(response.header("connection"))) {
          return;
        }
      }
    } catch (SocketException e) {
      // a connection closed by either side, or by close(): nothing left to forward
    } catch (IOException e) {
      if (!closed) {
        throw new UncheckedIOException(e);
      }
    } finally {
      open.remove(client);
      closeQuietly(upstream);
    }
  }

  /** Reads and ignores what the client sends until it closes its connection, as a silent server would. */
  private static void holdUntilClosed(InputStream fromClient) throws IOException {
    byte[] ignored = new byte[1024];
    while (fromClient.read(ignored) >= 0) {
      // a client that gave up closes the connection; that ends the wait
    }
  }

  private void closeQuietly(Socket socket) {
    if (socket == null) {
      return;
    }
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  /** Stops accepting, and closes every connection the proxy holds. */
  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException ignored) {
      // already closed
    }
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    connections.shutdownNow();
  }
}
