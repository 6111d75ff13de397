/**
 * Privacy functions: keyed pseudonyms of a BSN, a name or a case's kenmerk per purpose
 * (doelbinding), and the research export that turns cases into records without identifying data
 * whose statistics equal those of the source. The key always comes from the caller; the library
 * never generates, stores or shows it.
 */
@CjgStyle
package nl.cjg.core.privacy;

import nl.cjg.core.CjgStyle;
