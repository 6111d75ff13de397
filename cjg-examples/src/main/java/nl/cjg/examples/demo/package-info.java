/**
 * The demo: loads the Bergen reference dataset, generates a calibrated sample, validates it,
 * routes its cases, computes its statistics with disclosure control, audits the source tables and
 * writes the HTML report. Also the streaming statistics that {@code cjg stats} prints, and the
 * report of a municipality's own dataset that {@code cjg report} writes
 * ({@link nl.cjg.examples.demo.DatasetReport}).
 */
package nl.cjg.examples.demo;
