/**
 * jqwik arbitraries for every domain type of the CJG library behind one facade, {@link
 * nl.cjg.jqwik.CjgArbitraries}: valid by default, built from jqwik combinators so that failures
 * shrink to simple values, with edge cases that matter (band borders, the 23rd birthday, 29
 * February, a BSN with leading zeros, empty optional fields, long texts) and variants that break
 * exactly one named validation rule. {@link nl.cjg.jqwik.CjgArbitraryProvider} lets
 * {@code @ForAll Casus casus} work without a provider method.
 */
package nl.cjg.jqwik;
