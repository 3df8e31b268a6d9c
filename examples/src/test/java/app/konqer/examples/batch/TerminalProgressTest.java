package app.konqer.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void drawsRowsRateAndFailures() {
    List<String> frames = new CopyOnWriteArrayList<>();
    TerminalProgress progress = new TerminalProgress(new DelegatingProgressBarConsumer(frames::add, 120));

    progress.start(3);
    progress.succeeded();
    progress.failed();
    progress.succeeded();
    progress.close();

    assertThat(frames).last().asString()
        .startsWith("Cold DMs 100%")
        .contains("3/3 rows", "rows/s", "1 failed");
  }
}
