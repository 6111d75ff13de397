package nl.cjg.examples.cli;

import java.util.concurrent.Callable;
import nl.cjg.json.CjgSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cjg schema [TYPE]}: the JSON Schema (draft 2020-12) that cjg-json ships: of any record
 * line of a dataset (without TYPE), of the header ({@code dataset}), or of one record type.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Het JSON Schema van een datasetregel (zonder TYPE), van de kopregel (dataset) of van één recordtype.")
final class SchemaCommand implements Callable<Integer> {
  @ParentCommand private Cjg cjg;

  @Parameters(
      paramLabel = "TYPE",
      arity = "0..1",
      defaultValue = CjgSchemas.RECORD,
      description = "dataset, record (standaard) of een recordtype: partner, populatie, aanbod, casus, casusoverleg,"
          + " gezinsplan, werkplan, planVanAanpak, communicatieplan, signaal.")
  private String type;

  @Override
  public Integer call() {
    if (!CjgSchemas.names().contains(type)) {
      throw new CliException("unknown schema; the schemas are " + String.join(", ", CjgSchemas.names()));
    }
    cjg.terminal().out().print(CjgSchemas.schema(type));
    return ExitCodes.OK;
  }
}
