/**
 * The table audit: given a published table (from Java or CSV), find every total that is not the
 * sum of its parts and every percentage that does not follow from its count and base at the
 * precision shown, and localise the error to the one cell that explains it where there is one.
 * The result renders itself as JSON.
 */
@CjgStyle
package nl.cjg.core.stats.audit;

import nl.cjg.core.CjgStyle;
