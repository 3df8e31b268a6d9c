package app.konqer.server.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The threads requests run on. A generation spends seconds waiting for OpenAI, so the server must hold hundreds of
 * requests at once without that costing a platform thread apiece where it need not:
 *
 * <ul>
 *   <li>on Java 21 and later, every request runs on a virtual thread of its own, while Jetty's selector and
 *       acceptor keep a small pool of platform threads ({@link #INTERNAL_THREADS}); what bounds concurrent work there
 *       is the database pool and the OpenAI concurrency limit, not threads;</li>
 *   <li>on Java 17 to 20, requests run on a pool of up to {@link #PLATFORM_THREADS} platform threads (Javalin's
 *       default is 250), enough for 500 generations waiting on OpenAI at once; more requests wait in Jetty's queue.
 *       Idle threads above 8 end after a minute, so the pool costs memory only while it is busy.</li>
 * </ul>
 *
 * <p>The listening socket's accept queue holds {@link #ACCEPT_QUEUE} connections (the JVM's default is 50), so a
 * burst of new clients is not refused or made to retry its SYN while the acceptor catches up.
 */
public final class RequestThreads {
  /** The most platform threads serving requests on a JDK without virtual threads. */
  public static final int PLATFORM_THREADS = 600;
  /** The platform threads of Jetty's own work (selector, acceptor, scheduler) beside virtual request threads. */
  public static final int INTERNAL_THREADS = 32;
  /** The backlog of the listening socket; the kernel caps it at {@code net.core.somaxconn}. */
  public static final int ACCEPT_QUEUE = 1024;

  private static final int MIN_THREADS = 8;
  private static final int IDLE_MILLIS = 60_000;

  private RequestThreads() {}

  /**
   * Whether requests run on virtual threads in this JVM.
   *
   * @return {@code true} on Java 21 and later
   */
  public static boolean virtual() {
    return VirtualThreads.areSupported();
  }

  /**
   * Sets the app's thread pool and accept queue.
   *
   * @param config the app's configuration
   */
  public static void configure(JavalinConfig config) {
    config.concurrency.useVirtualThreads = virtual();
    config.jetty.threadPool = pool();
    config.jetty.modifyServer(RequestThreads::acceptQueue);
  }

  private static QueuedThreadPool pool() {
    if (virtual()) {
      QueuedThreadPool internal = new QueuedThreadPool(INTERNAL_THREADS, MIN_THREADS, IDLE_MILLIS);
      internal.setName("konqer-jetty");
      internal.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("konqer-request-"));
      return internal;
    }
    QueuedThreadPool platform = new QueuedThreadPool(PLATFORM_THREADS, MIN_THREADS, IDLE_MILLIS);
    platform.setName("konqer-request");
    return platform;
  }

  /** Javalin adds its connector after the server is configured, so the backlog is set as the server starts. */
  private static void acceptQueue(Server server) {
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        for (Connector connector : server.getConnectors()) {
          if (connector instanceof ServerConnector listening) {
            listening.setAcceptQueueSize(ACCEPT_QUEUE);
          }
        }
      }
    });
  }
}
