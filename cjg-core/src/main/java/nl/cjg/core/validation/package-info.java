/**
 * Business validation as a result, never an exception: the constraint annotations every package
 * can use, their validators, and the facade {@link nl.cjg.core.validation.CjgValidator} that
 * returns every {@link nl.cjg.core.validation.Violation} with its stable rule id, path and message
 * in Dutch (default) or English. Every rule is listed in {@code docs/validation-rules.md}.
 */
@CjgStyle
package nl.cjg.core.validation;

import nl.cjg.core.CjgStyle;
