/**
 * The machinery behind {@link nl.cjg.core.validation.CjgValidator}; not part of the API (the
 * module does not export this package, it only opens it to Hibernate Validator). Each business
 * rule is one {@link nl.cjg.core.validation.internal.Rule} in the rule table of its package; the
 * value types name their table with {@link nl.cjg.core.validation.internal.Rules}, and
 * {@link nl.cjg.core.validation.internal.Rules.Validator} checks every rule of it. The validators
 * of the public field constraints live here too.
 */
package nl.cjg.core.validation.internal;
