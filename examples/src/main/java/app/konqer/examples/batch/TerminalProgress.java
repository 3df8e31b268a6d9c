package app.konqer.examples.batch;

import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar in the terminal: rows done of rows to send, rows per second, time left, and failures so far. */
public final class TerminalProgress implements BatchProgress {
  private final ProgressBarConsumer consumer;
  private final AtomicInteger failures = new AtomicInteger();
  private ProgressBar bar;

  /**
   * A bar on the console (standard error).
   *
   * @param consumer where the bar is drawn, or {@code null} for the console
   */
  public TerminalProgress(ProgressBarConsumer consumer) {
    this.consumer = consumer;
  }

  @Override
  public synchronized void start(int rows) {
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName("Cold DMs")
        .setInitialMax(rows)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .showSpeed(new DecimalFormat("0.0"))
        .setSpeedUnit(ChronoUnit.SECONDS)
        .setUnit(" rows", 1);
    if (consumer != null) {
      builder.setConsumer(consumer);
    }
    bar = builder.build();
    bar.setExtraMessage(" 0 failed");
  }

  @Override
  public synchronized void succeeded() {
    bar.step();
  }

  @Override
  public synchronized void failed() {
    bar.step();
    bar.setExtraMessage(" " + failures.incrementAndGet() + " failed");
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
