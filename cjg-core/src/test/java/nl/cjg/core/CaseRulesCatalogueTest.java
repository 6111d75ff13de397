package nl.cjg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cjg.core.casus.Afspraak;
import nl.cjg.core.casus.AfsprakenOverGezin;
import nl.cjg.core.casus.BinnenCjgLeeftijd;
import nl.cjg.core.casus.BsnBijVerwijsindexmelding;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.DatumOverlegNaInvulling;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.casus.Kind;
import nl.cjg.core.casus.LeeftijdBekend;
import nl.cjg.core.casus.MetOudersOpgesteld;
import nl.cjg.core.casus.Periode;
import nl.cjg.core.casus.Professional;
import nl.cjg.core.casus.RedenBijAnoniem;
import nl.cjg.core.casus.Statusgeschiedenis;
import nl.cjg.core.casus.Toestemming;
import nl.cjg.core.casus.ToestemmingPastBijLeeftijd;
import nl.cjg.core.overleg.AfspraakNietVoorOverleg;
import nl.cjg.core.overleg.Casusoverleg;
import nl.cjg.core.overleg.PerCasusGeagendeerd;
import nl.cjg.core.overleg.VoorzitterIsProcesregisseur;
import nl.cjg.core.verwijsindex.JongerDan23BijRegistratie;
import nl.cjg.core.verwijsindex.Signaal;
import org.junit.jupiter.api.Test;

/**
 * The rules of the case, meeting and Verwijsindex packages and {@code docs/validation-rules.md}
 * agree: every rule and code in the code is in the catalogue and the other way round, and every
 * rule has a Dutch and an English message.
 */
class CaseRulesCatalogueTest {
  private static final Pattern OWN_ID =
      Pattern.compile(
          "^\\| ((?:CASUS|KIND|TOESTEMMING|STATUSGESCHIEDENIS|PERIODE|PROFESSIONAL|AFSPRAAK|GEZINSPLAN|OVERLEG|SIGNAAL)"
              + "-S?\\d{2,3}) \\|",
          Pattern.MULTILINE);

  private static final List<Class<?>> CONSTRAINTS =
      List.of(
          BinnenCjgLeeftijd.class,
          LeeftijdBekend.class,
          BsnBijVerwijsindexmelding.class,
          DatumOverlegNaInvulling.class,
          ToestemmingPastBijLeeftijd.class,
          RedenBijAnoniem.class,
          MetOudersOpgesteld.class,
          AfsprakenOverGezin.class,
          VoorzitterIsProcesregisseur.class,
          PerCasusGeagendeerd.class,
          AfspraakNietVoorOverleg.class,
          JongerDan23BijRegistratie.class);

  private static final List<Class<?>> STRUCTURED =
      List.of(
          Casus.class,
          Kind.class,
          Toestemming.class,
          Statusgeschiedenis.class,
          Periode.class,
          Professional.class,
          Afspraak.class,
          Gezinsplan.class,
          Casusoverleg.class,
          Signaal.class);

  @Test
  void theCatalogueListsExactlyTheRulesOfTheCode() throws Exception {
    Set<String> inCode = new TreeSet<>(businessRules());
    inCode.addAll(structuralCodes());
    Set<String> inCatalogue = new TreeSet<>();
    Matcher rows = OWN_ID.matcher(Files.readString(Path.of("..", "docs", "validation-rules.md")));
    while (rows.find()) {
      inCatalogue.add(rows.group(1));
    }
    assertEquals(inCode, inCatalogue);
  }

  @Test
  void everyRuleHasADutchAndAnEnglishMessage() throws Exception {
    Properties dutch = messages("/ValidationMessages.properties");
    Properties english = messages("/ValidationMessages_en.properties");
    for (String rule : businessRules()) {
      assertTrue(dutch.containsKey(rule), rule);
      assertTrue(english.containsKey(rule), rule);
    }
  }

  private static Set<String> businessRules() throws Exception {
    Set<String> ids = new TreeSet<>();
    for (Class<?> constraint : CONSTRAINTS) {
      String template = (String) constraint.getMethod("message").getDefaultValue();
      ids.add(template.substring(1, template.length() - 1));
    }
    return ids;
  }

  private static Set<String> structuralCodes() throws IllegalAccessException {
    Set<String> codes = new TreeSet<>();
    for (Class<?> type : STRUCTURED) {
      for (Field field : type.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_CODE")) {
          codes.add((String) field.get(null));
        }
      }
    }
    return codes;
  }

  private static Properties messages(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = CaseRulesCatalogueTest.class.getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
