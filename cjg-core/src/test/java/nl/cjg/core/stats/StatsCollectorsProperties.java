package nl.cjg.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collector;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StatsCollectorsProperties {
  static final List<String> KERNEN = List.of("Bergen", "Egmond", "Schoorl");
  static final List<String> BANDS = List.of("0-4", "4-12", "12-19", "19-23");
  static final List<String> WERKSOORTEN = List.of("AMK", "Jeugdbescherming", "Jeugdreclassering", "Toegang");

  record Client(int id, String kern, String band, Set<String> werksoorten, boolean consent) {}

  /** Every statistic of one list of clients. */
  record Results(
      Distribution<String> perKern,
      Distribution<String> perBandFound,
      CrossTable<String, String> kernByBand,
      Overlap<String> werksoorten,
      Overlap<String> memberships,
      Rate consent) {}

  static Results results(Stream<Client> clients) {
    List<Client> all = clients.collect(java.util.stream.Collectors.toList());
    return new Results(
        all.stream().collect(StatsCollectors.distribution(Client::kern, KERNEN)),
        all.stream().collect(StatsCollectors.distribution(Client::band, Comparator.naturalOrder())),
        all.stream().collect(StatsCollectors.crossTable(Client::kern, KERNEN, Client::band, BANDS)),
        all.stream().collect(StatsCollectors.overlap(Client::werksoorten, WERKSOORTEN)),
        memberships(all.stream()),
        all.stream().collect(StatsCollectors.rate(Rate.Kind.AANDEEL, Client::consent)));
  }

  /** One record per client and werksoort, each client's records given twice. */
  static Overlap<String> memberships(Stream<Client> clients) {
    return clients
        .flatMap(c -> Stream.concat(c.werksoorten().stream(), c.werksoorten().stream()).map(w -> List.of(String.valueOf(c.id()), w)))
        .collect(collector());
  }

  static Collector<List<String>, ?, Overlap<String>> collector() {
    return StatsCollectors.overlapOfMemberships(record -> record.get(0), record -> record.get(1), WERKSOORTEN);
  }

  @Property(tries = 300)
  void shufflingTheInputChangesNothing(@ForAll("clients") List<Client> clients, @ForAll Random random) {
    List<Client> shuffled = new ArrayList<>(clients);
    Collections.shuffle(shuffled, random);
    assertEquals(results(clients.stream()), results(shuffled.stream()));
  }

  @Property(tries = 300)
  void parallelStreamsGiveTheSequentialResult(@ForAll("clients") List<Client> clients) {
    Results sequential = results(clients.stream());
    assertEquals(sequential.perKern(), clients.parallelStream().collect(StatsCollectors.distribution(Client::kern, KERNEN)));
    assertEquals(
        sequential.kernByBand(),
        clients.parallelStream().collect(StatsCollectors.crossTable(Client::kern, KERNEN, Client::band, BANDS)));
    assertEquals(sequential.werksoorten(), clients.parallelStream().collect(StatsCollectors.overlap(Client::werksoorten, WERKSOORTEN)));
    assertEquals(sequential.memberships(), memberships(clients.parallelStream()));
    assertEquals(sequential.consent(), clients.parallelStream().collect(StatsCollectors.rate(Rate.Kind.AANDEEL, Client::consent)));
  }

  @Property(tries = 300)
  void splittingAndMergingGivesTheWhole(@ForAll("clients") List<Client> clients, @ForAll Random random) {
    int split = clients.isEmpty() ? 0 : random.nextInt(clients.size() + 1);
    Results whole = results(clients.stream());
    Results left = results(clients.subList(0, split).stream());
    Results right = results(clients.subList(split, clients.size()).stream());
    assertEquals(whole.perKern(), left.perKern().merge(right.perKern()));
    assertEquals(whole.kernByBand(), left.kernByBand().merge(right.kernByBand()));
    assertEquals(whole.werksoorten(), left.werksoorten().merge(right.werksoorten()));
    assertEquals(whole.werksoorten().summary(), left.werksoorten().summary().merge(right.werksoorten().summary()));
    assertEquals(whole.consent(), left.consent().merge(right.consent()));
    assertEquals(whole.perBandFound().counts(), sortedMerge(left.perBandFound(), right.perBandFound()).counts());
    // Records only name clients in some werksoort: those are the units the memberships count.
    assertEquals(
        clients.stream()
            .filter(client -> !client.werksoorten().isEmpty())
            .collect(StatsCollectors.overlap(Client::werksoorten, WERKSOORTEN)),
        whole.memberships());
  }

  @Property(tries = 300)
  void mergingIsAssociativeWithAnIdentity(
      @ForAll("clients") List<Client> a, @ForAll("clients") List<Client> b, @ForAll("clients") List<Client> c) {
    Results x = results(a.stream());
    Results y = results(b.stream());
    Results z = results(c.stream());
    assertEquals(x.perKern().merge(y.perKern()).merge(z.perKern()), x.perKern().merge(y.perKern().merge(z.perKern())));
    assertEquals(x.perKern(), x.perKern().merge(Distribution.empty(KERNEN)));
    assertEquals(
        x.perBandFound().merge(y.perBandFound()).merge(z.perBandFound()),
        x.perBandFound().merge(y.perBandFound().merge(z.perBandFound())));
    assertEquals(
        x.kernByBand().merge(y.kernByBand()).merge(z.kernByBand()),
        x.kernByBand().merge(y.kernByBand().merge(z.kernByBand())));
    assertEquals(x.kernByBand(), x.kernByBand().merge(CrossTable.empty(KERNEN, BANDS)));
    assertEquals(
        x.werksoorten().merge(y.werksoorten()).merge(z.werksoorten()),
        x.werksoorten().merge(y.werksoorten().merge(z.werksoorten())));
    assertEquals(x.werksoorten(), x.werksoorten().merge(Overlap.empty(WERKSOORTEN)));
    assertEquals(x.consent().merge(y.consent()).merge(z.consent()), x.consent().merge(y.consent().merge(z.consent())));
    assertEquals(x.consent(), x.consent().merge(Rate.empty(Rate.Kind.AANDEEL)));
  }

  private static Distribution<String> sortedMerge(Distribution<String> left, Distribution<String> right) {
    Distribution<String> merged = left.merge(right);
    java.util.Map<String, Long> sorted = new java.util.TreeMap<>(merged.counts());
    return Distribution.of(sorted);
  }

  @Provide
  Arbitrary<List<Client>> clients() {
    Arbitrary<Client> client =
        Combinators.combine(
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.of(KERNEN),
                Arbitraries.of(BANDS),
                Arbitraries.subsetOf(WERKSOORTEN),
                Arbitraries.of(true, false))
            .as(Client::new);
    return client.list().ofMaxSize(60).uniqueElements(Client::id);
  }
}
