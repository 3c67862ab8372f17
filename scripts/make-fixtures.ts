/**
 * Writes the layout fixtures of test/fixtures/pilot/: three small pilot workbooks laid out
 * differently from the sample, three unusable files, and one <name>.expected.json each (what a
 * refresh of 2026-S1 must give, computed by hand from PRODUCT §3–§4). Also writes the expected
 * outcome of the bundled sample. Deterministic: two runs give the same bytes.
 * Run: node build/scripts/make-fixtures.js
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { annuelEtSemestre } from "./fixtures/annuelEtSemestre";
import type { ExpectedOutcome, UnusableOutcome, WorkbookFixture } from "./fixtures/fixtureTypes";
import { newFixtureWorkbook, putRows } from "./fixtures/fixtureSheet";
import { registreDecp } from "./fixtures/registreDecp";
import { sampleExpected } from "./fixtures/sampleExpected";
import { titresLibellesSeed } from "./fixtures/titresLibellesSeed";
import { repoRoot } from "./repoRoot";
import { withFixedZipDates } from "./stableZip";

export const FIXTURE_DIR = ["test", "fixtures", "pilot"] as const;

export const WORKBOOK_FIXTURES: readonly WorkbookFixture[] = [
  titresLibellesSeed,
  annuelEtSemestre,
  registreDecp,
];

const UNUSABLE: readonly UnusableOutcome[] = [
  {
    fixture: "vide.xlsx",
    usable: false,
    cliExitCode: 1,
    coreFailure: null,
    why: "Empty file (0 bytes): not a zip package.",
  },
  {
    fixture: "texte.xlsx",
    usable: false,
    cliExitCode: 1,
    coreFailure: null,
    why: "A text file named .xlsx.",
  },
  {
    fixture: "sans-indicateurs.xlsx",
    usable: false,
    cliExitCode: 1,
    coreFailure: "no-indicator-sheet",
    why: "A valid workbook whose sheets (an inventory, a leave planner) hold no indicator-label column and no semester column.",
  },
];

function json(value: ExpectedOutcome | UnusableOutcome): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

async function unrelatedWorkbook(): Promise<Buffer> {
  const wb = newFixtureWorkbook();
  const stock = wb.addWorksheet("Inventaire");
  putRows(stock, 1, [
    ["Article", "Quantité", "Site", "Valeur unitaire"],
    ["Chaise de bureau", 120, "Hôtel du Département", 145],
    ["Armoire métallique", 35, "Maison départementale de Roubaix", 310],
    ["Écran 24 pouces", 80, "Hôtel du Département", 169],
    ["Table de réunion", 12, "Archives départementales", 620],
  ]);
  const leave = wb.addWorksheet("Congés");
  putRows(leave, 1, [
    ["Agent", "Début", "Fin", "Motif"],
    ["M. Dupont", "07/07/2026", "25/07/2026", "Congés annuels"],
    ["Mme Leroy", "03/08/2026", "21/08/2026", "Congés annuels"],
    ["M. Martin", "14/09/2026", "16/09/2026", "Formation"],
  ]);
  return withFixedZipDates(Buffer.from(await wb.xlsx.writeBuffer()));
}

export async function writeFixtures(root: string = repoRoot()): Promise<string[]> {
  const dir = join(root, ...FIXTURE_DIR);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const put = (name: string, content: string | Buffer): void => {
    writeFileSync(join(dir, name), content);
    written.push(name);
  };
  for (const fixture of WORKBOOK_FIXTURES) {
    const raw = await fixture.build().xlsx.writeBuffer();
    put(`${fixture.name}.xlsx`, await withFixedZipDates(Buffer.from(raw)));
    put(`${fixture.name}.expected.json`, json(fixture.expected));
  }
  put("vide.xlsx", Buffer.alloc(0));
  put(
    "texte.xlsx",
    "Ceci n'est pas un classeur Excel : c'est un simple fichier texte renommé en .xlsx.\n",
  );
  put("sans-indicateurs.xlsx", await unrelatedWorkbook());
  for (const outcome of UNUSABLE)
    put(outcome.fixture.replace(/\.xlsx$/, ".expected.json"), json(outcome));
  put("pilotage-spaser-exemple.expected.json", json(sampleExpected));
  return written;
}

if (require.main === module) {
  writeFixtures()
    .then((files) =>
      console.log(`Jeux d'essai écrits (${files.length} fichiers) dans ${FIXTURE_DIR.join("/")}`),
    )
    .catch((error: unknown) => {
      console.error(`Échec de l'écriture des jeux d'essai : ${String(error)}`);
      process.exitCode = 1;
    });
}
