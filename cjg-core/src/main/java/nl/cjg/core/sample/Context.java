package nl.cjg.core.sample;

import java.util.List;
import nl.cjg.core.partner.Netwerk;
import nl.cjg.core.partner.Partner;
import nl.cjg.core.partner.Rol;

/**
 * What every maker of a dataset shares, prepared once from the options: the population
 * distribution, the partners per age and the kernpartners. Immutable and thread-safe.
 */
final class Context {
  private final SampleOptions options;
  private final Bevolkingsverdeling verdeling;
  private final List<Partner> kernpartners;
  private final long bsnVerschuiving;

  Context(SampleOptions options) {
    this.options = options;
    this.verdeling = new Bevolkingsverdeling(options.populatie());
    Netwerk netwerk = options.netwerk();
    List<Partner> kern = netwerk.metRol(Rol.KERNPARTNER);
    this.kernpartners = kern.isEmpty() ? netwerk.partners() : kern;
    this.bsnVerschuiving = Math.floorMod(Toeval.mix(options.seed() ^ Toeval.DATASET), (long) SampleBsn.aantal());
  }

  SampleOptions options() {
    return options;
  }

  Bevolkingsverdeling verdeling() {
    return verdeling;
  }

  /** The partners serving {@code leeftijd}; every partner when none does, so there is always one. */
  List<Partner> partnersVoor(int leeftijd) {
    List<Partner> bedienen = options.netwerk().bedienenLeeftijd(leeftijd);
    return bedienen.isEmpty() ? options.netwerk().partners() : bedienen;
  }

  /** The kernpartners, who form the fixed CJG team; every partner when the network names none. */
  List<Partner> kernpartners() {
    return kernpartners;
  }

  /** Where in the test range the dataset's BSNs start, chosen by the seed. */
  long bsnVerschuiving() {
    return bsnVerschuiving;
  }
}
