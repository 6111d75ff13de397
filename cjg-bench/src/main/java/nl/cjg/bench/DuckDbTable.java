package nl.cjg.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The peer: the same kern × CJG age-band table computed by DuckDB from the same JSON Lines file,
 * as a user would write it without the library — {@code read_json} and {@code GROUP BY}, the
 * schema detected by DuckDB, the bands as a {@code CASE} on the age (0–4, 4–12, 12–19, 19 t/m 23).
 * One in-memory database per instance, on the number of threads it is given. Not thread-safe.
 */
final class DuckDbTable implements AutoCloseable {
  private final Connection connection;

  /**
   * Opens an in-memory database that runs each query on {@code threads} threads.
   *
   * @param threads DuckDB's {@code threads} setting
   * @throws SQLException when DuckDB cannot start
   */
  DuckDbTable(int threads) throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET threads = " + threads);
    }
  }

  /**
   * Counts the cases of a JSON Lines file by kern and band.
   *
   * @param file the file
   * @return the counts, {@code counts[kern * 4 + band]} as {@link KernLeeftijd#tel} has them
   * @throws SQLException when DuckDB cannot read the file
   */
  long[] count(Path file) throws SQLException {
    String query =
        "SELECT kind.kern.naam AS kern,"
            + " CASE WHEN kind.leeftijd < 4 THEN 0 WHEN kind.leeftijd < 12 THEN 1 WHEN kind.leeftijd < 19 THEN 2 ELSE 3 END AS band,"
            + " count(*) AS aantal"
            + " FROM read_json('" + file.toAbsolutePath().toString().replace("'", "''") + "', format = 'newline_delimited')"
            + " GROUP BY ALL";
    long[] counts = new long[KernLeeftijd.KERNEN.size() * KernLeeftijd.BANDEN.size()];
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        counts[KernLeeftijd.kernIndex(rows.getString(1)) * KernLeeftijd.BANDEN.size() + rows.getInt(2)] += rows.getLong(3);
      }
    }
    return counts;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
