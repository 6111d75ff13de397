/**
 * The Bergen reference data bundled with the examples: the facts of the seed documents as one
 * dataset, and the seeds' numeric tables as CSV files in the audit format.
 */
package nl.cjg.examples.referentie;
