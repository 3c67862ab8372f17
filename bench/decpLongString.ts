/**
 * DECP JSON with one huge string (issue 9 item 7): a single 100 MB field, once wanted (`objet`,
 * cut to one cell) and once skipped (`titulaires`). Reading must stay linear in time and within
 * the reading budget (< 300 MB of RSS growth) whatever the length of one string.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDecpRecords } from "../src/decp/importDecp";
import { mapMarche } from "../src/decp/mapMarche";

const STRING_MB = 100;
const MAX_READ_MEMORY_MB = 300;

async function writeFileWithLongString(path: string, field: string): Promise<void> {
  const out = createWriteStream(path);
  out.write(
    `[{"id": "L-1", "acheteur": {"id": "22590001800011"}, "montant": 1000, "dateNotification": "2026-01-15", "${field}": "`,
  );
  const piece = 'Travaux d’entretien des routes départementales \\"lot\\" '.repeat(16_384);
  let written = 0;
  while (written < STRING_MB * 1048576) {
    if (!out.write(piece)) await once(out, "drain");
    written += Buffer.byteLength(piece);
  }
  out.end(`"}]\n`);
  await once(out, "finish");
}

interface Measure {
  readonly seconds: number;
  readonly rssGrowth: number;
  readonly objetLength: number;
}

async function measure(path: string): Promise<Measure> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  let objetLength = 0;
  try {
    for await (const r of readDecpRecords(
      createReadStream(path, { highWaterMark: 1 << 20 }),
      "json",
    )) {
      if (r.kind !== "marche") continue;
      const mapped = mapMarche(r.marche, () => undefined);
      if (mapped.ok && typeof mapped.contract.row.objet === "string")
        objetLength = mapped.contract.row.objet.length;
    }
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds: (performance.now() - t0) / 1000, rssGrowth: peak - before, objetLength };
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} Mo`;
const s = (n: number): string => n.toFixed(2).replace(".", ",");

export async function benchDecpLongString(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-decp-long-"));
  try {
    const lines = [`DECP — une chaîne JSON de ${STRING_MB} Mo dans un seul champ`];
    for (const [field, label] of [
      ["objet", "champ lu (objet, coupé à une cellule)"],
      ["titulaires", "champ ignoré (titulaires)"],
    ] as const) {
      const path = join(dir, `${field}.json`);
      await writeFileWithLongString(path, field);
      const m = await measure(path);
      const ok = m.rssGrowth < MAX_READ_MEMORY_MB * 1048576;
      lines.push(
        `  ${label}\u00a0: ${s(m.seconds)}\u00a0s, RSS +${mb(m.rssGrowth)} (budget < ${MAX_READ_MEMORY_MB}\u00a0Mo) ${ok ? "OK" : "DÉPASSÉ"}` +
          (field === "objet"
            ? `, objet de ${m.objetLength.toLocaleString("fr-FR")} caractères`
            : ""),
      );
      rmSync(path);
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchDecpLongString().then(
    (lines) => process.stdout.write(`${lines.join("\n")}\n`),
    (e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
