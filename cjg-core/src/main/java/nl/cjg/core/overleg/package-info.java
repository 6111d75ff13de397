/**
 * Case meetings (casusoverleg / planbespreking): the meeting record with its afsprakenlijst, and
 * the planning of meeting dates and agendas.
 */
@CjgStyle
package nl.cjg.core.overleg;

import nl.cjg.core.CjgStyle;
