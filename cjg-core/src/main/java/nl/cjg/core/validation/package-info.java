/**
 * Business validation as a result, never an exception: the facade {@link
 * nl.cjg.core.validation.CjgValidator} that returns every {@link nl.cjg.core.validation.Violation}
 * with its stable rule id, path and message in Dutch (default) or English, and {@link
 * nl.cjg.core.validation.ElfproefGeldig}, the eleven-test as a constraint users can put on their
 * own fields. Every rule is listed in {@code docs/validation-rules.md}; each is defined once, in
 * the rule table of its package.
 */
@CjgStyle
package nl.cjg.core.validation;

import nl.cjg.core.CjgStyle;
