import { parseArgs, type ParseArgsConfig } from "node:util";
import { type CliIo, EXIT_OK, EXIT_USAGE } from "./io";
/**
 * node:util parseArgs errors in English → one French sentence for the user. Not
 * `instanceof Error`: Node's errors may come from another realm (e.g. under jest).
 */
export function argsErrorMessage(error: unknown): string {
  const { code, message } = error as { code?: string; message?: unknown };
  const detail = typeof message === "string" ? /'([^' <]+)/.exec(message)?.[1] : undefined;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return `Option inconnue${detail ? ` «\u00a0${detail}\u00a0»` : ""}.`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return `Valeur manquante ou invalide pour une option${detail ? ` («\u00a0${detail}\u00a0»)` : ""}.`;
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return "Argument inattendu.";
  return "Arguments invalides.";
}

type CommandOptions = NonNullable<ParseArgsConfig["options"]>;
type ParsedCommand<O extends CommandOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>
>;

/**
 * The start every workbook command shares: parse its options (with `--help`/`-h`) and at most one
 * workbook. Returns the parsed values, or the exit code once the usage or the help is printed.
 */
export function parseWorkbookCommand<const O extends CommandOptions>(
  args: string[],
  options: O,
  usage: string,
  io: CliIo,
): ParsedCommand<O & { help: { type: "boolean"; short: "h"; default: false } }> | number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { ...options, help: { type: "boolean", short: "h", default: false } as const },
    });
  } catch (e) {
    io.stderr(`${argsErrorMessage(e)}\n${usage}`);
    return EXIT_USAGE;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(usage);
    return EXIT_OK;
  }
  if (parsed.positionals.length > 1) {
    io.stderr(`Un seul classeur à la fois.\n${usage}`);
    return EXIT_USAGE;
  }
  return parsed;
}
