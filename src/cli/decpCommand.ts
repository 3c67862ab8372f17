/**
 * `spaser decp import FICHIER [--into CLASSEUR] [--acheteur SIRET] [--out FICHIER | --in-place]
 * [--report FICHIER.json]` — fills the contracts register (sheet « Marchés ») from a DECP
 * file (JSON, XML, CSV or XLSX). The input workbook is never modified unless `--in-place`
 * (which keeps the previous version beside it). Every file is written through writeFileAtomic.
 * Exit codes: 0 register written (anomalies are in the report); 1 unusable input or write
 * impossible; 2 usage; 4 register written but not the report.
 */
import { argsErrorMessage } from "./argsError";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildDecpReport, countLabel, summaryLines } from "../decp/decpReport";
import { importDecp } from "../decp/importDecp";
import { mergeRegister } from "../decp/mergeRegister";
import { REGISTER_SHEET } from "../decp/registerColumns";
import {
  findRegisterGrid,
  freeSheetName,
  registerPatches,
  registerSheetPlan,
} from "../decp/registerSheet";
import { CellPatchError, createSheet, patchSheetCells } from "../xlsx/patchCells";
import { readWorkbook, UnreadableWorkbookError } from "../xlsx/readWorkbook";
import { createWorkbook } from "../xlsx/writePlans";
import {
  extensionMismatch,
  FileWriteError,
  isMacroWorkbook,
  sameFile,
  shownPath,
  writeFileAtomic,
} from "./fileOutput";
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE } from "./io";

export const DECP_USAGE = [
  "Usage\u00a0: spaser decp import FICHIER [--into CLASSEUR.xlsx] [--acheteur SIRET] [--out FICHIER.xlsx | --in-place] [--report FICHIER.json]",
  "  FICHIER             fichier DECP au format JSON, XML, CSV ou XLSX (format reconnu au contenu)",
  "  --into CLASSEUR     complète le registre «\u00a0Marchés\u00a0» de ce classeur, écrit dans ./out/CLASSEUR",
  "                      (le classeur lui-même n’est pas modifié, sauf avec --in-place)",
  "  --acheteur SIRET    ne garde que les marchés de cet acheteur (14\u00a0chiffres)",
  "  --out FICHIER       classeur à écrire (par défaut dans ./out/)",
  "  --in-place          modifie le classeur de --into lui-même et garde sa version précédente",
  "                      à côté (CLASSEUR.avant-spaser.xlsx, puis .avant-spaser-2.xlsx…)",
  "  --report FICHIER    rapport JSON (compteurs et anomalies)",
  "Codes de sortie\u00a0: 0 registre écrit, 1 fichier inutilisable ou écriture impossible,",
  "2 erreur d’usage, 4 registre écrit mais rapport non écrit.",
].join("\n");

class UsageError extends Error {}

interface DecpArgs {
  readonly file: string;
  readonly into: string | undefined;
  readonly acheteur: string | undefined;
  readonly out: string | undefined;
  readonly inPlace: boolean;
  readonly report: string | undefined;
}

