/**
 * The {@code cjg} command line: one picocli command per job (demo, generate, validate, stats,
 * route, audit, schema, fhir). Every command reads files or standard input, writes its result to standard
 * output and one clear line per error to standard error, and exits with 0 (success), 1 (the data
 * has problems) or 2 (usage error or unreadable input). Behaviour every command shares lives in
 * small classes of its own: the run's language ({@code Language}, {@code Messages}), progress on a
 * terminal ({@code Progress}) and the summary line at the end ({@code Summary}).
 */
package nl.cjg.examples.cli;
