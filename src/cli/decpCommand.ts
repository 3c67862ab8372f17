/**
 * `spaser decp import FICHIER [--into CLASSEUR] [--acheteur SIRET] [--out FICHIER]
 * [--report FICHIER.json]` — fills the contracts register (sheet « Marchés ») from a DECP
 * file (JSON, XML, CSV or XLSX). The input workbook is never modified unless `--out` names it.
 * Exit codes: 0 register written (anomalies are in the report); 1 unusable input; 2 usage.
 */
import { argsErrorMessage } from "./argsError";
import { createReadStream } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";
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
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE } from "./io";

export const DECP_USAGE = [
  "Usage : spaser decp import FICHIER [--into CLASSEUR.xlsx] [--acheteur SIRET] [--out FICHIER.xlsx] [--report FICHIER.json]",
  "  FICHIER             fichier DECP au format JSON, XML, CSV ou XLSX (format reconnu au contenu)",
  "  --into CLASSEUR     complète le registre « Marchés » de ce classeur (écrit dans ./out/ sauf --out)",
  "  --acheteur SIRET    ne garde que les marchés de cet acheteur (14 chiffres)",
  "  --out FICHIER       classeur à écrire (par défaut dans ./out/)",
  "  --report FICHIER    rapport JSON (compteurs et anomalies)",
].join("\n");

class UsageError extends Error {}

interface DecpArgs {
  readonly file: string;
  readonly into: string | undefined;
  readonly acheteur: string | undefined;
  readonly out: string | undefined;
  readonly report: string | undefined;
}

function parseDecpArgs(args: string[]): DecpArgs | "help" {
  if (args[0] === "--help" || args[0] === "-h" || args.length === 0) return "help";
  if (args[0] !== "import")
    throw new UsageError(`Sous-commande inconnue « ${args[0]} » : seule « decp import » existe.`);
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
    throw new UsageError(`Un seul fichier DECP à la fois (reçu : ${positionals.join(", ")}).`);
  let acheteur: string | undefined;
  if (values.acheteur !== undefined) {
    acheteur = values.acheteur.replace(/[\s\u00a0\u202f]/g, "");
    if (!/^\d{14}$/.test(acheteur))
      throw new UsageError(`Le SIRET « ${values.acheteur} » doit compter 14 chiffres.`);
  }
  return {
    file: positionals[0]!,
    into: values.into,
    acheteur,
    out: values.out,
    report: values.report,
  };
}

const OPTIONS = {
  into: { type: "string" },
  acheteur: { type: "string" },
  out: { type: "string" },
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

/** Where the register goes when `--out` is absent: a new file in ./out/, never the input. */
function defaultOutput(cwd: string, file: string, into: string | undefined): string {
  if (into) return resolve(cwd, "out", basename(into));
  return resolve(cwd, "out", `registre-${basename(file, extname(file))}.xlsx`);
}

export async function runDecpCommand(args: string[], io: CliIo): Promise<number> {
  let options: DecpArgs | "help";
  try {
    options = parseDecpArgs(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n${DECP_USAGE}\n`);
    return EXIT_USAGE;
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
  if (!(await exists(file))) return fail(`Le fichier « ${options.file} » est introuvable.`);
  const into = options.into === undefined ? undefined : resolve(io.cwd, options.into);
  if (into !== undefined && !(await exists(into)))
    return fail(`Le classeur « ${options.into} » est introuvable.`);
  const output =
    options.out === undefined ? defaultOutput(io.cwd, file, into) : resolve(io.cwd, options.out);

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
      return fail(`Impossible de lire « ${options.file} » : vérifiez le fichier et les droits.`);
    }
    throw e;
  }
  if (!imported.ok) return fail(`${imported.message} (${options.file})`);
  if (imported.counts.recordsRead === 0) {
    return fail(
      `Aucun marché trouvé dans « ${options.file} » : ce n'est pas un fichier DECP reconnu.`,
    );
  }

  let bytes: Uint8Array;
  let sheetName = REGISTER_SHEET;
  let merged: ReturnType<typeof mergeRegister>;
  try {
    if (into === undefined) {
      merged = mergeRegister(undefined, imported.contracts);
      if (!merged.ok) return fail(merged.message);
      bytes = await createWorkbook([registerSheetPlan(sheetName, merged)]);
    } else {
      // The user's workbook is edited in its own package (src/xlsx): every part, chart, pivot
      // table or macro it holds is carried over untouched, so no workbook is refused.
      const source = new Uint8Array(await readFile(into));
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
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, bytes);
    if (options.report !== undefined) {
      const reportPath = resolve(io.cwd, options.report);
      await mkdir(dirname(reportPath), { recursive: true });
      await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`, "utf8");
    }
  } catch {
    return fail(
      `Impossible d'écrire « ${output} » ou le rapport : vérifiez le dossier et les droits.`,
    );
  }
  io.stdout(`${summaryLines(report).join("\n")}\n`);
  return EXIT_OK;
}
