/**
 * JMH benchmarks of the CJG library, each beside a hand-written baseline that does the same work
 * without the library: a Jackson streaming parser and generator over plain records, a loop counting
 * into an {@code int[]}, an {@code if}/{@code switch} router, Instancio and plain Java records.
 * {@link nl.cjg.bench.BenchRunner} runs them all and prints the ratio of each to its baseline.
 */
package nl.cjg.bench;
