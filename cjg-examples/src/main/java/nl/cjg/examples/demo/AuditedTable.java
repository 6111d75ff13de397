package nl.cjg.examples.demo;

import nl.cjg.core.stats.audit.AuditResult;
import nl.cjg.examples.referentie.SeedTable;

/**
 * A source table with the outcome of its audit. Immutable and thread-safe.
 *
 * @param tabel the source table
 * @param resultaat its findings
 */
public record AuditedTable(SeedTable tabel, AuditResult resultaat) {}
