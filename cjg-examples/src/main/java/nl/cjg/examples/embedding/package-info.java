/**
 * Small programs that show how a municipal system embeds the library: each has a {@code main} and
 * is run by a test.
 */
package nl.cjg.examples.embedding;
