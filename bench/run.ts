/**
 * `npm run bench`: prints the figures the quality budgets are checked against (PRODUCT §10).
 * Speed and memory are measured here, never asserted by timed unit tests.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { packageRoot } from "../src/cli/paths";
import { fmt } from "./format";

const ROOT = packageRoot();
const BUILD = path.join(ROOT, "build", "bench");

function node(
  script: string,
  args: string[],
  extra: string[] = [],
): { ms: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...extra, script, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${path.basename(script)} a échoué : ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

function section(title: string): void {
  process.stdout.write(`\n== ${title}\n`);
}

interface CoreFigure {
  contracts: number;
  indicators: number;
  medianMs: number;
  peakRssMb: number;
  refreshPeakOverBaselineMb: number;
}

function benchCore(): void {
  section(
    "Cœur : actualisation de 50 indicateurs × 10 semestres (budget ≤ 0,5 s pour 50 000 marchés)",
  );
  const figures: CoreFigure[] = [];
  for (const n of [5_000, 50_000, 500_000]) {
    const { stdout } = node(
      path.join(BUILD, "coreRefresh.js"),
      [String(n)],
      ["--max-old-space-size=8192"],
    );
    const f = JSON.parse(stdout) as CoreFigure;
    figures.push(f);
    process.stdout.write(
      `${fmt(n).padStart(8)} marchés : ${fmt(f.medianMs, 1).padStart(8)} ms (médiane de 5), pic mémoire ${fmt(f.peakRssMb)} Mo (dont ${fmt(f.refreshPeakOverBaselineMb)} Mo pendant l'actualisation)\n`,
    );
  }
  const [small, mid, big] = figures as [CoreFigure, CoreFigure, CoreFigure];
  process.stdout.write(
    `Croissance : ×${fmt(mid.medianMs / small.medianMs, 1)} de 5 000 à 50 000, ×${fmt(big.medianMs / mid.medianMs, 1)} de 50 000 à 500 000 (linéaire : ×10)\n`,
  );
  process.stdout.write(
    `Budget 50 000 marchés ≤ 500 ms : ${mid.medianMs <= 500 ? "respecté" : "DÉPASSÉ"}\n`,
  );
}

type LinesFn = () => string[] | Promise<string[]>;

/** Figures contributed by other parts (pane bundles, Office round trips, DECP import), when built. */
async function optional(title: string, modulePath: string, exportName: string): Promise<void> {
  const file = path.join(BUILD, "..", modulePath);
  if (!fs.existsSync(file)) return;
  section(title);
  const mod = (await import(file)) as Record<string, LinesFn>;
  const lines = await mod[exportName]!();
  process.stdout.write(lines.map((l) => `${l}\n`).join(""));
}

async function main(): Promise<void> {
  const only = process.argv[2];
  process.stdout.write(`Mesures SPASER — ${os.cpus().length} cœurs, Node ${process.version}\n`);
  if (!only || only === "core") benchCore();
  if (!only || only === "cli")
    await optional(
      "Lecteur .xlsx : actualisation ÷ plancher des mêmes octets, fichiers hostiles",
      "bench/readerFloor.js",
      "benchReader",
    );
  if (!only || only === "office")
    await optional(
      "Office.js : allers-retours (context.sync) par actualisation",
      "src/excel/syncBudget.js",
      "syncCountLines",
    );
  if (!only || only === "panes")
    await optional(
      "Volets : JavaScript initial compressé (gzip, budget ≤ 400 Ko)",
      "scripts/bundle-size.js",
      "bundleSizeLines",
    );
  if (!only || only === "decp") await optional("Import DECP", "bench/decp.js", "benchDecp");
  if (!only || only === "browser")
    await optional(
      "Mode navigateur : plus longue tâche du fil principal, registre de 30 000 marchés (budget ≤ 200 ms)",
      "bench/browserLongTask.js",
      "benchBrowserLongTask",
    );
  if (!only || only === "bilan") await optional("Bilan annuel", "bench/bilan.js", "benchBilan");
}

void main();
