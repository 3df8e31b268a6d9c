package app.konqer.server.testing;

import app.konqer.server.testing.FaultProxy.Fault;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault plan over logical calls: the first request of each {@code Idempotency-Key} takes the next fault from a deck
 * shuffled with a seed; the retries of a call, and requests without a key, pass untouched. The deck fixes exactly how
 * many calls meet each fault, whatever order concurrent calls reach the proxy in, and a run with one caller is
 * reproducible request by request.
 */
public final class FirstAttemptFaults implements FaultProxy.FaultPlan {
  private final List<Fault> deck;
  private final AtomicInteger dealt = new AtomicInteger();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  private FirstAttemptFaults(List<Fault> deck) {
    this.deck = List.copyOf(deck);
  }

  /**
   * A deck for a number of calls.
   *
   * @param seed the shuffle's seed
   * @param calls how many logical calls will be made
   * @param counts how many calls meet each fault; the rest meet none
   * @return the plan
   */
  public static FirstAttemptFaults seeded(long seed, int calls, Map<Fault, Integer> counts) {
    List<Fault> deck = new ArrayList<>(calls);
    counts.forEach((fault, count) -> deck.addAll(Collections.nCopies(count, fault)));
    if (deck.size() > calls) {
      throw new IllegalArgumentException(deck.size() + " faults for " + calls + " calls");
    }
    deck.addAll(Collections.nCopies(calls - deck.size(), Fault.NONE));
    Collections.shuffle(deck, new Random(seed));
    return new FirstAttemptFaults(deck);
  }

  /**
   * Twenty percent of the calls lose their response, to a mix of faults, and a few more are only slowed down.
   *
   * @param seed the shuffle's seed
   * @param calls how many logical calls will be made
   * @param timeouts how many of the lost responses are timeouts, each costing the client a read timeout
   * @return the plan
   */
  public static FirstAttemptFaults twentyPercentLost(long seed, int calls, int timeouts) {
    int lost = calls / 5;
    int resets = (lost - timeouts) / 2;
    Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
    counts.put(Fault.TIMEOUT, timeouts);
    counts.put(Fault.RESET_AFTER_REQUEST, resets);
    counts.put(Fault.DROP_RESPONSE, lost - timeouts - resets);
    counts.put(Fault.LATENCY, Math.max(1, calls / 50));
    return seeded(seed, calls, counts);
  }

  /** @return how many calls meet each fault */
  public Map<Fault, Integer> planned() {
    Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
    deck.forEach(fault -> counts.merge(fault, 1, Integer::sum));
    return counts;
  }

  /** @return how many calls lose their first response */
  public int lost() {
    return (int) deck.stream().filter(Fault::losesResponse).count();
  }

  @Override
  public Fault next(String method, String target, Map<String, String> headers) {
    String key = headers.get("idempotency-key");
    if (key == null || !seen.add(key)) {
      return Fault.NONE;
    }
    int card = dealt.getAndIncrement();
    return card < deck.size() ? deck.get(card) : Fault.NONE;
  }
}
