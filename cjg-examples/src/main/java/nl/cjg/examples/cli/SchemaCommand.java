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
    mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {
  @ParentCommand private Cjg cjg;

  @Parameters(paramLabel = "TYPE", arity = "0..1", defaultValue = CjgSchemas.RECORD, descriptionKey = "schemaType")
  private String type;

  @Override
  public Integer call() {
    if (!CjgSchemas.names().contains(type)) {
      throw CliException.of("schema.unknown", String.join(", ", CjgSchemas.names()));
    }
    String schema = CjgSchemas.schema(type);
    cjg.terminal().out().print(schema);
    cjg.summary().wrote("", cjg.messages().text("schema.written", type, schema.length()));
    return ExitCodes.OK;
  }
}
