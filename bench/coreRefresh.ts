/**
 * Child process of `npm run bench`: refreshes 50 indicators × 10 semesters + N contracts with the
 * core alone and prints one JSON line (median time, peak memory). One process per size, so that
 * the peak RSS of one size does not hide in another's.
 */
import { refreshWorkbook } from "../src/core/refresh";
import { benchGrids } from "./benchGrids";

const contracts = Number(process.argv[2] ?? "50000");
const grids = benchGrids(contracts);
global.gc?.();
const rssBefore = process.memoryUsage().rss;
const times: number[] = [];
let indicators = 0;
for (let i = 0; i < 6; i++) {
  // New grid objects each run: the core keeps the register it read per grid (the bilan refreshes
  // one workbook several times), and a cache hit is not the refresh this bench measures.
  const fresh = grids.map((g) => ({ ...g }));
  const t0 = process.hrtime.bigint();
  const out = refreshWorkbook(fresh, {
    workbookName: "bench.xlsx",
    semester: "2026-S1",
    refreshedAt: new Date(0),
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!out.ok) throw new Error(out.message);
  indicators = out.report.indicators.length;
  if (i > 0) times.push(ms); // the first run warms the JIT up
}
times.sort((a, b) => a - b);
const maxRssKb = process.resourceUsage().maxRSS;
process.stdout.write(
  JSON.stringify({
    contracts,
    indicators,
    medianMs: times[Math.floor(times.length / 2)],
    minMs: times[0],
    peakRssMb: maxRssKb / 1024,
    refreshPeakOverBaselineMb: Math.max(0, maxRssKb * 1024 - rssBefore) / 1024 / 1024,
  }) + "\n",
);
