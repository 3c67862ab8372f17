/** `spaser template --out FILE` — a blank pilot workbook in the canonical layout. */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE } from "./io";
import { argsErrorMessage } from "./argsError";
import { extensionMismatch, FileWriteError, shownPath, writeFileAtomic } from "./fileOutput";
import { buildTemplatePlans } from "../core/templatePlan";
import { createWorkbook } from "../xlsx/writePlans";

export const TEMPLATE_USAGE = `Usage : spaser template --out FICHIER.xlsx

Crée un classeur de pilotage vierge : tout le catalogue des indicateurs du SPASER 2026-2030,
les colonnes de semestre 2026-S1 à 2030-S2 et un registre des marchés vide avec ses en-têtes.
`;

export async function runTemplateCommand(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { out: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
    }));
  } catch (e) {
    io.stderr(`${argsErrorMessage(e)}\n${TEMPLATE_USAGE}`);
    return EXIT_USAGE;
  }
  if (values.help) {
    io.stdout(TEMPLATE_USAGE);
    return EXIT_OK;
  }
  if (!values.out) {
    io.stderr(`Indiquez le fichier à créer avec --out.\n${TEMPLATE_USAGE}`);
    return EXIT_USAGE;
  }
  const target = path.resolve(io.cwd, values.out);
  const mismatch = extensionMismatch(false, target);
  if (mismatch) {
    io.stderr(`${mismatch}\n${TEMPLATE_USAGE}`);
    return EXIT_USAGE;
  }
  const shown = shownPath(io.cwd, target);
  try {
    await writeFileAtomic(target, await createWorkbook(buildTemplatePlans()), {
      displayName: shown,
    });
  } catch (e) {
    if (!(e instanceof FileWriteError)) throw e;
    io.stderr(`${e.message}\n`);
    return EXIT_UNUSABLE;
  }
  io.stdout(`Classeur de pilotage vierge créé\u00a0: ${shown}\n`);
  return EXIT_OK;
}
