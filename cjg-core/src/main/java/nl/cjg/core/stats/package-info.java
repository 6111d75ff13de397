/**
 * Statistics over categories of any type: distributions and cross tables with totals and
 * percentages, rates with their edge cases, overlapping categories, the comparison of two
 * measurements (Wilson score intervals, two-proportion z-test, sample sizes), rounding that adds up,
 * and disclosure control for publication. Every function is pure; every accumulator has an identity
 * and an associative merge and is available as a {@link java.util.stream.Collector} in
 * {@link nl.cjg.core.stats.StatsCollectors}.
 */
@CjgStyle
package nl.cjg.core.stats;

import nl.cjg.core.CjgStyle;
