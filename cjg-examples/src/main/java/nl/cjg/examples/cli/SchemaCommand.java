package nl.cjg.examples.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import nl.cjg.json.CjgJsonSchema;
import nl.cjg.json.RecordTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg schema [TYPE]}: the JSON Schema of a dataset line, or of one record type, made from
 * the same mapping the reader and writer use.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Het JSON Schema (draft 2020-12) van een datasetregel, of van één recordtype.")
final class SchemaCommand implements Callable<Integer> {
  @ParentCommand private Cjg cjg;

  @Parameters(
      paramLabel = "TYPE",
      arity = "0..1",
      description = "Een recordtype (partner, populatie, aanbod, casus, casusoverleg, gezinsplan, werkplan, planVanAanpak,"
          + " communicatieplan, signaal); zonder TYPE: elke regel van een dataset.")
  private Optional<String> type;

  @Override
  public Integer call() {
    RecordTypes types = RecordTypes.standard();
    if (type.isPresent() && types.type(type.get()).isEmpty()) {
      throw new CliException("unknown record type; known are " + String.join(", ", types.names()));
    }
    cjg.terminal().out().println(type.map(name -> CjgJsonSchema.forRecord(name, types)).orElseGet(() -> CjgJsonSchema.forDataset(types)));
    return ExitCodes.OK;
  }
}
