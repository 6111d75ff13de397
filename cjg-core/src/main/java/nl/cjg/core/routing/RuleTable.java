package nl.cjg.core.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The compiled rules of a set as bit masks, made once so that deciding which rules fire and what
 * level the advice gets costs a few word operations per situation. The yes/no features of a
 * situation (signals, circumstances, flags: slots whose highest value is 1) are one {@code long},
 * one bit each in slot order; a rule's conditions on them are a mask of bits that must be set and
 * one of bits that must be clear (both for a condition no value meets). Its other conditions (age, severities, counts,
 * professionals) stay intervals, tested only when the masks pass. The rules that fire are a bit
 * set over the rules in evaluation order (highest priority first, then the order of the set), and
 * per level the rules setting it as minimum and those forbidding it are bit sets too, so that the
 * first fired rule of either is the one of highest priority. Immutable and thread-safe.
 */
final class RuleTable {
  private static final int LEVELS = Niveau.values().length;

  private final CompiledRule[] rules;
  private final int words;
  private final int[] yesNoSlots;
  private final long[] ones;
  private final long[] zeros;
  /** Rule {@code r}'s other conditions are entries {@code first[r]} to {@code first[r + 1]} of the next three. */
  private final int[] first;
  private final int[] slots;
  private final int[] lows;
  private final int[] highs;
  private final long[] setting;
  private final long[] forbidding;
  private final long[] anyForbidding;

  /**
   * Compiles the table.
   *
   * @param rules the compiled rules in evaluation order
   */
  RuleTable(CompiledRule[] rules) {
    this.rules = rules.clone();
    this.words = (rules.length + Long.SIZE - 1) / Long.SIZE;
    this.yesNoSlots = IntStream.range(0, Features.SIZE).filter(RuleTable::isYesNo).toArray();
    if (yesNoSlots.length > Long.SIZE) {
      throw new IllegalStateException("a situation has " + yesNoSlots.length + " yes/no features, more than the "
          + Long.SIZE + " bits of a long");
    }
    this.ones = new long[rules.length];
    this.zeros = new long[rules.length];
    this.first = new int[rules.length + 1];
    List<Condition> others = new ArrayList<>();
    this.setting = new long[LEVELS * words];
    this.forbidding = new long[LEVELS * words];
    this.anyForbidding = new long[words];
    for (int r = 0; r < rules.length; r++) {
      CompiledRule rule = rules[r];
      first[r] = others.size();
      for (Condition condition : rule.conditions()) {
        if (isYesNo(condition.feature())) {
          long bit = 1L << Arrays.binarySearch(yesNoSlots, condition.feature());
          if (!condition.holdsFor(0)) {
            ones[r] |= bit;
          }
          if (!condition.holdsFor(1)) {
            zeros[r] |= bit;
          }
        } else {
          others.add(condition);
        }
      }
      if (rule.minimumLevel() != CompiledRule.NO_MINIMUM) {
        set(setting, rule.minimumLevel() * words, r);
      }
      for (Niveau niveau : rule.forbiddenLevels()) {
        set(forbidding, niveau.ordinal() * words, r);
        set(anyForbidding, 0, r);
      }
    }
    first[rules.length] = others.size();
    this.slots = others.stream().mapToInt(Condition::feature).toArray();
    this.lows = others.stream().mapToInt(Condition::low).toArray();
    this.highs = others.stream().mapToInt(Condition::high).toArray();
  }

  /** The rules in evaluation order. */
  CompiledRule rule(int index) {
    return rules[index];
  }

  /**
   * The rules that fire for these feature values: bit {@code i % 64} of word {@code i / 64} for
   * the rule of index {@code i}.
   *
   * @param features the values of {@link Features#of}
   * @return the bit set, one word per 64 rules
   */
  long[] fired(int[] features) {
    long yes = 0;
    for (int bit = 0; bit < yesNoSlots.length; bit++) {
      yes |= (long) features[yesNoSlots[bit]] << bit;
    }
    long[] fired = new long[words];
    for (int r = 0; r < rules.length; r++) {
      if ((yes & ones[r]) == ones[r] && (yes & zeros[r]) == 0 && othersHold(features, r)) {
        fired[r >>> 6] |= 1L << r;
      }
    }
    return fired;
  }

  /** Whether any rule that fired forbids a level. */
  boolean anyForbidding(long[] fired) {
    for (int w = 0; w < words; w++) {
      if ((anyForbidding[w] & fired[w]) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fired rule of highest priority (the first of them) that sets {@code level} as its minimum.
   *
   * @return its index, or -1 when none fired
   */
  int firstSetting(int level, long[] fired) {
    return first(setting, level * words, fired);
  }

  /**
   * The fired rule of highest priority (the first of them) that forbids {@code level}.
   *
   * @return its index, or -1 when none fired
   */
  int firstForbidding(int level, long[] fired) {
    return first(forbidding, level * words, fired);
  }

  private boolean othersHold(int[] features, int rule) {
    for (int c = first[rule]; c < first[rule + 1]; c++) {
      int value = features[slots[c]];
      if (value < lows[c] || value > highs[c]) {
        return false;
      }
    }
    return true;
  }

  private int first(long[] sets, int offset, long[] fired) {
    for (int w = 0; w < words; w++) {
      long both = sets[offset + w] & fired[w];
      if (both != 0) {
        return (w << 6) + Long.numberOfTrailingZeros(both);
      }
    }
    return -1;
  }

  /** Whether {@code slot} takes only the values 0 and 1. */
  private static boolean isYesNo(int slot) {
    return Features.highest(slot) == 1;
  }

  private static void set(long[] bits, int offset, int index) {
    bits[offset + (index >>> 6)] |= 1L << index;
  }
}
