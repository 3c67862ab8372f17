/** `spaser bilan [WORKBOOK] [--annee Y] [--out FILE.docx] [--donnees FILE.csv] [--date AAAA-MM-JJ]` */
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE } from "./io";
import { parseWorkbookCommand } from "./argsError";
import { sampleWorkbookPath } from "./paths";
import { writeFileAtomic } from "./fileOutput";
import { readWorkbook, UnreadableWorkbookError } from "../xlsx/readWorkbook";
import { MAX_YEAR, MIN_YEAR, buildBilan } from "../bilan/buildBilan";
import { bilanDocx } from "../bilan/document";
import { purchasesCsv } from "../bilan/csv";
import { bilanSummary } from "../bilan/summary";
import { rasteriseWithResvg } from "./bilanRaster";

export const BILAN_USAGE = `Usage : spaser bilan [CLASSEUR] [--annee 2026] [--out FICHIER.docx] [--donnees FICHIER.csv] [--date AAAA-MM-JJ]

Établit le bilan annuel du SPASER (document Word) à partir du classeur de pilotage : actualisation
des semestres S2 et S1 de l’année et du S2 de l’année précédente, achats responsables de l’année
(article L2111-3), qualité des données et méthode. Avec --donnees, écrit aussi le tableau L2111-3
au format CSV (UTF-8, séparateur « ; ») pour la publication en données ouvertes.
Sans CLASSEUR, utilise le classeur d’exemple fourni ; sans --annee, la dernière année dont la
colonne S2 est renseignée ; sans --out, écrit ./out/<classeur>-bilan-<année>.docx ; --date fixe
la date imprimée (par défaut : aujourd’hui).
`;

export async function runBilanCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseWorkbookCommand(
    args,
    {
      annee: { type: "string" },
      out: { type: "string" },
      donnees: { type: "string" },
      date: { type: "string" },
    },
    BILAN_USAGE,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  let year: number | undefined;
  if (values.annee !== undefined) {
    const y = values.annee.trim();
    if (!/^\d{4}$/.test(y) || Number(y) < MIN_YEAR || Number(y) > MAX_YEAR) {
      io.stderr(
        `Année « ${values.annee} » invalide : indiquez une année sur quatre chiffres, par exemple 2026.\n`,
      );
      return EXIT_USAGE;
    }
    year = Number(y);
  }
  let date = new Date();
  if (values.date !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.date.trim());
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (!m || !d || d.toISOString().slice(0, 10) !== values.date.trim()) {
      io.stderr(
        `Date « ${values.date} » invalide : écrivez-la sous la forme AAAA-MM-JJ, par exemple 2027-01-15.\n`,
      );
      return EXIT_USAGE;
    }
    date = d;
  }
  const input = positionals[0] ? path.resolve(io.cwd, positionals[0]) : sampleWorkbookPath();
  const name = path.basename(input);
  let data: Uint8Array;
  try {
    data = new Uint8Array(await fs.readFile(input));
  } catch {
    io.stderr(`Le fichier « ${positionals[0] ?? input} » est introuvable ou illisible.\n`);
    return EXIT_UNUSABLE;
  }
  let grids;
  try {
    grids = (await readWorkbook(data, name)).grids;
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) {
      io.stderr(`${e.message}\n`);
      return EXIT_UNUSABLE;
    }
    throw e;
  }
  const outcome = buildBilan(grids, { workbookName: name, date, ...(year ? { year } : {}) });
  if (!outcome.ok) {
    io.stderr(`${outcome.message}\n`);
    return EXIT_UNUSABLE;
  }
  const bilan = outcome.bilan;
  const docx = await bilanDocx(bilan, rasteriseWithResvg);
  const outFile = values.out
    ? path.resolve(io.cwd, values.out)
    : path.join(io.cwd, "out", `${name.replace(/\.xls[xm]$/i, "")}-bilan-${bilan.year}.docx`);
  await writeFileAtomic(outFile, docx);
  const written = [path.relative(io.cwd, outFile) || outFile];
  if (values.donnees) {
    const csvFile = path.resolve(io.cwd, values.donnees);
    await writeFileAtomic(csvFile, purchasesCsv(bilan));
    written.push(path.relative(io.cwd, csvFile) || csvFile);
  }
  io.stdout(`${bilanSummary(bilan)}Fichiers écrits : ${written.join(", ")}\n`);
  return EXIT_OK;
}
