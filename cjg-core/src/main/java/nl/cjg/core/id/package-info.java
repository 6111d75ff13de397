/**
 * Dutch identifiers as value types: the BSN, the postcode, the AGB-code of care providers, the
 * KvK-nummer and the CBS region codes of municipality, district and neighbourhood. Each parses
 * text with a clear {@link nl.cjg.core.InvalidValueException}, has one canonical format and is
 * equal by value; personal identifiers never show their value in {@code toString}.
 */
package nl.cjg.core.id;
