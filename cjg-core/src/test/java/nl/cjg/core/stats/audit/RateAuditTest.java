package nl.cjg.core.stats.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.cjg.core.aanbod.Aanbod;
import nl.cjg.core.aanbod.Kengetal;
import nl.cjg.core.aanbod.Kengetal.Percentage;
import nl.cjg.core.aanbod.Kengetal.Percentage.Interval;
import nl.cjg.core.aanbod.Kengetal.Percentage.Soort;
import nl.cjg.core.populatie.Doelgroepsoort;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.stats.audit.TableAudit.PublishedRate;
import nl.cjg.core.stats.audit.TableAudit.ShareSum;
import nl.cjg.core.tijd.Datumbereik;
import org.junit.jupiter.api.Test;

/**
 * The audit of published rates with the figures of Werkplan CJG Bergen 2012, uitwerking 1, aanbod
 * JGZ (Jaarverslag JGZ 2010): hielprik, the doctor's contact moments against the BTP, logopedie.
 */
class RateAuditTest {
  private static final Datumbereik JAAR_2010 = Datumbereik.jaar(2010);

  private static Aanbod aanbod(String naam, Kengetal... kengetallen) {
    return Aanbod.builder()
        .partner("GGD Hollands Noorden")
        .naam(naam)
        .soort(Aanbod.Soort.BASISAANBOD)
        .aard(Aanbod.Aard.PREVENTIEF)
        .addVoor(Doelgroepsoort.JEUGDIGEN)
        .leeftijdsgroep(Leeftijdsgroep.of(0, 4))
        .addKengetallen(kengetallen)
        .build();
  }

  /** The doctor's 108,1% of the BTP does not follow from 1467 contacts against a norm of 1385 (105,9%). */
  @Test
  void aRateThatContradictsTheCountsBesideItIsReportedWithTheValueTheyGiveAndTheCountsItAdmits() {
    Kengetal arts = Kengetal.builder().periode(JAAR_2010).omschrijving("arts JGZ").norm(1385).contacten(1467)
        .addPercentages(Percentage.of("uitgevoerd t.o.v. BTP", Soort.UITVOERING_TOV_NORM, "108.1")).build();
    PublishedRate rate = TableAudit.rates(aanbod("Contactmomenten kinderen 0-4 jaar", arts)).get(0);
    assertEquals(PublishedRate.Outcome.CONTRADICTS, rate.outcome());
    assertEquals(Optional.of(new BigDecimal("105.9")), rate.expected());
    assertEquals(Optional.of(Interval.of(1497, 1497)), rate.tellers(), "108,1% of 1385 is 1497 contacts");
    assertEquals(Optional.of(Interval.of(1357, 1357)), rate.noemers(), "1467 contacts are 108,1% of a norm of 1357");
    assertEquals(Optional.of(1467), rate.teller());
    assertEquals(Optional.of(1385), rate.noemer());
    assertEquals("Contactmomenten kinderen 0-4 jaar", rate.aanbod());
  }

  @Test
  void aRateThatFollowsFromItsCountsAgrees() {
    Kengetal verpleegkundige = Kengetal.builder().periode(JAAR_2010).norm(1155).contacten(1467)
        .addPercentages(Percentage.of("uitgevoerd t.o.v. BTP", Soort.UITVOERING_TOV_NORM, "127")).build();
    PublishedRate rate = TableAudit.rates(aanbod("Contactmomenten kinderen 0-4 jaar", verpleegkundige)).get(0);
    assertEquals(PublishedRate.Outcome.AGREES, rate.outcome());
    assertEquals(Optional.of(new BigDecimal("127")), rate.expected());
    assertTrue(rate.tellers().orElseThrow().contains(1467));
  }

