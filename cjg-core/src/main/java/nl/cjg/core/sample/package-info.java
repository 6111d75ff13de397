/**
 * The seeded sample-dataset generator: {@link nl.cjg.core.sample.SampleDataset} streams valid,
 * privacy-safe model values (population, partners, offerings, cases, case meetings with their
 * afsprakenlijst, family plans, Verwijsindex signals and a werkplan) calibrated on a population,
 * by default Bergen's. The same options and seed give the same records; BSNs come only from a
 * documented test range ({@link nl.cjg.core.sample.SampleBsn}).
 */
@CjgStyle
package nl.cjg.core.sample;

import nl.cjg.core.CjgStyle;
