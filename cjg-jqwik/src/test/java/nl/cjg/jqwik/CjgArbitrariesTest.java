package nl.cjg.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.populatie.Leeftijd;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.populatie.Leeftijdsindelingen;
import nl.cjg.core.sample.SampleBsn;
import nl.cjg.core.verwijsindex.Signaal;
import org.junit.jupiter.api.Test;

class CjgArbitrariesTest {
  private static final Pattern BUSINESS_ROW = Pattern.compile("^\\|\\s*([A-Z]+-\\d+)\\s*\\|", Pattern.MULTILINE);

  @Test
  void everyDocumentedBusinessRuleHasAnInvalidVariant() throws IOException {
    String doc = Files.readString(Path.of("").toAbsolutePath().resolveSibling("docs").resolve("validation-rules.md"));
    Set<String> documented = new TreeSet<>();
    Matcher matcher = BUSINESS_ROW.matcher(doc.substring(0, doc.indexOf("## Structural invariants")));
    while (matcher.find()) {
      documented.add(matcher.group(1));
    }
    assertEquals(documented, new TreeSet<>(CjgArbitraries.invalidRuleIds()));
  }

  @Test
  void anUnknownRuleHasNoVariant() {
    assertThrows(IllegalArgumentException.class, () -> CjgArbitraries.invalid("CASUS-999"));
  }

  @Test
  void ageNarrowingsOutsideTheCjgAreRefused() {
    CasusArbitrary casus = CjgArbitraries.casus();
    assertThrows(IllegalArgumentException.class, () -> casus.leeftijd(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> casus.leeftijd(5, 4));
    assertThrows(IllegalArgumentException.class, () -> casus.leeftijd(0, 24));
    assertThrows(IllegalArgumentException.class, () -> casus.kern());
  }

  @Test
  void edgeCasesHoldALeadingZeroBsnTheCjgBandsAndALongText() {
    assertTrue(edgeCases(CjgArbitraries.bsn()).contains(Bsn.parse(SampleBsn.MET_VOORLOOPNULLEN)));
    List<Leeftijdsgroep> banden = edgeCases(CjgArbitraries.leeftijdsgroep());
    assertTrue(banden.containsAll(Leeftijdsindelingen.CJG_LEEFTIJDSGROEPEN.groepen()));
    assertTrue(edgeCases(Basis.tekst()).stream().anyMatch(tekst -> tekst.length() == Basis.LANGE_TEKST));
  }

  @Test
  void caseEdgeCasesReachTheBordersOfTheCjg() {
    List<Casus> randen = edgeCases(CjgArbitraries.casus());
    assertFalse(randen.isEmpty());
    List<Integer> leeftijden = randen.stream().map(casus -> casus.leeftijdenKind().orElseThrow().van()).toList();
    assertTrue(leeftijden.contains(0), leeftijden.toString());
    assertTrue(leeftijden.contains(23), leeftijden.toString());
    assertTrue(randen.stream().anyMatch(casus -> casus.vragen().isEmpty() && casus.doel().isEmpty()), "empty optional fields");
  }

  @Test
  void signalEdgeCasesIncludeTheDayBeforeTheTwentyThirdBirthday() {
    boolean dagErvoor =
        edgeCases(CjgArbitraries.signaal()).stream()
            .anyMatch(s -> s.datumRegistratie().equals(Leeftijd.verjaardag(s.geboortedatum(), 23).minusDays(1)));
    assertTrue(dagErvoor);
    boolean schrikkeldag =
        edgeCases(CjgArbitraries.signaal()).stream().anyMatch(s -> s.geboortedatum().equals(LocalDate.of(2004, 2, 29)));
    assertTrue(schrikkeldag);
    Signaal opVerjaardag =
        edgeCases(CjgArbitraries.invalid("SIGNAAL-001")).stream()
            .map(Signaal.class::cast)
            .filter(s -> s.datumRegistratie().equals(Leeftijd.verjaardag(s.geboortedatum(), 23)))
            .findFirst()
            .orElseThrow();
    assertEquals(Leeftijd.verjaardag(opVerjaardag.geboortedatum(), 23), opVerjaardag.datumRegistratie());
  }

  private static <T> List<T> edgeCases(Arbitrary<T> arbitrary) {
    EdgeCases<T> randen = arbitrary.edgeCases(1000);
    List<T> waarden = new ArrayList<>();
    randen.forEach(shrinkable -> waarden.add(shrinkable.value()));
    return waarden;
  }
}
