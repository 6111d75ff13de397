package nl.cjg.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cjg.core.sample.SampleDataset;
import nl.cjg.core.sample.SampleOptions;
import nl.cjg.core.stats.operational.OperationalFigures.OperationalCollectors;
import nl.cjg.core.stats.operational.OperationalFigures;
import org.junit.jupiter.api.Test;

/** Partial operational figures written by one process read back equal in another, ready to merge. */
class OperationalFiguresJsonTest {
  @Test
  void figuresOfADatasetReadBackEqual() {
    SampleDataset dataset = SampleDataset.of(SampleOptions.builder().seed(3).aantalCasussen(50).build());
    OperationalFigures figures =
        dataset.records().collect(OperationalCollectors.dataset(OperationalFigures.bergen(dataset.peildatum())));
    String json = CjgJsonWriter.create().write(figures);
    ReadResult<OperationalFigures> read = CjgJsonReader.create().read(json, OperationalFigures.class);
    assertTrue(read.isValid(), () -> read.problems().toString());
    assertEquals(figures, read.value().orElseThrow());
    assertEquals(figures.merge(figures), read.value().orElseThrow().merge(figures));
  }
}
