package app.konqer.server.testing;

import app.konqer.server.ConfigVariable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference server as a real operating-system process: {@code app.konqer.server.Main} in a new JVM on this test
 * run's classpath, configured only through its environment, as in production. Ready when it logs the line
 * {@code Konqer ... is ready at <url>}: no polling. {@link #close()} stops it (SIGTERM, then SIGKILL), and a
 * shutdown hook kills it should the test JVM end first.
 */
public final class ServerProcess implements AutoCloseable {
  private static final Pattern READY = Pattern.compile("Konqer \\S+ is ready at (http://\\S+)");
  private static final int KEPT_LINES = 200;

  private final String name;
  private final Process process;
  private final Thread killer;
  private final Deque<String> output = new ArrayDeque<>();
  private final CompletableFuture<URI> ready = new CompletableFuture<>();

  private ServerProcess(String name, Process process) {
    this.name = name;
    this.process = process;
    this.killer = new Thread(process::destroyForcibly, "kill-" + name);
    Runtime.getRuntime().addShutdownHook(killer);
    Thread reader = new Thread(this::readOutput, name + "-output");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Launches a server. Every server variable of the test JVM's own environment is removed first, so that only
   * {@code env} configures the child.
   *
   * @param name names the process in diagnostics
   * @param env the server's configuration, by {@link ConfigVariable} name
   * @return the process, still starting
   */
  public static ServerProcess launch(String name, Map<String, String> env) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "app.konqer.server.Main"))
        .redirectErrorStream(true);
    for (ConfigVariable variable : ConfigVariable.values()) {
      builder.environment().remove(variable.key());
    }
    builder.environment().putAll(env);
    try {
      return new ServerProcess(name, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot launch " + name, e);
    }
  }

  /**
   * Waits until the server says it is ready.
   *
   * @param atMost a bound on the wait
   * @return the server's base URL
   * @throws IllegalStateException with the server's output when it exits or stays silent past the bound
   */
  public URI awaitReady(Duration atMost) throws InterruptedException {
    try {
      return ready.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(name + " exited before it was ready:\n" + output(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(name + " was not ready within " + atMost + ":\n" + output(), e);
    }
  }

  /** @return the last lines the server wrote */
  public synchronized String output() {
    return String.join("\n", output);
  }

  private void readOutput() {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        keep(line);
        Matcher match = READY.matcher(line);
        if (match.find()) {
          ready.complete(URI.create(match.group(1)));
        }
      }
    } catch (IOException e) {
      keep("(output unreadable: " + e + ")");
    }
    ready.completeExceptionally(new IllegalStateException(name + " ended its output"));
  }

  private synchronized void keep(String line) {
    if (output.size() == KEPT_LINES) {
      output.removeFirst();
    }
    output.addLast(line);
  }

  /** Stops the server: SIGTERM and its graceful stop, then SIGKILL if that takes too long. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(killer);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }
}
