/** `spaser refresh [WORKBOOK] [--semester 2026-S1] [--out FILE] [--report FILE.json] [--in-place]` */
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE } from "./io";
import { parseWorkbookCommand } from "./argsError";
import { sampleWorkbookPath } from "./paths";
import {
  extensionMismatch,
  FileWriteError,
  isMacroWorkbook,
  sameFile,
  shownPath,
  writeFileAtomic,
} from "./fileOutput";
import { refreshXlsx, type RefreshStep } from "../xlsx/refreshXlsx";
import { UnreadableWorkbookError } from "../xlsx/readWorkbook";
import type { RefreshReport } from "../core/report";
import { STATUS_KEYS } from "../core/status";
import { STATUS_PRESENTATION, severityText } from "../core/statusPresentation";

export const REFRESH_USAGE = `Usage : spaser refresh [CLASSEUR] [--semester 2026-S1] [--out FICHIER.xlsx] [--report FICHIER.json] [--in-place]

Actualise le classeur de pilotage SPASER : contrôle les indicateurs, calcule les taux à partir du
registre des marchés et écrit les feuilles « Synthèse », « Statut » et « Contrôle » du semestre.
Sans CLASSEUR, utilise le classeur d’exemple fourni. Le classeur d’origine n’est jamais modifié,
sauf avec --in-place ; par défaut le résultat est écrit dans ./out/. Avec --in-place, la version
précédente est gardée à côté (CLASSEUR.avant-spaser.xlsx, puis .avant-spaser-2.xlsx…).
Un classeur à macros (.xlsm) donne un .xlsm.
Codes de sortie : 0 feuilles écrites, 1 fichier inutilisable ou écriture impossible, 2 erreur
d’usage, 4 classeur écrit mais rapport non écrit.
`;

const STEP_TEXT: Readonly<Record<RefreshStep, string>> = {
  lecture: "Lecture du classeur…",
  analyse: "Analyse des indicateurs et du registre…",
  ecriture: "Écriture des feuilles de statut…",
};

/** Progress goes to stderr, only for people watching (a terminal) or for long runs (big files). */
const LONG_RUN_BYTES = 5 * 1024 * 1024;

function percent(n: number | null): string {
  return n === null ? "—" : `${(Math.round(n * 1000) / 10).toString().replace(".", ",")}\u00a0%`;
}

export function summarize(report: RefreshReport, outFile: string): string {
  const c = report.completeness;
  const lines = [
    `Classeur : ${report.workbook} — semestre ${report.semester}`,
    `Complétude : ${c.filled}/${c.expected} indicateurs renseignés (${percent(c.rate)})`,
    `Statuts : ${STATUS_KEYS.map((s) => `${STATUS_PRESENTATION[s].label.toLowerCase()} ${report.statusCounts[s]}`).join(" · ")}`,
  ];
  const errors = report.issues.filter((i) => i.severity === "erreur").length;
  const warnings = report.issues.filter((i) => i.severity === "avertissement").length;
  lines.push(
    `Contrôle : ${errors} erreur${errors > 1 ? "s" : ""}, ${warnings} avertissement${warnings > 1 ? "s" : ""}, ${report.issues.length - errors - warnings} information${report.issues.length - errors - warnings > 1 ? "s" : ""}`,
  );
  for (const i of report.issues.slice(0, 5))
    lines.push(
      `  ${severityText(i.severity)} ${[i.sheet, i.cell].filter(Boolean).join("!")}${i.code ? ` (${i.code})` : ""}\u00a0: ${i.message}`,
    );
  if (report.issues.length > 5)
    lines.push(
      `  … et ${report.issues.length - 5} autres, dans la feuille « ${report.sheetsWritten[2]}\u00a0».`,
    );
  lines.push(`Feuilles écrites : ${report.sheetsWritten.join(", ")}`);
  lines.push(`Résultat : ${outFile}`);
  return lines.join("\n") + "\n";
}

