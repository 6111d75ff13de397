/**
 * The demo: loads the Bergen reference dataset, generates a calibrated sample, validates it,
 * routes its cases, computes its statistics with disclosure control, audits the source tables and
 * writes the HTML report. Also the streaming statistics that {@code cjg stats} prints.
 */
package nl.cjg.examples.demo;
