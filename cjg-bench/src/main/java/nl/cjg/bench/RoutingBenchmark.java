package nl.cjg.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.routing.Router;
import nl.cjg.core.routing.RoutingRules;
import nl.cjg.core.routing.Situatie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Routing one case with the library's router and the Bergen 2012 rules (data, compiled once),
 * against the same rules written out by hand ({@link HandRouter}). Both route the same 1024 varied
 * situations per invocation; the time is per situation. The network is empty, so that both do the
 * same work: the library's ranking of partners then only reports the disciplines and expertise
 * that no partner offers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RoutingBenchmark {
  private static final int SITUATIES = 1024;

  private final RoutingRules regels = RoutingRules.bergen2012();
  private final Netwerk netwerk = Netwerk.builder().build();
  private List<Situatie> situaties;

  /** Makes the situations. */
  @Setup
  public void setUp() {
    situaties = Situaties.of(SITUATIES, 2012);
  }

  /**
   * The library's router.
   *
   * @param blackhole takes each advice
   */
  @Benchmark
  @OperationsPerInvocation(SITUATIES)
  public void routeLibrary(Blackhole blackhole) {
    for (Situatie situatie : situaties) {
      blackhole.consume(Router.route(situatie, netwerk, regels));
    }
  }

  /**
   * The hand-written rules.
   *
   * @param blackhole takes each decision
   */
  @Benchmark
  @OperationsPerInvocation(SITUATIES)
  public void routeBaseline(Blackhole blackhole) {
    for (Situatie situatie : situaties) {
      blackhole.consume(HandRouter.route(situatie));
    }
  }
}
