/**
 * Tables as they are published: a header, labelled rows and cells that hold a stated number, are
 * empty, or are explicitly suppressed for disclosure control. {@link nl.cjg.core.stats.table.TableCsv}
 * reads and writes them as CSV; {@link nl.cjg.core.stats.table.TableConventions} holds the
 * conventions that give a header or row label its meaning (totals, overlapping totals, percentages).
 */
@CjgStyle
package nl.cjg.core.stats.table;

import nl.cjg.core.CjgStyle;
