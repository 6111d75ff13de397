package nl.cjg.jqwik;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.cjg.core.id.AgbCode;
import nl.cjg.core.id.Bsn;
import nl.cjg.core.id.BuurtCode;
import nl.cjg.core.id.GemeenteCode;
import nl.cjg.core.id.KvkNummer;
import nl.cjg.core.id.Postcode;
import nl.cjg.core.id.Pseudoniem;
import nl.cjg.core.id.WijkCode;
import nl.cjg.core.sample.SampleBsn;

/** Arbitraries of the identifiers. Stateless. */
final class Identificatie {
  private Identificatie() {}

  static Arbitrary<Bsn> bsn() {
    Bsn voorloopnullen = Bsn.parse(SampleBsn.MET_VOORLOOPNULLEN);
    return Basis.metRanden(Arbitraries.integers().between(0, SampleBsn.aantal() - 1).map(SampleBsn::nummer), voorloopnullen);
  }

  /** Test-range numbers that fail the eleven-test, for rule {@code BSN-001}. */
  static Arbitrary<Bsn> bsnZonderElfproef() {
    return Arbitraries.integers()
        .between(999_990_000, 999_999_999)
        .map(String::valueOf)
        .filter(digits -> !Bsn.passesElfproef(digits))
        .map(Bsn::parse);
  }

  static Arbitrary<Postcode> postcode() {
    Arbitrary<Integer> cijfers = Arbitraries.integers().between(1000, 9999);
    Arbitrary<Character> letter = Arbitraries.chars().range('A', 'Z');
    return Combinators.combine(cijfers, letter, letter)
        .filter((c, a, b) -> !(a == 'S' && (b == 'A' || b == 'D' || b == 'S')))
        .as((c, a, b) -> Postcode.parse(c + "" + a + b));
  }

  static Arbitrary<AgbCode> agbCode() {
    return cijfers(8).map(AgbCode::parse);
  }

  static Arbitrary<KvkNummer> kvkNummer() {
    return cijfers(8).map(KvkNummer::parse);
  }

  static Arbitrary<GemeenteCode> gemeenteCode() {
    return Basis.metRanden(cijfers(4).map(c -> GemeenteCode.parse("GM" + c)), GemeenteCode.BERGEN_NH);
  }

  static Arbitrary<WijkCode> wijkCode() {
    return cijfers(6).map(c -> WijkCode.parse("WK" + c));
  }

  static Arbitrary<BuurtCode> buurtCode() {
    return cijfers(8).map(c -> BuurtCode.parse("BU" + c));
  }

  private static Arbitrary<String> cijfers(int lengte) {
    return Arbitraries.strings().numeric().ofLength(lengte);
  }

  /** Pseudonyms: 32 arbitrary bytes as 64 hexadecimal digits, as a research export makes them. */
  static Arbitrary<Pseudoniem> pseudoniem() {
    return Arbitraries.bytes().array(byte[].class).ofSize(Pseudoniem.LENGTH / 2).map(Pseudoniem::of);
  }
}
