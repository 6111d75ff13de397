/**
 * The Bergen reference data bundled with the examples: the facts of the source documents as one
 * dataset, and the sources' numeric tables as CSV files in the audit format.
 */
package nl.cjg.examples.referentie;
