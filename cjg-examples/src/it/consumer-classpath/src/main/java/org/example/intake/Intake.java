package org.example.intake;

import java.time.LocalDate;
import java.util.List;
import nl.cjg.core.casus.Aanmelder;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.populatie.BergenKernen;
import nl.cjg.core.populatie.Leeftijdsgroep;
import nl.cjg.core.validation.CjgValidator;
import nl.cjg.json.CjgJsonReader;
import nl.cjg.json.CjgJsonWriter;
import nl.cjg.json.ReadResult;

/** A municipal intake system that records an anonymous case, checks it and exchanges it as JSON. */
public final class Intake {
  private static final CjgValidator VALIDATOR = CjgValidator.create();
  private static final CjgJsonReader READER = CjgJsonReader.create();
  private static final CjgJsonWriter WRITER = CjgJsonWriter.create();

  private Intake() {}

  /** The case of an intake record: an anonymous fourteen-year-old in Schoorl. */
  public static Casus anonymousCase(String reference, LocalDate filledIn) {
    return Casus.builder()
        .kenmerk(reference)
        .datumInvulling(filledIn)
        .aanmelder(
            Aanmelder.builder()
                .naam("A. Testbeek")
                .organisatie("Stichting Welzijn Bergen")
                .functie("jongerenwerker")
                .build())
        .kind(Kind.builder().leeftijdsgroep(Leeftijdsgroep.of(12, 16)).kern(BergenKernen.SCHOORL).build())
        .toestemming(
            Toestemming.builder()
                .metToestemming(false)
                .besprokenMetOuders(false)
                .redenAnoniem("collegiale consultatie")
                .build())
        .inVerwijsindexGemeld(false)
        .addVragen("Hoe krijgen we de ouders betrokken?")
        .build();
  }

  /** The rule ids the case breaks; empty when it is valid. */
  public static List<String> problems(Casus casus) {
    return VALIDATOR.validate(casus).violations().stream().map(v -> v.ruleId()).toList();
  }

  /** The case written as JSON and read back. */
  public static Casus exchange(Casus casus) {
    ReadResult<Casus> read = READER.read(WRITER.write(casus), Casus.class);
    return read.value().orElseThrow(() -> new IllegalStateException(read.problems().toString()));
  }

  /**
   * Records, checks and exchanges one case.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Casus casus = anonymousCase("CJG-2012-101", LocalDate.of(2012, 5, 1));
    System.out.println(problems(casus).isEmpty() && exchange(casus).equals(casus) ? "ok" : "not ok");
  }
}
