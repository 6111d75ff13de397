/**
 * jqwik arbitraries for the CJG domain: {@link nl.cjg.jqwik.CjgArbitraries} for every domain type,
 * valid by default, and an arbitrary provider so that {@code @ForAll Casus casus} just works.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations are needed at compile time only
module nl.cjg.jqwik {
  requires static org.immutables.value.annotations;
  requires transitive nl.cjg.core;
  requires transitive net.jqwik.api;

  exports nl.cjg.jqwik;

  provides net.jqwik.api.providers.ArbitraryProvider with nl.cjg.jqwik.CjgArbitraryProvider;
}