  /** Hielprik 73% of 123 children: a doelgroep of 168 or 169; gehoorscreening 99,4% without any count. */
  @Test
  void aRateWithOnlyItsCountAdmitsAnIntervalOfBasesAndOneWithoutCountsIsUnchecked() {
    Kengetal hielprik = Kengetal.builder().periode(JAAR_2010).omschrijving("hielprikken").deelnemers(123)
        .addPercentages(Percentage.of("bereik hielprik", Soort.BEREIK, "73")).build();
    Kengetal gehoor = Kengetal.builder().periode(JAAR_2010).omschrijving("gehoorscreening")
        .addPercentages(Percentage.of("bereik gehoorscreening", Soort.BEREIK, "99.4")).build();
    List<PublishedRate> rates = TableAudit.rates(aanbod("Screeninghuisbezoek", hielprik, gehoor));
    assertEquals(2, rates.size());
    assertEquals(PublishedRate.Outcome.BOUNDED, rates.get(0).outcome());
    assertEquals(Optional.of(Interval.of(168, 169)), rates.get(0).noemers());
    assertEquals(Optional.empty(), rates.get(0).tellers());
    assertEquals(Optional.empty(), rates.get(0).expected());
    assertEquals(PublishedRate.Outcome.UNCHECKED, rates.get(1).outcome());
    assertEquals(Optional.empty(), rates.get(1).noemers());
  }

  /** Logopedie 5-jarigen: 72 / 20 / 8% of 209 children add up, in whole children and to 100%. */
  @Test
  void theSharesOfOneBreakdownAddUpToAHundredAndToTheParticipants() {
    Kengetal logopedie = Kengetal.builder().periode(JAAR_2010).deelnemers(209)
        .addPercentages(Percentage.of("geen vervolgactie nodig", Soort.AANDEEL, "72"),
            Percentage.of("eenmalig adviesgesprek", Soort.AANDEEL, "20"),
            Percentage.of("adviesgesprek en vervolgacties", Soort.AANDEEL, "8"))
        .build();
    Aanbod aanbod = aanbod("Logopedie 5 jarigen", logopedie);
    ShareSum sum = TableAudit.shares(aanbod).get(0);
    assertTrue(sum.addsUp());
    assertEquals(0, new BigDecimal("100").compareTo(sum.sum()));
    assertEquals(0, new BigDecimal("1.5").compareTo(sum.tolerance()));
    assertEquals(Optional.of(Interval.of(207, 210)), sum.deelnemers());
    List<PublishedRate> rates = TableAudit.rates(aanbod);
    assertEquals(Optional.of(Interval.of(150, 151)), rates.get(0).tellers());
    assertTrue(rates.stream().allMatch(rate -> rate.outcome() == PublishedRate.Outcome.BOUNDED));
  }

  @Test
  void sharesThatCannotAddUpAreReported() {
    Kengetal teVeel = Kengetal.builder().periode(JAAR_2010)
        .addPercentages(Percentage.of("a", Soort.AANDEEL, "72"), Percentage.of("b", Soort.AANDEEL, "20"),
            Percentage.of("c", Soort.AANDEEL, "10"))
        .build();
    assertFalse(TableAudit.shares(aanbod("Logopedie 5 jarigen", teVeel)).get(0).addsUp(), "102% is beyond 1.5 of rounding");
    Kengetal binnenAfronding = Kengetal.builder().periode(JAAR_2010)
        .addPercentages(Percentage.of("a", Soort.AANDEEL, "33"), Percentage.of("b", Soort.AANDEEL, "33"),
            Percentage.of("c", Soort.AANDEEL, "33"))
        .build();
    assertTrue(TableAudit.shares(aanbod("x", binnenAfronding)).get(0).addsUp(), "99% is within 1.5 of rounding");
    Kengetal teWeinigKinderen = Kengetal.builder().periode(JAAR_2010).deelnemers(3)
        .addPercentages(Percentage.of("a", Soort.AANDEEL, "50"), Percentage.of("b", Soort.AANDEEL, "50"))
        .build();
    ShareSum drie = TableAudit.shares(aanbod("x", teWeinigKinderen)).get(0);
    assertFalse(drie.addsUp(), "no whole child of 3 is 50%");
    assertEquals(Optional.of(Interval.of(1, 0)), drie.deelnemers());
    assertTrue(TableAudit.shares(aanbod("x", Kengetal.builder().periode(JAAR_2010).deelnemers(3).build())).isEmpty());
  }
}
