/**
 * Browser mode, 30 000-contract register (PRODUCT §10: « in browser mode no main-thread task over
 * 200 ms »): the built Excel pane (dist/) in Debian's Chromium opens the workbook and refreshes
 * it; a PerformanceObserver of `longtask` entries records every main-thread task over 50 ms from
 * the file's choice to the download's offer. Prints the longest. Then the bilan annuel of the same
 * workbook, from the click to the .docx's download, measured apart (its first run loads the
 * document library); and the Word pane's « Bilan » on the same file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_FLAGS, serveDirectory } from "../scripts/localBrowser";
import { packageRoot } from "../src/cli/paths";
import { fmt } from "./format";

const CONTRACTS = 30_000;
const BUDGET_MS = 200;

/** A page of the built panes in Chromium, offline, and its main-thread tasks over 50 ms. */
interface RecordedPage {
  readonly page: Page;
  /** The tasks recorded since the last call (the first call: since the page's start). */
  readonly taken: () => Promise<number[]>;
}

/** Runs `work` on a pane's page (`excel.html`, `word.html`) in a fresh Chromium. */
async function onPane<T>(
  origin: string,
  pane: string,
  work: (recorded: RecordedPage) => Promise<T>,
): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 400, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    // Refused as offline: office.js now loads from <head>, and a request left hanging would hold `load`.
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: "longtask", buffered: false });
    });
    await page.goto(`${origin}/${pane}`);
    const taken = async (): Promise<number[]> => {
      // Let the last task's entry arrive.
      await page.waitForTimeout(300);
      return page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[] };
        const tasks = w.__longTasks;
        w.__longTasks = [];
        return tasks;
      });
    };
    return await work({ page, taken });
  } finally {
    await browser.close();
  }
}

/** A step's duration and the main-thread tasks over 50 ms recorded until its end. */
interface Span {
  readonly ms: number;
  readonly longTasks: readonly number[];
}

async function span(taken: RecordedPage["taken"], work: () => Promise<unknown>): Promise<Span> {
  const t0 = Date.now();
  await work();
  const ms = Date.now() - t0;
  return { ms, longTasks: await taken() };
}

/**
 * The Excel pane: opening the workbook, refreshing it (the tasks of both), then its bilan annuel
 * (.docx) apart.
 */
function measure(
  origin: string,
  workbook: string,
): Promise<{ readonly openMs: number; readonly refresh: Span; readonly bilan: Span }> {
  return onPane(origin, "excel.html", async ({ page, taken }) => {
    await page.getByTestId("file-input").waitFor({ state: "attached", timeout: 30_000 });
    // The page's own loading is not part of opening a workbook.
    await page.waitForTimeout(500);
    await taken();
    const t0 = Date.now();
    await page.getByTestId("file-input").setInputFiles(workbook);
    await page.getByText(/Feuille des indicateurs/).waitFor({ timeout: 300_000 });
    const openMs = Date.now() - t0;
    const refresh = await span(taken, async () => {
      await page.getByRole("button", { name: "Actualiser", exact: true }).click();
      await page.getByTestId("download").waitFor({ timeout: 300_000 });
    });
    const bilan = await span(taken, () =>
      Promise.all([
        page.waitForEvent("download", { timeout: 300_000 }),
        page.getByTestId("bilan-build").click(),
      ]),
    );
    return { openMs, refresh, bilan };
  });
}

/** The Word pane's « Bilan »: choosing the workbook, then establishing the bilan's essentials. */
function measureWord(
  origin: string,
  workbook: string,
): Promise<{ readonly open: Span; readonly build: Span }> {
  return onPane(origin, "word.html", async ({ page, taken }) => {
    await page.getByRole("button", { name: "Bilan", exact: true }).click();
    await page.getByTestId("bilan-file").waitFor({ state: "attached", timeout: 30_000 });
    await page.waitForTimeout(500);
    await taken();
    const open = await span(taken, async () => {
      await page.getByTestId("bilan-file").setInputFiles(workbook);
      await page.getByLabel("Année du bilan").waitFor({ timeout: 300_000 });
    });
    const build = await span(taken, async () => {
      await page.getByTestId("bilan-build").click();
      await page.getByRole("region", { name: /L’essentiel/ }).waitFor({ timeout: 300_000 });
    });
    return { open, build };
  });
}

export async function benchBrowserLongTask(): Promise<string[]> {
  const root = packageRoot();
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "excel.html")))
    return ["dist/ absent : lancez « npm run build » pour mesurer le mode navigateur."];
  if (!existsSync(CHROMIUM)) return [`Chromium absent (${CHROMIUM}) : mesure impossible.`];
  const dir = mkdtempSync(join(tmpdir(), "spaser-bench-browser-"));
  const server = await serveDirectory(dist);
  try {
    const workbook = join(dir, `registre-${CONTRACTS}.xlsx`);
    const made = spawnSync(
      process.execPath,
      [join(root, "build", "bench", "makeBenchWorkbook.js"), String(CONTRACTS), workbook],
      { encoding: "utf8" },
    );
    if (made.status !== 0) throw new Error(`makeBenchWorkbook a échoué : ${made.stderr}`);
    const m = await measure(server.origin, workbook);
    const w = await measureWord(server.origin, workbook);
    const longestOf = (tasks: readonly number[]): number =>
      tasks.reduce((a, b) => Math.max(a, b), 0);
    const budget = (longest: number): string =>
      `budget ≤ ${BUDGET_MS} ms : ${longest <= BUDGET_MS ? "respecté" : "DÉPASSÉ"}`;
    const verdict = (longest: number): string =>
      `plus longue ${fmt(longest)} ms, ${budget(longest)}`;
    const listed = (tasks: readonly number[]): string =>
      tasks.length === 0 ? "aucune" : `${tasks.map((t) => fmt(t)).join(", ")} ms`;
    const longest = longestOf(m.refresh.longTasks);
    return [
      `Classeur de ${fmt(CONTRACTS)} marchés (${fmt(statSync(workbook).size / 1e6, 1)} Mo) : ouverture ${fmt(m.openMs / 1000, 1)} s, actualisation ${fmt(m.refresh.ms / 1000, 1)} s`,
      `Tâches longues (> 50 ms) du fil principal pendant l’ouverture et l’actualisation : ${m.refresh.longTasks.length}`,
      `Plus longue : ${fmt(longest)} ms — ${budget(longest)}`,
      `Bilan annuel (.docx) du même classeur, volet Excel : ${fmt(m.bilan.ms / 1000, 1)} s, tâches longues : ${listed(m.bilan.longTasks)} (le premier bilan charge la bibliothèque du document) — ${verdict(longestOf(m.bilan.longTasks))}`,
      `Volet Word, « Bilan » : choix du classeur ${fmt(w.open.ms / 1000, 1)} s, tâches longues : ${listed(w.open.longTasks)} ; établissement du bilan ${fmt(w.build.ms / 1000, 1)} s, tâches longues : ${listed(w.build.longTasks)} — ${verdict(longestOf([...w.open.longTasks, ...w.build.longTasks]))}`,
    ];
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
