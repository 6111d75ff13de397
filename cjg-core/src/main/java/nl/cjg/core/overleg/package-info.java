/**
 * The CJG case meeting (casusoverleg, from 2013 planbespreking): one meeting for the whole
 * municipality, chaired by the CJG coordinator who is also procesregisseur, with a fixed CJG team,
 * partners who join per case, and an afsprakenlijst at the end; and the planning of meeting dates
 * and agendas. Cases are referred to by kenmerk.
 */
@CjgStyle
package nl.cjg.core.overleg;

import nl.cjg.core.CjgStyle;
