package app.konqer.server.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A JVM of its own, started from the benchmark's classpath: the server's {@code Main}, or any other main class. Its
 * memory is read from {@code /proc/<pid>/status} and its heap with the JDK's {@code jcmd}.
 */
final class ServerProcess implements AutoCloseable {
  /** A heap space of {@code GC.heap_info}: "def new generation total 9792K, used 1234K" or "DefNew total ...". */
  private static final Pattern HEAP_LINE =
      Pattern.compile("(?m)^\\s*(?!Metaspace|class space)[A-Za-z][\\w -]*?\\s+total (\\d+)K, used (\\d+)K");

  private final Process process;
  private final Path javaHome;
  private final Path log;
  private final int port;

  private ServerProcess(Process process, Path javaHome, Path log, int port) {
    this.process = process;
    this.javaHome = javaHome;
    this.log = log;
    this.port = port;
  }

  /** The JDK of child JVMs: {@code bench.java.home} when set, otherwise the benchmark's own. */
  static Path javaHome() {
    return Paths.get(System.getProperty("bench.java.home", System.getProperty("java.home")));
  }

  /** The feature version of a JDK, such as 17 or 25, from its {@code release} file. */
  static int featureVersion(Path javaHome) throws IOException {
    for (String line : Files.readAllLines(javaHome.resolve("release"))) {
      if (line.startsWith("JAVA_VERSION=")) {
        String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
        return Integer.parseInt(version.split("[.+-]")[0]);
      }
    }
    throw new IOException("No JAVA_VERSION in " + javaHome.resolve("release"));
  }

  /** The classpath the benchmark runs with: exec:java's class loader, or {@code java.class.path}. */
  static String classpath() {
    List<String> entries = new ArrayList<>();
    ClassLoader loader = ServerProcess.class.getClassLoader();
    if (loader instanceof URLClassLoader urls) {
      for (URL url : urls.getURLs()) {
        try {
          entries.add(Paths.get(url.toURI()).toString());
        } catch (URISyntaxException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return entries.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, entries);
  }

  /** A free local port. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Starts {@code app.konqer.server.Main} on a free port.
   *
   * @param javaHome the JDK to run
   * @param jvmOptions options such as {@code -Xmx128m}
   * @param env the server's environment, without {@code PORT}
   * @param log where its output goes
   */
  static ServerProcess startServer(Path javaHome, List<String> jvmOptions, Map<String, String> env, Path log)
      throws IOException {
    return startServer(javaHome, classpath(), jvmOptions, env, log);
  }

  /**
   * Starts {@code app.konqer.server.Main} on a free port, from a given classpath.
   *
   * @param classpath the server's classpath, such as {@link ClasspathJars#of}'s
   */
  static ServerProcess startServer(Path javaHome, String classpath, List<String> jvmOptions, Map<String, String> env,
      Path log) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin/java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add("app.konqer.server.Main");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("KONQER_") || name.startsWith("OPENAI_")
        || name.startsWith("STRIPE_") || name.equals("PORT") || name.startsWith("JAVA_TOOL"));
    builder.environment().putAll(env);
    builder.environment().put("PORT", Integer.toString(port));
    return new ServerProcess(builder.start(), javaHome, log, port);
  }

  /**
   * Runs a main class of the classpath to its end.
   *
   * @return the exit code
   */
  static int runMain(Path javaHome, List<String> jvmOptions, String mainClass) throws IOException,
      InterruptedException {
    return runMain(javaHome, classpath(), jvmOptions, mainClass);
  }

  /**
   * Runs a main class of a given classpath to its end.
   *
   * @return the exit code
   */
  static int runMain(Path javaHome, String classpath, List<String> jvmOptions, String mainClass)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin/java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    return new ProcessBuilder(command).inheritIO().start().waitFor();
  }

  /** @return the server's base URL */
  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** @return the process id */
  long pid() {
    return process.pid();
  }

  /**
   * Waits for the first 200 on {@code /health}.
   *
   * @param http the client to poll with
   * @param limit how long to wait
   * @throws IOException when the process ends or the limit passes first
   */
  void awaitHealthy(OkHttpClient http, Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    Request health = new Request.Builder().url(url() + "/health").build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("The server exited with " + process.exitValue() + "; the end of " + log + ":\n"
            + logTail(20));
      }
      try (Response response = http.newCall(health).execute()) {
        if (response.code() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      TimeUnit.MILLISECONDS.sleep(5);
    }
    throw new IOException("No 200 on /health within " + limit + "; see " + log);
  }

  /** The last lines of the server's output, for an error message: the benchmarks delete their logs when they end. */
  private String logTail(int lines) throws IOException {
    List<String> all = Files.readAllLines(log);
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** The memory of the process, from {@code /proc/<pid>/status}. */
  record Memory(long rssKib, long peakRssKib, int threads) {
    double rssMib() {
      return rssKib / 1024.0;
    }

    double peakRssMib() {
      return peakRssKib / 1024.0;
    }
  }

  Memory memory() throws IOException {
    long rss = 0;
    long peak = 0;
    int threads = 0;
    for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kib(line);
      } else if (line.startsWith("VmHWM:")) {
        peak = kib(line);
      } else if (line.startsWith("Threads:")) {
        threads = Integer.parseInt(line.substring("Threads:".length()).strip());
      }
    }
    return new Memory(rss, peak, threads);
  }

  private static long kib(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  /** The heap after a full collection, from {@code jcmd GC.run} and {@code jcmd GC.heap_info}. */
  record Heap(long usedKib, long committedKib) {}

  Heap heapAfterFullGc() throws IOException, InterruptedException {
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    long used = 0;
    long committed = 0;
    Matcher heap = HEAP_LINE.matcher(info);
    while (heap.find()) {
      committed += Long.parseLong(heap.group(1));
      used += Long.parseLong(heap.group(2));
    }
    if (committed == 0) {
      throw new IOException("Cannot read the heap from jcmd GC.heap_info:\n" + info);
    }
    return new Heap(used, committed);
  }

  /** Runs a {@code jcmd} command against the process and returns its output. */
  String jcmd(String command) throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder(javaHome.resolve("bin/jcmd").toString(), Long.toString(pid()), command)
        .redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes());
    if (jcmd.waitFor() != 0) {
      throw new IOException("jcmd " + command + " failed: " + output);
    }
    return output;
  }

  /** Stops the server with SIGTERM, as a container runtime would, and waits for it to exit. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** @return the process, to wait for its exit */
  Process process() {
    return process;
  }

  static void requireLinux() {
    if (!Files.isReadable(Path.of("/proc/self/status"))) {
      throw new UncheckedIOException(new IOException("This benchmark reads /proc/<pid>/status: run it on Linux"));
    }
  }
}