function parseDecpArgs(args: string[]): DecpArgs | "help" {
  if (args[0] === "--help" || args[0] === "-h" || args.length === 0) return "help";
  if (args[0] !== "import")
    throw new UsageError(
      `Sous-commande inconnue «\u00a0${args[0]}\u00a0»\u00a0: seule «\u00a0decp import\u00a0» existe.`,
    );
  let parsed: ReturnType<
    typeof parseArgs<{
      options: typeof OPTIONS;
      allowPositionals: true;
      strict: true;
      args: string[];
    }>
  >;
  try {
    parsed = parseArgs({
      args: args.slice(1),
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(argsErrorMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("Indiquez le fichier DECP à importer.");
  if (positionals.length > 1)
    throw new UsageError(`Un seul fichier DECP à la fois (reçu\u00a0: ${positionals.join(", ")}).`);
  let acheteur: string | undefined;
  if (values.acheteur !== undefined) {
    acheteur = values.acheteur.replace(/[\s\u00a0\u202f]/g, "");
    if (!/^\d{14}$/.test(acheteur))
      throw new UsageError(
        `Le SIRET «\u00a0${values.acheteur}\u00a0» doit compter 14\u00a0chiffres.`,
      );
  }
  const inPlace = values["in-place"] === true;
  if (inPlace && values.out !== undefined)
    throw new UsageError("--in-place et --out s’excluent\u00a0: choisissez l’un ou l’autre.");
  if (inPlace && values.into === undefined)
    throw new UsageError(
      "--in-place modifie le classeur de --into\u00a0: indiquez --into CLASSEUR.",
    );
  return {
    file: positionals[0]!,
    into: values.into,
    acheteur,
    out: values.out,
    inPlace,
    report: values.report,
  };
}

const OPTIONS = {
  into: { type: "string" },
  acheteur: { type: "string" },
  out: { type: "string" },
  "in-place": { type: "boolean" },
  report: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Where the register goes when neither `--out` nor `--in-place` is given: ./out/. */
function defaultOutput(cwd: string, file: string, into: string | undefined): string {
  if (into) return resolve(cwd, "out", basename(into));
  return resolve(cwd, "out", `registre-${basename(file, extname(file))}.xlsx`);
}

/** Checks the paths before any long work; a usage mistake never touches a file. */
async function planOutput(
  options: DecpArgs,
  cwd: string,
  file: string,
  into: string | undefined,
): Promise<string> {
  if (options.inPlace) return into!;
  if (options.out === undefined) {
    const output = defaultOutput(cwd, file, into);
    if (into !== undefined && (await sameFile(into, output)))
      throw new UsageError(
        `Le classeur «\u00a0${options.into}\u00a0» est déjà à l’emplacement du résultat par défaut (./out/)\u00a0: indiquez --out FICHIER pour écrire ailleurs, ou --in-place pour le compléter lui-même (sa version précédente est alors gardée à côté).`,
      );
    return output;
  }
  const output = resolve(cwd, options.out);
  if (into !== undefined && (await sameFile(into, output)))
    throw new UsageError(
      "--out désigne le classeur de --into lui-même\u00a0: pour le modifier, utilisez --in-place (sa version précédente est alors gardée à côté), sinon choisissez un autre fichier.",
    );
  if (await sameFile(file, output))
    throw new UsageError(
      "--out désigne le fichier DECP lui-même\u00a0: choisissez un autre fichier.",
    );
  return output;
}

export async function runDecpCommand(args: string[], io: CliIo): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`${message}\n${DECP_USAGE}\n`);
    return EXIT_USAGE;
  };
  let options: DecpArgs | "help";
  try {
    options = parseDecpArgs(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usage(e.message);
  }
  if (options === "help") {
    io.stdout(`${DECP_USAGE}\n`);
    return EXIT_OK;
  }
  const fail = (message: string): number => {
    io.stderr(`${message}\n`);
    return EXIT_UNUSABLE;
  };

  const file = resolve(io.cwd, options.file);
  if (!(await exists(file)))
    return fail(`Le fichier «\u00a0${options.file}\u00a0» est introuvable.`);
  const into = options.into === undefined ? undefined : resolve(io.cwd, options.into);
  if (into !== undefined && !(await exists(into)))
    return fail(`Le classeur «\u00a0${options.into}\u00a0» est introuvable.`);
  let output: string;
  try {
    output = await planOutput(options, io.cwd, file, into);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usage(e.message);
  }
  let source: Uint8Array | undefined;
  if (into !== undefined) {
    try {
      source = new Uint8Array(await readFile(into));
    } catch {
      return fail(
        `Le classeur «\u00a0${options.into}\u00a0» est illisible\u00a0: vérifiez les droits.`,
      );
    }
    const mismatch = extensionMismatch(isMacroWorkbook(source, into), output);
    if (mismatch) return usage(mismatch);
  } else {
    const mismatch = extensionMismatch(false, output);
    if (mismatch) return usage(mismatch);
  }

  let imported: Awaited<ReturnType<typeof importDecp>>;
  try {
    imported = await importDecp(createReadStream(file, { highWaterMark: 1 << 20 }), {
      ...(options.acheteur ? { acheteur: options.acheteur } : {}),
      onProgress: (n) =>
        io.stderr(`  … ${countLabel(n, "enregistrement lu", "enregistrements lus")}\n`),
    });
  } catch (e) {
    // A file system error while streaming (rights, device): the user can act on it.
    if (typeof (e as { code?: unknown }).code === "string") {
      return fail(
        `Impossible de lire «\u00a0${options.file}\u00a0»\u00a0: vérifiez le fichier et les droits.`,
      );
    }
    throw e;
  }
  if (!imported.ok) return fail(`${imported.message} (fichier «\u00a0${options.file}\u00a0»)`);
  if (imported.counts.recordsRead === 0 && !imported.listFound) {
    return fail(
      `Aucun marché trouvé dans «\u00a0${options.file}\u00a0»\u00a0: ce n’est pas un fichier DECP reconnu.`,
    );
  }
  let bytes: Uint8Array;
  let sheetName = REGISTER_SHEET;
  let merged: ReturnType<typeof mergeRegister>;
  try {
    if (into === undefined || source === undefined) {
      merged = mergeRegister(undefined, imported.contracts);
      if (!merged.ok) return fail(merged.message);
      bytes = await createWorkbook([registerSheetPlan(sheetName, merged)]);
    } else {
      // The user's workbook is edited in its own package (src/xlsx): every part, chart, pivot
      // table or macro it holds is carried over untouched, so no workbook is refused.
      const name = basename(into);
      const read = await readWorkbook(source, name);
      const register = findRegisterGrid(read.grids, read.existingSheets);
      merged = mergeRegister(register, imported.contracts);
      if (!merged.ok) return fail(merged.message);
      if (register) {
        sheetName = register.name;
        bytes = await patchSheetCells(source, sheetName, registerPatches(merged, register), name);
      } else {
        sheetName = freeSheetName(
          read.existingSheets.map((s) => s.name),
          REGISTER_SHEET,
        );
        bytes = await createSheet(
          source,
          registerSheetPlan(sheetName, merged, read.date1904),
          name,
        );
      }
    }
  } catch (e) {
    if (e instanceof UnreadableWorkbookError || e instanceof CellPatchError) return fail(e.message);
    throw e;
  }
  const shown = shownPath(io.cwd, output);
  const report = buildDecpReport({
    file: basename(file),
    format: imported.format,
    acheteur: options.acheteur,
    output,
    sheet: sheetName,
    importCounts: imported.counts,
    mergeCounts: merged.counts,
    appendedColumns: merged.appendedColumns,
    issues: imported.issues,
    notices: merged.notices,
    issuesOmitted: imported.issuesOmitted,
  });
  let backup: string | undefined;
  try {
    ({ backup } = await writeFileAtomic(output, bytes, {
      backup: options.inPlace,
      displayName: shown,
    }));
  } catch (e) {
    if (!(e instanceof FileWriteError)) throw e;
    return fail(e.message);
  }
  io.stdout(`${summaryLines(report).join("\n")}\n`);
  if (backup) io.stdout(`Version précédente gardée\u00a0: ${shownPath(io.cwd, backup)}\n`);
  if (options.report !== undefined) {
    const reportPath = resolve(io.cwd, options.report);
    try {
      await writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`, {
        displayName: shownPath(io.cwd, reportPath),
      });
    } catch (e) {
      if (!(e instanceof FileWriteError)) throw e;
      io.stderr(`Le registre a été écrit, mais pas le rapport. ${e.message}\n`);
      // PRODUCT §7: exit 0 whenever the sheets were written; the sentence says the report is not.
      return EXIT_OK;
    }
  }
  return EXIT_OK;
}
