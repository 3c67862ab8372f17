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
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_FLAGS, serveDirectory } from "../scripts/localBrowser";
import { packageRoot } from "../src/cli/paths";
import { fmt } from "./format";

const CONTRACTS = 30_000;
const BUDGET_MS = 200;

interface Measured {
  readonly openMs: number;
  readonly refreshMs: number;
  readonly longTasks: readonly number[];
  readonly bilanMs: number;
  readonly bilanLongTasks: readonly number[];
}

async function measure(origin: string, workbook: string): Promise<Measured> {
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
      const w = window as unknown as { __longTasks: number[]; __recording: boolean };
      w.__longTasks = [];
      w.__recording = false;
      new PerformanceObserver((list) => {
        if (!w.__recording) return;
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: "longtask", buffered: false });
    });
    await page.goto(`${origin}/excel.html`);
    await page.getByTestId("file-input").waitFor({ state: "attached", timeout: 30_000 });
    // The page's own loading is not part of opening a workbook.
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      (window as unknown as { __recording: boolean }).__recording = true;
    });
    const t0 = Date.now();
    await page.getByTestId("file-input").setInputFiles(workbook);
    await page.getByText(/Feuille des indicateurs/).waitFor({ timeout: 300_000 });
    const t1 = Date.now();
    await page.getByRole("button", { name: "Actualiser", exact: true }).click();
    await page.getByTestId("download").waitFor({ timeout: 300_000 });
    const t2 = Date.now();
    // Let the last task's entry arrive.
    await page.waitForTimeout(300);
    const taken = (): Promise<number[]> =>
      page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[] };
        const tasks = w.__longTasks;
        w.__longTasks = [];
        return tasks;
      });
    const longTasks = await taken();
    const t3 = Date.now();
    await Promise.all([
      page.waitForEvent("download", { timeout: 300_000 }),
      page.getByTestId("bilan-build").click(),
    ]);
    const t4 = Date.now();
    await page.waitForTimeout(300);
    const bilanLongTasks = await taken();
    return { openMs: t1 - t0, refreshMs: t2 - t1, longTasks, bilanMs: t4 - t3, bilanLongTasks };
  } finally {
    await browser.close();
  }
}

interface MeasuredWord {
  readonly openMs: number;
  readonly openLongTasks: readonly number[];
  readonly buildMs: number;
  readonly buildLongTasks: readonly number[];
}

/** The Word pane's « Bilan »: choosing the workbook, then establishing the bilan's essentials. */
async function measureWord(origin: string, workbook: string): Promise<MeasuredWord> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 400, height: 1000 } })
    ).newPage();
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: "longtask", buffered: false });
    });
    const taken = (): Promise<number[]> =>
      page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[] };
        const tasks = w.__longTasks;
        w.__longTasks = [];
        return tasks;
      });
    await page.goto(`${origin}/word.html`);
    await page.getByRole("button", { name: "Bilan", exact: true }).click();
    await page.getByTestId("bilan-file").waitFor({ state: "attached", timeout: 30_000 });
    await page.waitForTimeout(500);
    await taken();
    const t0 = Date.now();
    await page.getByTestId("bilan-file").setInputFiles(workbook);
    await page.getByLabel("Année du bilan").waitFor({ timeout: 300_000 });
    const t1 = Date.now();
    await page.waitForTimeout(300);
    const openLongTasks = await taken();
    const t2 = Date.now();
    await page.getByTestId("bilan-build").click();
    await page.getByRole("region", { name: /L’essentiel/ }).waitFor({ timeout: 300_000 });
    const t3 = Date.now();
    await page.waitForTimeout(300);
    const buildLongTasks = await taken();
    return { openMs: t1 - t0, openLongTasks, buildMs: t3 - t2, buildLongTasks };
  } finally {
    await browser.close();
  }
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
    const longest = longestOf(m.longTasks);
    const bilanLongest = longestOf(m.bilanLongTasks);
    const wordLongest = longestOf([...w.openLongTasks, ...w.buildLongTasks]);
    const listed = (tasks: readonly number[]): string =>
      tasks.length === 0 ? "aucune" : `${tasks.map((t) => fmt(t)).join(", ")} ms`;
    return [
      `Classeur de ${fmt(CONTRACTS)} marchés (${fmt(statSync(workbook).size / 1e6, 1)} Mo) : ouverture ${fmt(m.openMs / 1000, 1)} s, actualisation ${fmt(m.refreshMs / 1000, 1)} s`,
      `Tâches longues (> 50 ms) du fil principal pendant l’ouverture et l’actualisation : ${m.longTasks.length}`,
      `Plus longue : ${fmt(longest)} ms — budget ≤ ${BUDGET_MS} ms : ${longest <= BUDGET_MS ? "respecté" : "DÉPASSÉ"}`,
      `Bilan annuel (.docx) du même classeur, volet Excel : ${fmt(m.bilanMs / 1000, 1)} s, tâches longues : ${listed(m.bilanLongTasks)} (le premier bilan charge la bibliothèque du document) — plus longue ${fmt(bilanLongest)} ms, budget ≤ ${BUDGET_MS} ms : ${bilanLongest <= BUDGET_MS ? "respecté" : "DÉPASSÉ"}`,
      `Volet Word, « Bilan » : choix du classeur ${fmt(w.openMs / 1000, 1)} s, tâches longues : ${listed(w.openLongTasks)} ; établissement du bilan ${fmt(w.buildMs / 1000, 1)} s, tâches longues : ${listed(w.buildLongTasks)} — plus longue ${fmt(wordLongest)} ms, budget ≤ ${BUDGET_MS} ms : ${wordLongest <= BUDGET_MS ? "respecté" : "DÉPASSÉ"}`,
    ];
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
