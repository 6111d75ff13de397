package nl.cjg.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.cjg.core.stats.audit.TableAttack;
import nl.cjg.core.stats.table.PublishedTable;
import org.junit.jupiter.api.Test;

class TmpTimingTest {
  @Test
  void time() {
    Random random = new Random(1);
    List<Integer> ten = new ArrayList<>();
    for (int i = 0; i < 10; i++) ten.add(i);
    for (int round = 0; round < 150; round++) {
      long[][] counts = new long[10][10];
      for (long[] row : counts) for (int c = 0; c < 10; c++) row[c] = random.nextInt(5) == 0 ? 1 + random.nextInt(4) : random.nextInt(60);
      CrossTable<Integer, Integer> table = CrossTable.of(ten, ten, counts);
      long t0 = System.nanoTime();
      PublishedTable published = table.publish("", String::valueOf, String::valueOf);
      long t1 = System.nanoTime();
      List<TableAttack.Bound> bounds = TableAttack.on(published).bounds();
      long t2 = System.nanoTime();
      System.out.println("protect " + (t1 - t0) / 1e6 + " ms, attack " + (t2 - t1) / 1e6 + " ms, suppressed " + bounds.size());
    }
  }
}
