/**
 * Reference data as bundled, documented text tables, and their reader: the Bergen population of
 * CBS "Gemeente op maat, Bergen NH" (2010) and the partner map of the werkplan 2012 (Bijlage 1),
 * loaded by {@link nl.cjg.core.referentie.BergenReferentie}. A municipality can read its own tables
 * in the same format with {@link nl.cjg.core.referentie.Referentielezer}. The sources' plans — the
 * werkplan 2012, the plan van aanpak 2008–2010 and the communicatieplan 2012 — are in
 * {@link nl.cjg.core.referentie.BergenPlannen}; the children in kinderopvang, at the secondary
 * schools and with AWBZ begeleiding are records of {@code BergenReferentie} as well.
 */
package nl.cjg.core.referentie;
