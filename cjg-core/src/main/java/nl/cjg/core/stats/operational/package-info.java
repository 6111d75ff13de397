/**
 * Operational figures from the records of a CJG: cases per kern, age band, status and consent;
 * case meetings with their requests and minutes; the progress of a work plan on a date; and the
 * population and target groups per kern and band. Every figure is an immutable accumulator with an
 * identity and an associative merge, available as a {@link java.util.stream.Collector} in
 * {@link nl.cjg.core.stats.operational.OperationalFigures.OperationalCollectors}; {@link
 * nl.cjg.core.stats.operational.OperationalFigures} takes any dataset record and counts it where it
 * belongs.
 */
@CjgStyle
package nl.cjg.core.stats.operational;

import nl.cjg.core.CjgStyle;
import nl.cjg.core.stats.operational.OperationalFigures.OperationalCollectors;
