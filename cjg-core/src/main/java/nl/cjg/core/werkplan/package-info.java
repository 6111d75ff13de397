/**
 * Plans of the CJG: the yearly {@link nl.cjg.core.werkplan.Werkplan} with its topics and their
 * evaluations, the phased {@link nl.cjg.core.werkplan.PlanVanAanpak} with its go/no-go gates, and
 * the {@link nl.cjg.core.werkplan.Communicatieplan} with its target groups, steps, budget and
 * awareness measurements. The sources' partial dates ("november 2008 – maart 2009", "vanaf september
 * 2009", "najaar 2012") are {@link nl.cjg.core.tijd.Periode}s.
 */
@CjgStyle
package nl.cjg.core.werkplan;

import nl.cjg.core.tijd.Periode;
import nl.cjg.core.CjgStyle;
