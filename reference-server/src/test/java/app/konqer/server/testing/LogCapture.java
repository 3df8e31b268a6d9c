package app.konqer.server.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** Captures what one logger writes while it is open. */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final Logger logger;
  private final Level previousLevel;
  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

  private LogCapture(Logger logger) {
    this.logger = logger;
    this.previousLevel = logger.getLevel();
  }

  /**
   * Starts capturing a logger at INFO and above.
   *
   * @param name the logger name
   * @return the capture; close it to stop
   */
  public static LogCapture of(String name) {
    return of(name, Level.INFO);
  }

  /**
   * Starts capturing a logger at a level and above.
   *
   * @param name the logger name
   * @param level the lowest level captured
   * @return the capture; close it to stop
   */
  public static LogCapture of(String name, Level level) {
    LogCapture capture = new LogCapture((Logger) LoggerFactory.getLogger(name));
    capture.start();
    capture.logger.setLevel(level);
    capture.logger.addAppender(capture);
    return capture;
  }

  @Override
  protected synchronized void append(ILoggingEvent event) {
    events.add(event);
    notifyAll();
  }

  /** @return the formatted messages so far */
  public List<String> messages() {
    return events.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  /** @return the events so far */
  public List<ILoggingEvent> events() {
    return List.copyOf(events);
  }

  /**
   * Waits until a matching message has been logged. Requests are logged just after their response completes, so a
   * test that has its response waits here for the line.
   *
   * @param matcher what to wait for
   * @param timeout the most to wait
   * @return the first matching message
   * @throws AssertionError when none arrives in time
   */
  public synchronized String await(Predicate<String> matcher, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (String message : messages()) {
        if (matcher.test(message)) {
          return message;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("No matching log line; got " + messages());
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    logger.setLevel(previousLevel);
    stop();
  }
}
