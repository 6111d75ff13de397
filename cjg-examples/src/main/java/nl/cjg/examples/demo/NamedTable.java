package nl.cjg.examples.demo;

import nl.cjg.core.stats.table.PublishedTable;

/**
 * A published table with its title. Immutable and thread-safe.
 *
 * @param titel what the table counts
 * @param tabel the table, protected for publication
 */
public record NamedTable(String titel, PublishedTable tabel) {}
