package nl.cjg.core.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.populatie.Leeftijd;
import nl.cjg.core.validation.CjgValidator;
import org.junit.jupiter.api.Assertions;

class SampleDatasetProperties {
  private static final CjgValidator VALIDATOR = CjgValidator.create();

  @Property(tries = 40)
  void everyRecordIsValidWhateverTheSeedAndMix(
      @ForAll long seed,
      @ForAll @IntRange(max = 30) int aantal,
      @ForAll @DoubleRange(max = 1) double anoniem,
      @ForAll @DoubleRange(max = 1) double match,
      @ForAll @DoubleRange(max = 1) double besproken,
      @ForAll @DoubleRange(max = 1) double elders,
      @ForAll @DoubleRange(max = 1) double onveilig) {
    SampleOptions options =
        SampleOptions.builder()
            .seed(seed)
            .aantalCasussen(aantal)
            .aandeelAnoniem(anoniem)
            .aandeelMatch(match)
            .aandeelInVerwijsindex(1)
            .aandeelBesproken(besproken)
            .aandeelInBehandelingElders(elders)
            .aandeelOnveilig(onveilig)
            .aandeelSamenwerkingOnmogelijk(onveilig)
            .build();
    for (SampleRecord record : SampleDataset.of(options)) {
      Assertions.assertEquals(List.of(), VALIDATOR.validate(record.value()).violations());
    }
  }

  @Property
  void aBirthDateGivesExactlyTheAgeAskedFor(
      @ForAll @IntRange(max = 23) int leeftijd, @ForAll @IntRange(max = 20_000) int dag, @ForAll long seed) {
    LocalDate datum = LocalDate.of(2000, 1, 1).plusDays(dag);
    LocalDate geboren = Casusmaker.geboortedatum(leeftijd, datum, new SplittableRandom(seed));
    Assertions.assertEquals(leeftijd, Leeftijd.opDatum(geboren, datum));
  }

  @Property(tries = 200)
  void casesDependOnlyOnTheSeedAndTheirPlace(@ForAll @IntRange(min = 1, max = 40) int aantal, @ForAll long seed) {
    List<Casus> kort = casussen(seed, aantal);
    List<Casus> lang = casussen(seed, aantal);
    Assertions.assertEquals(kort, lang);
  }

  private static List<Casus> casussen(long seed, int aantal) {
    return SampleDataset.of(SampleOptions.builder().seed(seed).aantalCasussen(aantal).build())
        .records()
        .filter(record -> record.kind() == SampleRecord.Kind.CASUS)
        .map(record -> record.value(Casus.class))
        .toList();
  }
}
