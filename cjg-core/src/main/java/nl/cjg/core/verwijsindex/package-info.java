/**
 * The Verwijsindex risicojongeren: signals ({@link nl.cjg.core.verwijsindex.Signaal}) that an
 * organisation has a reasonable concern about a young person, linked to the BSN and carrying
 * nothing of a case's content. The index serves young people until their 23rd birthday.
 */
@CjgStyle
package nl.cjg.core.verwijsindex;

import nl.cjg.core.CjgStyle;
