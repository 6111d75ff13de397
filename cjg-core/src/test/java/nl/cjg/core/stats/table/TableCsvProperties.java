package nl.cjg.core.stats.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TableCsvProperties {
  @Property(tries = 300)
  void whatIsWrittenReadsBackEqual(@ForAll("tables") PublishedTable table) {
    assertEquals(table, TableCsv.read(TableCsv.write(table)));
  }

  @Provide
  Arbitrary<PublishedTable> tables() {
    Arbitrary<String> text = Arbitraries.strings().withChars("abcé ;,\"%x1").ofMinLength(1).ofMaxLength(8);
    Arbitrary<Cell> cell =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100_000)).ofScale(2)
                .flatMap(v -> Arbitraries.integers().between(0, 3).map(scale -> Cell.of(v.setScale(scale, java.math.RoundingMode.DOWN))))),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Cell.empty())),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Cell.suppressed())));
    return Arbitraries.integers()
        .between(1, 4)
        .flatMap(
            columns -> {
              Arbitrary<List<String>> headers =
                  Combinators.combine(text, Arbitraries.of("Aantal", "%", "Totaal", "% van 6464").list().ofSize(columns))
                      .as((first, rest) -> {
                        List<String> all = new ArrayList<>();
                        all.add(first.strip());
                        all.addAll(rest);
                        return all;
                      });
              Arbitrary<TableRow> row = Combinators.combine(text, cell.list().ofSize(columns)).as((label, cells) -> TableRow.of(label.strip(), cells));
              return Combinators.combine(headers, row.list().ofMinSize(1).ofMaxSize(5)).as(PublishedTable::of);
            });
  }
}
