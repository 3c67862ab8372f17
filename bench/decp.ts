/**
 * DECP import benchmark: generates a national-size JSON file (200 000 contracts) in a temp
 * dir, then measures streamed parsing + mapping (records/s, peak RSS, heap growth) against
 * the budget (≥ 20 000 records/s, parsing memory < 300 MB whatever the file size), and the
 * whole import with a buyer filter (what `spaser decp import --acheteur` does).
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { importDecp, readDecpRecords } from "../src/decp/importDecp";
import { mapMarche } from "../src/decp/mapMarche";
import { runCli } from "../src/cli/main";
import { benchDecpLongString } from "./decpLongString";

const RECORDS = 200_000;
const MIN_RECORDS_PER_SECOND = 20_000;
const MAX_PARSE_MEMORY_MB = 300;
const BUYERS = ["22590001800011", "21590350100017", "20005374700014", "25590101400013"];
const PROCEDURES = [
  "Procédure adaptée",
  "Appel d'offres ouvert",
  "Appel d'offres restreint",
  "Procédure avec négociation",
];
const CPVS = ["45233141-9", "90910000-9", "15894210-6", "30192000-1", "71332000-4", "34144900-7"];

function record(i: number): unknown {
  const month = String((i % 12) + 1).padStart(2, "0");
  const day = String((i % 28) + 1).padStart(2, "0");
  const wrapped = i % 2 === 0;
  const social =
    i % 3 === 0 ? ["Clause sociale", "Critère social"] : ["Pas de considération sociale"];
  const env = i % 5 === 0 ? ["Pas de considération environnementale"] : ["Clause environnementale"];
  return {
    id: `2025-${String(i).padStart(7, "0")}`,
    acheteur: { id: BUYERS[i % BUYERS.length] },
    nature: "Marché",
    objet: `Marché de test n° ${i} : prestations et fournitures diverses pour les services du Département`,
    codeCPV: CPVS[i % CPVS.length],
    procedure: PROCEDURES[i % PROCEDURES.length],
    techniques: { technique: ["Accord-cadre"] },
    modalitesExecution: { modaliteExecution: ["Bons de commande"] },
    montant: 40_000 + (i % 1000) * 1234.5,
    dateNotification: `2025-${month}-${day}`,
    dureeMois: 12 + (i % 36),
    formePrix: "Unitaire",
    offresRecues: 1 + (i % 7),
    considerationsSociales: wrapped ? { considerationSociale: social } : social,
    considerationsEnvironnementales: wrapped ? { considerationEnvironnementale: env } : env,
    titulaires: [{ titulaire: { typeIdentifiant: "SIRET", id: String(10_000_000_000_000 + i) } }],
    modifications:
      i % 4 === 0
        ? [
            {
              modification: {
                id: 1,
                montant: 50_000 + i,
                dureeMois: 48,
                dateNotificationModification: "2025-12-01",
              },
            },
          ]
        : [],
  };
}

async function generate(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('{"marches": {"marche": [\n');
  const BATCH = 1000;
  for (let i = 0; i < count; i += BATCH) {
    const parts: string[] = [];
    for (let j = i; j < Math.min(count, i + BATCH); j++)
      parts.push((j === 0 ? "" : ",\n") + JSON.stringify(record(j)));
    if (!out.write(parts.join(""))) await once(out, "drain");
  }
  out.end("\n]}}\n");
  await once(out, "finish");
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} Mo`;
const fr = (n: number): string => Math.round(n).toLocaleString("fr-FR");

interface ParseMeasure {
  readonly records: number;
  readonly mapped: number;
  readonly seconds: number;
  /** User + system CPU time: what the code costs when other processes share the machine. */
  readonly cpuSeconds: number;
  readonly rssGrowth: number;
  readonly heapGrowth: number;
}

