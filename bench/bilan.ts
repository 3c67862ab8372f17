/**
 * `npm run bench`: the bilan annuel of the 50 000-contract workbook (50 indicators × 10
 * semesters): time of the model (three refreshes + one per semester for the trajectories), of
 * the .docx (charts rasterised by resvg-wasm), of the whole `spaser bilan` command on the
 * .xlsx file, and the sizes of what it writes.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildBilan } from "../src/bilan/buildBilan";
import { bilanDocx } from "../src/bilan/document";
import { purchasesCsv } from "../src/bilan/csv";
import { rasteriseWithResvg } from "../src/cli/bilanRaster";
import { packageRoot } from "../src/cli/paths";
import { benchGrids } from "./benchGrids";
import { median } from "./format";

const fr = (n: number, d = 0) =>
  n.toLocaleString("fr-FR", { maximumFractionDigits: d, minimumFractionDigits: d });

export async function benchBilan(): Promise<string[]> {
  const contracts = 50_000;
  const grids = benchGrids(contracts);
  const date = new Date(Date.UTC(2027, 0, 15));
  const modelMs: number[] = [];
  const docxMs: number[] = [];
  let size = 0;
  let csvSize = 0;
  let refreshes = 0;
  for (let i = 0; i < 4; i++) {
    const t0 = process.hrtime.bigint();
    // Fresh grid objects each time: the register is read once per bilan, not once per run.
    const out = buildBilan(
      grids.map((g) => ({ ...g })),
      { workbookName: "bench.xlsx", year: 2026, date },
    );
    const t1 = process.hrtime.bigint();
    if (!out.ok) throw new Error(out.message);
    const docx = await bilanDocx(out.bilan, rasteriseWithResvg);
    const t2 = process.hrtime.bigint();
    size = docx.byteLength;
    csvSize = Buffer.byteLength(purchasesCsv(out.bilan));
    refreshes = out.bilan.trajectories[0]!.points.length;
    if (i > 0) {
      modelMs.push(Number(t1 - t0) / 1e6);
      docxMs.push(Number(t2 - t1) / 1e6);
    }
  }
  const lines = [
    `Modèle du bilan (${fr(contracts)} marchés, ${refreshes} semestres actualisés) : ${fr(median(modelMs), 1)} ms (médiane de 3)`,
    `Document .docx (2 graphiques SVG + PNG) : ${fr(median(docxMs), 1)} ms, ${fr(size / 1024)} Ko ; CSV L2111-3 : ${fr(csvSize / 1024, 1)} Ko`,
  ];
  const root = packageRoot();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spaser-bilan-bench-"));
  try {
    const xlsx = path.join(dir, "bench.xlsx");
    const make = spawnSync(
      process.execPath,
      [path.join(root, "build", "bench", "makeBenchWorkbook.js"), String(contracts), xlsx],
      { encoding: "utf8" },
    );
    if (make.status !== 0) throw new Error(make.stderr);
    const t0 = process.hrtime.bigint();
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, "bin", "spaser.js"),
        "bilan",
        xlsx,
        "--annee",
        "2026",
        "--out",
        path.join(dir, "b.docx"),
      ],
      { encoding: "utf8" },
    );
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (run.status !== 0) throw new Error(run.stderr);
    lines.push(
      `Commande spaser bilan sur le fichier (${fr(fs.statSync(xlsx).size / 1024 / 1024, 1)} Mo, lecture comprise) : ${fr(ms / 1000, 2)} s, document de ${fr(fs.statSync(path.join(dir, "b.docx")).size / 1024)} Ko`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
