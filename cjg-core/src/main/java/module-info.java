/**
 * The CJG domain: immutable value types, validation and pure functions. No JSON, no I/O beyond
 * this module's own resources.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations are needed at compile time only
module nl.cjg.core {
  requires static org.immutables.value.annotations;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging;
  requires ojalgo;

  exports nl.cjg.core.aanbod;
  exports nl.cjg.core.casus;
  exports nl.cjg.core.id;
  exports nl.cjg.core.overleg;
  exports nl.cjg.core.partner;
  exports nl.cjg.core.populatie;
  exports nl.cjg.core.privacy;
  exports nl.cjg.core.referentie;
  exports nl.cjg.core.routing;
  exports nl.cjg.core.sample;
  exports nl.cjg.core.stats;
  exports nl.cjg.core.stats.audit;
  exports nl.cjg.core.stats.operational;
  exports nl.cjg.core.stats.table;
  exports nl.cjg.core.tijd;
  exports nl.cjg.core.validation;
  exports nl.cjg.core.verwijsindex;
  exports nl.cjg.core.werkplan;
  exports nl.cjg.core;

  opens nl.cjg.core.aanbod;
  opens nl.cjg.core.casus;
  opens nl.cjg.core.overleg;
  opens nl.cjg.core.partner;
  opens nl.cjg.core.populatie;
  opens nl.cjg.core.privacy;
  opens nl.cjg.core.referentie;
  opens nl.cjg.core.routing;
  opens nl.cjg.core.sample;
  opens nl.cjg.core.stats;
  opens nl.cjg.core.stats.audit;
  opens nl.cjg.core.stats.operational;
  opens nl.cjg.core.stats.table;
  opens nl.cjg.core.tijd;
  // Hibernate Validator creates the rule validators of this package, which is not exported.
  opens nl.cjg.core.validation.internal to org.hibernate.validator;
  opens nl.cjg.core.verwijsindex;
  opens nl.cjg.core.werkplan;
}
