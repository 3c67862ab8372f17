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
