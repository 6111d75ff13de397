/**
 * The table audit: given a published table (from Java or CSV), find every total that is not the
 * sum of its parts and every percentage that does not follow from its count and base at the
 * precision shown, and localise the error to the one cell that explains it where there is one.
 * The result renders itself as JSON. The rates an offering publishes without their count or base
 * are audited against the counts beside them, with the interval of counts their shown decimals
 * admit ({@link nl.cjg.core.stats.audit.TableAudit#rates}).
 */
@CjgStyle
package nl.cjg.core.stats.audit;

import nl.cjg.core.CjgStyle;
