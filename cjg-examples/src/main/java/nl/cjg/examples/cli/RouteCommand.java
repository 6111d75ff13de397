package nl.cjg.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.casus.Gezinsplan;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.routing.Advies;
import nl.cjg.core.routing.Niveau;
import nl.cjg.core.routing.Router;
import nl.cjg.core.routing.RoutingRules;
import nl.cjg.core.routing.Situatie;
import nl.cjg.core.routing.Vervolgstap;
import nl.cjg.examples.demo.CasusRouting;
import nl.cjg.examples.demo.FirstOccurrence;
import nl.cjg.examples.referentie.BergenDataset;
import nl.cjg.json.DatasetRecords;
import nl.cjg.json.RecordResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg route FILE}: the advice for every casus of a dataset with the Bergen 2012 routing
 * rules, with its explanation. The partners come from the dataset's partner records (which precede
 * its cases); without any, from the Bergen reference dataset. How a case becomes a situation is
 * described at {@link CasusRouting}; a family plan's escalations (the procesregie) are added as
 * {@link Procesregie} describes, and a case a later plan escalates is advised again at the plan's line.
 */
@Command(
    name = "route",
    mixinStandardHelpOptions = true)
final class RouteCommand implements Callable<Integer> {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  @ParentCommand private Cjg cjg;

  @Parameters(paramLabel = "FILE", descriptionKey = "dataset")
  private String file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  private Format format;

  @Mixin private ThreadsOption threads;

  // The former spelling of --lang en, still accepted (Language reads it); hidden from the help.
  @Option(names = Language.ENGLISH_OPTION, hidden = true)
  private boolean english;

