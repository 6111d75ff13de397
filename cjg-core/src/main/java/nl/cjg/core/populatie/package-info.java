/**
 * Who lives where: the kernen (villages) of a municipality, age bands and the named band sets in
 * use, ages on a date, population counts per kern and band, and the target groups (doelgroepen)
 * of the CJG with their sizes and sources.
 */
@CjgStyle
package nl.cjg.core.populatie;

import nl.cjg.core.CjgStyle;