export async function runRefreshCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseWorkbookCommand(
    args,
    {
      semester: { type: "string" },
      out: { type: "string" },
      report: { type: "string" },
      "in-place": { type: "boolean", default: false },
    },
    REFRESH_USAGE,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (values["in-place"] && values.out) {
    io.stderr(
      `--in-place et --out s’excluent\u00a0: choisissez l’un ou l’autre.\n${REFRESH_USAGE}`,
    );
    return EXIT_USAGE;
  }
  if (values["in-place"] && !positionals[0]) {
    io.stderr(
      `--in-place demande un CLASSEUR\u00a0: le classeur d’exemple fourni ne se modifie pas.\n${REFRESH_USAGE}`,
    );
    return EXIT_USAGE;
  }
  if (values.semester !== undefined && !/^\d{4}-S[12]$/i.test(values.semester.trim())) {
    io.stderr(
      `Semestre «\u00a0${values.semester}\u00a0» invalide\u00a0: écrivez-le sous la forme 2026-S1 ou 2026-S2.\n`,
    );
    return EXIT_USAGE;
  }
  const input = positionals[0] ? path.resolve(io.cwd, positionals[0]) : sampleWorkbookPath();
  const name = path.basename(input);
  const explicitOut = values.out ? path.resolve(io.cwd, values.out) : undefined;
  if (explicitOut && (await sameFile(input, explicitOut))) {
    io.stderr(
      `--out désigne le classeur d’entrée lui-même\u00a0: pour le modifier, utilisez --in-place (la version précédente est alors gardée à côté), sinon choisissez un autre fichier.\n${REFRESH_USAGE}`,
    );
    return EXIT_USAGE;
  }
  let data: Uint8Array;
  try {
    data = new Uint8Array(await fs.readFile(input));
  } catch {
    io.stderr(
      `Le fichier «\u00a0${positionals[0] ?? input}\u00a0» est introuvable ou illisible.\n`,
    );
    return EXIT_UNUSABLE;
  }
  const macro = isMacroWorkbook(data, name);
  const mismatch = explicitOut ? extensionMismatch(macro, explicitOut) : undefined;
  if (mismatch) {
    io.stderr(`${mismatch}\n${REFRESH_USAGE}`);
    return EXIT_USAGE;
  }
  const showProgress = Boolean(process.stderr.isTTY) || data.byteLength > LONG_RUN_BYTES;
  const started = Date.now();
  let result;
  try {
    result = await refreshXlsx(
      data,
      {
        workbookName: name,
        refreshedAt: new Date(),
        ...(values.semester ? { semester: values.semester.trim().toUpperCase() } : {}),
      },
      showProgress
        ? (step) =>
            io.stderr(`${STEP_TEXT[step]} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
        : undefined,
    );
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) {
      io.stderr(`${e.message}\n`);
      return EXIT_UNUSABLE;
    }
    throw e;
  }
  if (!result.outcome.ok || !result.output) {
    io.stderr(
      `${result.outcome.ok ? "Le classeur n’a pas pu être écrit." : result.outcome.message}\n`,
    );
    return EXIT_UNUSABLE;
  }
  const report = result.outcome.report;
  const outFile = values["in-place"]
    ? input
    : (explicitOut ??
      path.join(
        io.cwd,
        "out",
        `${name.replace(/\.xls[xm]$/i, "")}-spaser-${report.semester}${macro ? ".xlsm" : ".xlsx"}`,
      ));
  const shown = shownPath(io.cwd, outFile);
  let backup: string | undefined;
  try {
    ({ backup } = await writeFileAtomic(outFile, result.output, {
      backup: values["in-place"],
      displayName: shown,
    }));
  } catch (e) {
    if (!(e instanceof FileWriteError)) throw e;
    io.stderr(`${e.message}\n`);
    return EXIT_UNUSABLE;
  }
  io.stdout(summarize(report, shown));
  if (backup) io.stdout(`Version précédente gardée\u00a0: ${shownPath(io.cwd, backup)}\n`);
  if (result.note) io.stdout(`${result.note}\n`);
  if (values.report) {
    const reportPath = path.resolve(io.cwd, values.report);
    try {
      await writeFileAtomic(reportPath, JSON.stringify(report, null, 2) + "\n", {
        displayName: shownPath(io.cwd, reportPath),
      });
    } catch (e) {
      if (!(e instanceof FileWriteError)) throw e;
      io.stderr(`Le classeur a été écrit, mais pas le rapport. ${e.message}\n`);
      // PRODUCT §7: exit 0 whenever the sheets were written; the sentence says the report is not.
      return EXIT_OK;
    }
  }
  return EXIT_OK;
}
