/**
 * The Verwijsindex risicojongeren: signals ({@link nl.cjg.core.verwijsindex.Signaal}) that an
 * organisation has a reasonable concern about a young person, linked to the BSN and carrying
 * nothing of a case's content. The index serves young people until their 23rd birthday.
 * {@link nl.cjg.core.verwijsindex.Verwijsindex} tells which signals are active on a date, when each
 * expires, and which organisations are told of each other in a {@link nl.cjg.core.verwijsindex.Match}.
 */
@CjgStyle
package nl.cjg.core.verwijsindex;

import nl.cjg.core.CjgStyle;
