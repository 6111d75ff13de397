package nl.cjg.examples.demo;

import java.util.HashSet;
import java.util.Set;
import nl.cjg.core.casus.Casus;
import nl.cjg.core.partner.Partner;

/**
 * Lets a command count each case and partner of a dataset once: a case whose kenmerk, or a partner
 * whose name, was seen before in the dataset is a duplicate (rules DATASET-003 and DATASET-004) and
 * is passed over. Not thread-safe.
 */
public final class FirstOccurrence {
  private final Set<String> kenmerken = new HashSet<>();
  private final Set<String> partners = new HashSet<>();
  private long duplicates;

  /** A tracker that has seen nothing yet. */
  public FirstOccurrence() {}

  /** Whether the record is to be counted: not a case or partner seen before. */
  public boolean first(Object record) {
    boolean first = true;
    if (record instanceof Casus casus) {
      first = kenmerken.add(casus.kenmerk());
    } else if (record instanceof Partner partner) {
      first = partners.add(partner.naam());
    }
    if (!first) {
      duplicates++;
    }
    return first;
  }

  /** How many duplicates were passed over. */
  public long duplicates() {
    return duplicates;
  }
}
