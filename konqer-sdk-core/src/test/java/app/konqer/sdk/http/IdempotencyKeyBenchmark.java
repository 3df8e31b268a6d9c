package app.konqer.sdk.http;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of a call's two ids (request id and idempotency key): {@link UUID#randomUUID()}, which draws from a
 * shared {@link java.security.SecureRandom}, against the client's {@link RandomIds}. Two threads, as a client shared
 * by an application's workers sees them.
 *
 * <pre>
 * mvn -B -pl konqer-sdk-core -am -Pbench test -Dbench.args="IdempotencyKeyBenchmark -prof gc"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(2)
public class IdempotencyKeyBenchmark {
  private final RandomIds ids = new RandomIds();

  @Benchmark
  public String randomUuid() {
    return UUID.randomUUID().toString();
  }

  @Benchmark
  public String randomIds() {
    return ids.next();
  }
}
