/**
 * The CJG network (the sociale kaart): the partners, kernpartners and netwerkpartners, with the
 * disciplines, expertise, ages and kernen they serve, and {@link nl.cjg.core.partner.Netwerk},
 * which finds the partners for an age, a kern, a discipline or an expertise. Other packages refer
 * to a partner by its name.
 */
@CjgStyle
package nl.cjg.core.partner;

import nl.cjg.core.CjgStyle;
