/**
 * Time as the CJG's documents speak of it: {@link nl.cjg.core.tijd.Periode} for periods as people
 * write them (a day, a month, a quarter, "najaar 2012", "november 2008 – maart 2009", "vanaf
 * september 2009"), built from {@link nl.cjg.core.tijd.Tijdvak} pieces, and
 * {@link nl.cjg.core.tijd.Datumbereik} for exact ranges of days used in computation.
 */
@CjgStyle
package nl.cjg.core.tijd;

import nl.cjg.core.CjgStyle;
