package nl.cjg.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.cjg.core.id.Bsn;
import org.junit.jupiter.api.Test;

/** Paths of violations found inside lists, maps and optionals. */
class CjgValidatorPathTest {
  private static final Bsn FAILS_ELFPROEF = Bsn.parse("123456789");
  private static final Bsn PASSES_ELFPROEF = Bsn.parse("111222333");

  /** Holds one BSN. */
  public static final class Item {
    private final Bsn bsn;

    Item(Bsn bsn) {
      this.bsn = bsn;
    }

    public Optional<@ElfproefGeldig Bsn> bsn() {
      return Optional.of(bsn);
    }
  }

  /** Holds items in each kind of container. */
  public static final class Holder {
    public List<@Valid Item> items() {
      return List.of(new Item(PASSES_ELFPROEF), new Item(FAILS_ELFPROEF));
    }

    public Map<String, @Valid Item> perKenmerk() {
      return Map.of("2012-07", new Item(FAILS_ELFPROEF));
    }

    public List<@ElfproefGeldig Bsn> bsns() {
      return List.of(FAILS_ELFPROEF);
    }

    public Optional<@Valid Item> one() {
      return Optional.of(new Item(FAILS_ELFPROEF));
    }
  }

  @Test
  void theIndexOrKeyFollowsTheContainerNotTheField() {
    List<String> paths =
        CjgValidator.create().validate(new Holder()).violations().stream().map(Violation::path).toList();
    assertEquals(List.of("bsns[0]", "items[1].bsn", "one.bsn", "perKenmerk[2012-07].bsn"), paths);
  }
}
