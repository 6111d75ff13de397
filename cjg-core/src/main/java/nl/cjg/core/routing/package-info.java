/**
 * The router: from a case {@link nl.cjg.core.routing.Situatie} and the CJG network to an
 * {@link nl.cjg.core.routing.Advies} with a level of help, the partners to involve, the next steps
 * and the rules that fired. The rules are data ({@link nl.cjg.core.routing.RoutingRules}): the
 * Bergen 2012 set is bundled, and a municipality can read its own; the language is documented in
 * {@code docs/routing-rules.md}.
 */
@CjgStyle
package nl.cjg.core.routing;

import nl.cjg.core.CjgStyle;
