/**
 * The JSON wire format of the CJG model: {@link nl.cjg.json.CjgJsonReader} reads a value or reports
 * every {@link nl.cjg.json.Problem} with a JSON Pointer, position and stable code;
 * {@link nl.cjg.json.CjgJsonWriter} writes; both stream JSON Lines, large arrays and datasets
 * record by record. {@link nl.cjg.json.CjgModule} and {@link nl.cjg.json.CjgJson} plug the same
 * mapping into Jackson's {@code ObjectMapper}.
 */
@CjgStyle
package nl.cjg.json;

import nl.cjg.core.CjgStyle;