  @Override
  public Integer call() {
    if (format == Format.csv) {
      throw CliException.of("error.noCsv", "route");
    }
    Locale locale = cjg.messages().locale();
    TextForm textForm = new TextForm();
    RoutingRules regels = RoutingRules.bergen2012();
    PrintStream out = cjg.terminal().out();
    List<Partner> partners = new ArrayList<>();
    Map<Niveau, Long> perNiveau = new EnumMap<>(Niveau.class);
    Netwerk netwerk = null;
    long bad = 0;
    FirstOccurrence once = new FirstOccurrence();
    long read = 0;
    long routed = 0;
    Procesregie procesregie = new Procesregie();
    try (DatasetRecords records = Inputs.openDataset(file, cjg, threads.threads())) {
      while (records.hasNext()) {
        RecordResult<Object> record = records.next();
        read++;
        Object value = record.value().orElse(null);
        if (value == null) {
          bad++;
        } else if (!once.first(value)) {
          continue;
        } else if (value instanceof Partner partner) {
          partners.add(partner);
        } else if (value instanceof Casus casus) {
          if (netwerk == null) {
            netwerk = partners.isEmpty() ? bergen() : Netwerk.builder().addAllPartners(partners).build();
          }
          // A case that passed validation has an age (rule LeeftijdBekend), so it can always be routed.
          Situatie situatie = CasusRouting.situatie(casus)
              .orElseThrow(() -> new IllegalStateException("a valid case without an age"));
          Advies advies = Router.route(procesregie.situatie(casus, situatie), netwerk, regels);
          out.println(advice(textForm, casus.kenmerk(), record.line(), false, advies, locale));
          routed++;
          perNiveau.merge(advies.niveau(), 1L, Long::sum);
        } else if (value instanceof Gezinsplan plan) {
          for (Map.Entry<String, Situatie> opnieuw : procesregie.opnieuw(plan)) {
            Advies advies = Router.route(opnieuw.getValue(), netwerk, regels);
            out.println(advice(textForm, opnieuw.getKey(), record.line(), true, advies, locale));
            routed++;
            perNiveau.merge(advies.niveau(), 1L, Long::sum);
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw CliException.of(e, "error.unreadable", file);
    }
    Messages messages = cjg.messages();
    String totals = perNiveau.entrySet().stream()
        .map(entry -> messages.text("route.perNiveau", niveau(entry.getKey()), entry.getValue()))
        .collect(Collectors.joining(", "));
    cjg.summary()
        .read(file, messages.text("count.records", read))
        .wrote("", messages.text("route.written", routed, totals))
        .refused(bad, messages.text("count.skipped", bad))
        .refused(once.duplicates(), messages.text("count.duplicates", once.duplicates()));
    return bad > 0 ? ExitCodes.DATA_PROBLEMS : ExitCodes.OK;
  }

  /** A level in the run's language: its code in Dutch. */
  private String niveau(Niveau niveau) {
    return cjg.messages().label("niveau." + niveau.name(), niveau.code());
  }

  /** A step in the run's language: its code in Dutch. */
  private String stap(Vervolgstap stap) {
    return cjg.messages().label("stap." + stap.name(), stap.code());
  }

  private static Netwerk bergen() {
    return Netwerk.builder().addAllPartners(BergenDataset.read().of(Partner.class)).build();
  }

  /**
   * One advice in the chosen format: for a case, or again for a case at the line of a family plan
   * that escalates it ({@code gezinsplan}).
   */
  private String advice(TextForm textForm, String kenmerk, long line, boolean gezinsplan, Advies advies, Locale locale) {
    return format == Format.json ? json(kenmerk, line, gezinsplan, advies, locale) : textForm.of(kenmerk, line, gezinsplan, advies, locale);
  }

  /**
   * The advice as text: the first line with the level, partners and steps, then a line per
   * explanation. The labels and formats are made once per run.
   */
  private final class TextForm {
    private final Map<Niveau, String> niveaus = new EnumMap<>(Niveau.class);
    private final Map<Vervolgstap, String> stappen = new EnumMap<>(Vervolgstap.class);
    private final String outsideTargetGroup = cjg.messages().text("route.outsideTargetGroup");
    private final String familyPlan = cjg.messages().text("route.familyPlan");
    private final String[] partners = around(cjg.messages().format("route.partners"));
    private final String[] steps = around(cjg.messages().format("route.steps"));
    private final StringBuilder text = new StringBuilder(256);

    TextForm() {
      for (Niveau niveau : Niveau.values()) {
        niveaus.put(niveau, niveau(niveau));
      }
      for (Vervolgstap stap : Vervolgstap.values()) {
        stappen.put(stap, stap(stap));
      }
    }

    String of(String kenmerk, long line, boolean gezinsplan, Advies advies, Locale locale) {
      text.setLength(0);
      text.append(file).append(':').append(line).append(": ").append(kenmerk);
      if (gezinsplan) {
        text.append(familyPlan);
      }
      text.append(": ").append(niveaus.get(advies.niveau()));
      if (advies.buitenDoelgroep()) {
        text.append(outsideTargetGroup);
      }
      List<Partner> gekozen = advies.partners();
      if (!gekozen.isEmpty()) {
        text.append(partners[0]);
        for (int i = 0; i < gekozen.size(); i++) {
          text.append(i == 0 ? "" : ", ").append(gekozen.get(i).naam());
        }
        text.append(partners[1]);
      }
      List<Vervolgstap> vervolgstappen = advies.vervolgstappen();
      if (!vervolgstappen.isEmpty()) {
        text.append(steps[0]);
        for (int i = 0; i < vervolgstappen.size(); i++) {
          text.append(i == 0 ? "" : ", ").append(stappen.get(vervolgstappen.get(i)));
        }
        text.append(steps[1]);
      }
      for (Advies.Toelichting toelichting : advies.toelichtingen()) {
        text.append(System.lineSeparator()).append("  ").append(toelichting.tekst(locale));
      }
      return text.toString();
    }
  }

  /**
   * The text of a message with one argument {@code {0}}, a list, before and after that argument:
   * the list is then written between them, as the message would format it, without making the
   * list's text first.
   *
   * @throws IllegalStateException when the message does not have the argument exactly once
   */
  private static String[] around(MessageFormat message) {
    String marker = "\u0000";
    String formatted = message.format(new Object[] {marker});
    int at = formatted.indexOf(marker);
    if (at < 0 || formatted.indexOf(marker, at + 1) >= 0) {
      throw new IllegalStateException("the message " + message.toPattern() + " must use its argument once");
    }
    return new String[] {formatted.substring(0, at), formatted.substring(at + marker.length())};
  }

  private static String json(String kenmerk, long line, boolean gezinsplan, Advies advies, Locale locale) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("kenmerk", kenmerk);
      json.writeNumberField("line", line);
      if (gezinsplan) {
        json.writeBooleanField("gezinsplan", true);
      }
      json.writeStringField("niveau", advies.niveau().name());
      json.writeBooleanField("buitenDoelgroep", advies.buitenDoelgroep());
      json.writeStringField("regelset", advies.regelset());
      json.writeArrayFieldStart("partners");
      for (Partner partner : advies.partners()) {
        json.writeString(partner.naam());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("vervolgstappen");
      for (Vervolgstap stap : advies.vervolgstappen()) {
        json.writeString(stap.name());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("toelichtingen");
      for (Advies.Toelichting toelichting : advies.toelichtingen()) {
        json.writeStartObject();
        json.writeStringField("regel", toelichting.regel());
        json.writeBooleanField("toegepast", toelichting.toegepast());
        json.writeStringField("tekst", toelichting.tekst(locale));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
