/**
 * Who lives where: the kernen (villages) of a municipality, age bands and the named band sets in
 * use, ages on a date, population counts per kern and band, the target groups (doelgroepen)
 * of the CJG with their sizes and sources, and the children in provisions outside the
 * kernpartners (kinderopvang, schools, AWBZ begeleiding: {@link nl.cjg.core.populatie.Voorzieningen}).
 */
@CjgStyle
package nl.cjg.core.populatie;

import nl.cjg.core.CjgStyle;