/** Streams a file through reading and mapping without keeping anything, sampling memory. */
async function measureParse(file: string): Promise<ParseMeasure> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  let records = 0;
  let mapped = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const source = createReadStream(file, { highWaterMark: 1 << 20 });
  for await (const r of readDecpRecords(source, "json")) {
    records++;
    if (r.kind === "marche" && mapMarche(r.marche, () => undefined).ok) mapped++;
    if (records % 5000 === 0) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  return {
    records,
    mapped,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    rssGrowth: peakRss - before.rss,
    heapGrowth: peakHeap - before.heapUsed,
  };
}

function seconds(n: number): string {
  return n.toFixed(2).replace(".", ",");
}

export async function benchDecp(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-decp-"));
  const lines: string[] = [];
  try {
    // Two sizes: parsing memory must stay flat when the file grows fourfold.
    const small = join(dir, "decp-50k.json");
    const file = join(dir, "decp-national.json");
    await generate(small, RECORDS / 4);
    await generate(file, RECORDS);
    const size = statSync(file).size;

    const quarter = await measureParse(small);
    const full = await measureParse(file);
    const rate = full.records / full.seconds;

    const t1 = performance.now();
    const filtered = await importDecp(createReadStream(file, { highWaterMark: 1 << 20 }), {
      acheteur: BUYERS[0],
    });
    const importSeconds = (performance.now() - t1) / 1000;

    // The whole job a coordinator runs: national file, filtered on the buyer, merged into the
    // register of a pilot workbook and written (lossless patching of the sheet).
    const io = {
      stdout: () => undefined,
      stderr: (t: string) => void process.stderr.write(t),
      cwd: dir,
    };
    await runCli(["template", "--out", "pilotage.xlsx"], io);
    const t2 = performance.now();
    const code = await runCli(
      [
        "decp",
        "import",
        file,
        "--acheteur",
        BUYERS[0]!,
        "--into",
        "pilotage.xlsx",
        "--out",
        "pilotage-decp.xlsx",
      ],
      io,
    );
    const wholeSeconds = (performance.now() - t2) / 1000;

    const rateOk = rate >= MIN_RECORDS_PER_SECOND;
    const limit = MAX_PARSE_MEMORY_MB * 1048576;
    const memoryOk = full.rssGrowth < limit && quarter.rssGrowth < limit;
    lines.push(
      `DECP — fichier JSON de ${fr(RECORDS)} marchés (${mb(size)})`,
      `  lecture + conversion : ${seconds(full.seconds)} s, ${fr(rate)} marchés/s ` +
        `(budget ≥ ${fr(MIN_RECORDS_PER_SECOND)}) ${rateOk ? "OK" : "DÉPASSÉ"} — ` +
        `temps CPU ${seconds(full.cpuSeconds)} s, soit ${fr(full.records / full.cpuSeconds)} marchés/s de CPU`,
      `  mémoire pendant la lecture : RSS +${mb(full.rssGrowth)}, tas +${mb(full.heapGrowth)} ` +
        `(fichier 4 fois plus petit : RSS +${mb(quarter.rssGrowth)}, tas +${mb(quarter.heapGrowth)}) ` +
        `(budget < ${MAX_PARSE_MEMORY_MB} Mo) ${memoryOk ? "OK" : "DÉPASSÉ"}`,
      `  maxRSS du processus (génération comprise) : ${mb(process.resourceUsage().maxRSS * 1024)}`,
      `  import filtré sur un acheteur : ${seconds(importSeconds)} s, ` +
        `${filtered.ok ? `${fr(filtered.counts.contracts)} marchés retenus` : filtered.message}`,
      `  import complet dans un classeur (filtre acheteur, fusion, écriture du registre) : ` +
        `${seconds(wholeSeconds)} s${code === 0 ? "" : ` — ÉCHEC (code ${code})`}`,
    );
    if (full.mapped !== full.records) {
      lines.push(`  ATTENTION : ${fr(full.records - full.mapped)} enregistrements non convertis`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  lines.push(...(await benchDecpLongString()));
  return lines;
}

if (require.main === module) {
  benchDecp().then(
    (lines) => process.stdout.write(`${lines.join("\n")}\n`),
    (e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
