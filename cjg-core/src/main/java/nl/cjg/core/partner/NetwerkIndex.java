package nl.cjg.core.partner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.cjg.core.populatie.Kern;
import nl.cjg.core.populatie.Leeftijdsgroep;

/**
 * The lookup tables of one {@link Netwerk}, built once: partners by name, by kern, by discipline,
 * by expertise and by role, and by age as a sorted map of age segments within which the set of
 * partners serving an age does not change. Every list keeps the order of the network.
 */
final class NetwerkIndex {
  private final Map<String, Partner> byName = new HashMap<>();
  private final int partnerCount;
  private final NavigableMap<Integer, List<Partner>> byAgeSegment = new TreeMap<>();
  private final Map<Kern, List<Partner>> byKern = new HashMap<>();
  private final Map<Discipline, List<Partner>> byDiscipline = new EnumMap<>(Discipline.class);
  private final Map<Expertise, List<Partner>> byExpertise = new EnumMap<>(Expertise.class);
  private final Map<Rol, List<Partner>> byRol = new EnumMap<>(Rol.class);

  NetwerkIndex(List<Partner> partners) {
    partnerCount = partners.size();
    TreeSet<Integer> boundaries = new TreeSet<>();
    for (Partner partner : partners) {
      byName.put(key(partner.naam()), partner);
      partner.leeftijdsgroepen().forEach(groep -> {
        boundaries.add(groep.van());
        boundaries.add(groep.tot());
      });
      partner.kernen().forEach(kern -> add(byKern, kern, partner));
      partner.disciplines().forEach(discipline -> add(byDiscipline, discipline, partner));
      partner.expertises().forEach(expertise -> add(byExpertise, expertise, partner));
      add(byRol, partner.rol(), partner);
    }
    for (int boundary : boundaries) {
      byAgeSegment.put(boundary, select(partners, partner -> partner.bedientLeeftijd(boundary)));
    }
    freeze(byKern);
    freeze(byDiscipline);
    freeze(byExpertise);
    freeze(byRol);
  }

  /** The name as compared: without surrounding white space, ignoring case. */
  static String key(String naam) {
    return naam.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether no two partners share a name. */
  boolean namesUnique() {
    return byName.size() == partnerCount;
  }

  Optional<Partner> byName(String naam) {
    return Optional.ofNullable(byName.get(key(naam)));
  }

  List<Partner> byAge(int leeftijd) {
    Map.Entry<Integer, List<Partner>> segment = byAgeSegment.floorEntry(leeftijd);
    return segment == null ? List.of() : segment.getValue();
  }

  List<Partner> byKern(Kern kern) {
    return byKern.getOrDefault(kern, List.of());
  }

  List<Partner> byDiscipline(Discipline discipline) {
    return byDiscipline.getOrDefault(discipline, List.of());
  }

  List<Partner> byExpertise(Expertise expertise) {
    return byExpertise.getOrDefault(expertise, List.of());
  }

  List<Partner> byRol(Rol rol) {
    return byRol.getOrDefault(rol, List.of());
  }

  /** The maximal runs of ages in {@code bereik} that no partner serves, lowest first. */
  List<Leeftijdsgroep> gaps(Leeftijdsgroep bereik) {
    List<Leeftijdsgroep> gaps = new ArrayList<>();
    int age = bereik.van();
    while (age < bereik.tot()) {
      Integer next = byAgeSegment.higherKey(age);
      int end = next == null ? bereik.tot() : Math.min(next, bereik.tot());
      if (byAge(age).isEmpty()) {
        int last = gaps.size() - 1;
        if (last >= 0 && gaps.get(last).tot() == age) {
          gaps.set(last, Leeftijdsgroep.of(gaps.get(last).van(), end));
        } else {
          gaps.add(Leeftijdsgroep.of(age, end));
        }
      }
      age = end;
    }
    return List.copyOf(gaps);
  }

  private static <K> void add(Map<K, List<Partner>> index, K key, Partner partner) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(partner);
  }

  private static <K> void freeze(Map<K, List<Partner>> index) {
    index.replaceAll((key, partners) -> List.copyOf(partners));
  }

  private static List<Partner> select(List<Partner> partners, Predicate<Partner> serves) {
    return partners.stream().filter(serves).toList();
  }
}
