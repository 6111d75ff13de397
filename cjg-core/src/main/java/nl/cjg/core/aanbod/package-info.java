/**
 * What the CJG partners offer: each {@link nl.cjg.core.aanbod.Aanbod} (basisaanbod or flexibel
 * aanbod, preventive or curative, with its target group and ages) and its measures per period
 * ({@link nl.cjg.core.aanbod.Kengetal}): participants, contacts, trajectories, reach, attendance,
 * the BTP norm and breakdowns by category. Only counts are held; percentages are computed by the
 * statistics package.
 */
@CjgStyle
package nl.cjg.core.aanbod;

import nl.cjg.core.CjgStyle;
