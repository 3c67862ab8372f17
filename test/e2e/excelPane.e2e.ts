/**
 * The Excel pane in a real browser (Debian's chromium), in browser mode, served from dist/:
 * open the sample workbook, refresh, download, and compare with the file-mode refresh run in Node.
 * Also: first render without Office.js, no request but the Office.js attempt, CSP, axe-core,
 * keyboard, and the light/dark screenshots of docs/screenshots/.
 */
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { refreshXlsx } from "../../src/xlsx/refreshXlsx";
import type { StatusKey } from "../../src/core/status";
import { M, STATUS_TEXT } from "../../src/panes/excel/messages";
import { OFFICE_TIMEOUT_MS } from "../../src/panes/common/officeCdn";
import { differingCells, dumpSheets } from "./compareSheets";
import type { RunningServer } from "../../scripts/localBrowser";
import {
  ROOT,
  DIST,
  SCREENSHOTS,
  OFFICE_CDN,
  seriousViolations,
  startE2e,
  stopE2e,
} from "./browserHarness";

const SAMPLE = join(ROOT, "assets", "pilotage-spaser-exemple.xlsx");
const SEMESTER = "2026-S1";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startE2e("excel.html"));
});

afterAll(() => stopE2e({ server, browser }));

interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL the page asked for. */
  readonly requests: string[];
  /** Console errors (CSP violations show up here). */
  readonly errors: string[];
}

/**
 * A pane page whose Office.js request never answers: the CDN is unreachable, the worst case for
 * the first render (a failing request would only be faster).
 */
async function openPane(page: string, colorScheme: "light" | "dark"): Promise<Watched> {
  const context = await browser.newContext({
    colorScheme,
    viewport: { width: 400, height: 1200 },
    locale: "fr-FR",
  });
  const p = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  p.on("request", (r) => requests.push(r.url()));
  p.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  p.on("pageerror", (e) => errors.push(e.message));
  await p.route(`${OFFICE_CDN}**`, () => {
    /* never answered: unreachable */
  });
  await p.goto(`${server.origin}/${page}`, { waitUntil: "domcontentloaded" });
  return { page: p, context, requests, errors };
}

function onlyOwnAndOffice(requests: readonly string[]): string[] {
  return requests.filter(
    (u) =>
      !u.startsWith(`${server.origin}/`) && !u.startsWith(OFFICE_CDN) && !u.startsWith("blob:"),
  );
}

/**
 * When the pane first rendered (its title) and when it settled its mode, in ms from the start of
 * navigation, measured in the page so that the time the test takes to open a tab is not counted.
 */
async function paneTimes(page: Page): Promise<{ rendered: number; mode: number }> {
  const when = async (text: string): Promise<number> => {
    const handle = await page.waitForFunction(
      (t) => (document.body.innerText.includes(t) ? performance.now() : false),
      text,
      { timeout: 10_000, polling: 10 },
    );
    return (await handle.jsonValue()) as number;
  };
  const [rendered, mode] = await Promise.all([when(M.title), when(M.modeBrowser)]);
  return { rendered, mode };
}

/**
 * The 2 s budget holds on a machine doing nothing else; when other jobs saturate the CPUs, parsing
 * the bundle alone can take longer, so only the budget of the Office wait itself is checked then.
 */
function expectWithinBudget(modeAt: number): void {
  const busy = loadavg()[0]! > cpus().length;
  if (!busy) expect(modeAt).toBeLessThan(2000);
}

/** Opens the sample, refreshes the semester, and waits for the result. */
async function refreshSample(page: Page): Promise<void> {
  await page.getByTestId("file-input").setInputFiles(SAMPLE);
  await page.getByText(/Feuille des indicateurs/).waitFor({ timeout: 30_000 });
  await page.getByLabel(M.semesterLabel).selectOption(SEMESTER);
  await page.getByRole("button", { name: M.refresh, exact: true }).click();
  await page.getByTestId("download").waitFor({ timeout: 60_000 });
}

describe("Excel pane, browser mode", () => {
  it("renders at once and settles into browser mode within 2 s with the Office.js CDN unreachable", async () => {
    const w = await openPane("excel.html", "light");
    const t = await paneTimes(w.page);
    // A plain tab shows no sign of Office: browser mode comes with the first render, not after a wait.
    expect(t.mode - t.rendered).toBeLessThan(300);
    expectWithinBudget(t.mode);
    expect(w.requests.some((u) => u.startsWith(OFFICE_CDN))).toBe(true);
    expect(onlyOwnAndOffice(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("inside an Office frame whose Office.js never loads, falls back to browser mode within 2 s", async () => {
    // _host_Info is what Office adds to a pane's URL: the pane then waits for Office.js, up to its time-out.
    const w = await openPane("excel.html?_host_Info=Excel$Win32$16.01$fr-FR$$$$0", "light");
    const t = await paneTimes(w.page);
    // The wait ends OFFICE_TIMEOUT_MS after navigation started (or at once if parsing took longer).
    expect(t.mode).toBeGreaterThanOrEqual(OFFICE_TIMEOUT_MS - 50);
    expect(t.mode).toBeLessThan(Math.max(t.rendered, OFFICE_TIMEOUT_MS) + 300);
    expectWithinBudget(t.mode);
    await w.context.close();
  });

  it("refreshes the sample workbook like the file mode does, and downloads it", async () => {
    const w = await openPane("excel.html", "light");
    await refreshSample(w.page);
    const [download] = await Promise.all([
      w.page.waitForEvent("download"),
      w.page.getByTestId("download").click(),
    ]);
    expect(download.suggestedFilename()).toBe(`pilotage-spaser-exemple-spaser-${SEMESTER}.xlsx`);
    const downloaded = new Uint8Array(readFileSync((await download.path())!));

    // The same refresh in Node, twice with different dates: the cells that change between those
    // two runs are the refresh-date cells, the only ones allowed to differ from the browser's.
    const input = new Uint8Array(readFileSync(SAMPLE));
    const options = { workbookName: "pilotage-spaser-exemple.xlsx", semester: SEMESTER };
    const a = await refreshXlsx(input, {
      ...options,
      refreshedAt: new Date(Date.UTC(2026, 6, 1, 8)),
    });
    const b = await refreshXlsx(input, {
      ...options,
      refreshedAt: new Date(Date.UTC(2027, 1, 2, 9)),
    });
    if (!a.outcome.ok || !a.output || !b.output)
      throw new Error("the file-mode refresh of the sample failed");
    const sheets = a.outcome.report.sheetsWritten;
    expect(sheets).toHaveLength(3);
    const dateCells = differingCells(
      await dumpSheets(a.output, sheets),
      await dumpSheets(b.output, sheets),
    );
    // The refresh date is one (merged) cell of the Synthèse: ExcelJS repeats a merged cell's value
    // in each of its cells, so the differing cells must all sit in one row of that sheet.
    expect(dateCells.length).toBeGreaterThan(0);
    expect(new Set(dateCells.map((k) => k.replace(/![A-Z]+(\d+)$/, "!$1")))).toEqual(
      new Set([`Synthèse ${SEMESTER}!${/(\d+)$/.exec(dateCells[0]!)![1]}`]),
    );
    const fromNode = await dumpSheets(a.output, sheets);
    const fromBrowser = await dumpSheets(downloaded, sheets);
    expect(fromBrowser.size).toBeGreaterThan(50);
    expect(differingCells(fromNode, fromBrowser).filter((k) => !dateCells.includes(k))).toEqual([]);

    // The summary on screen agrees with the report.
    const counts = w.page.getByTestId("status-counts");
    for (const [key, n] of Object.entries(a.outcome.report.statusCounts)) {
      const label = STATUS_TEXT[key as StatusKey].label;
      const line = await counts.getByText(label, { exact: true }).locator("..").textContent();
      expect(line).toContain(String(n));
    }
    expect(onlyOwnAndOffice(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it.each(["light", "dark"] as const)(
    "is accessible and keyboard operable after a refresh (%s theme), screenshot",
    async (scheme) => {
      const w = await openPane("excel.html", scheme);
      await refreshSample(w.page);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await w.page.evaluate(() => window.scrollTo(0, 0));
      // Let Fluent's transitions (buttons re-enabled, progress bar) finish before the picture.
      await w.page.getByRole("button", { name: M.refresh, exact: true }).isEnabled();
      await w.page.waitForTimeout(600);
      await w.page.screenshot({
        path: join(SCREENSHOTS, `excel-pane-${scheme}.png`),
        fullPage: false,
      });
      expect(await seriousViolations(w.page)).toEqual([]);
      // The first issue with a cell, reached and activated from the keyboard, shows its address.
      const first = w.page.getByTestId("issue-list").getByRole("button").first();
      await first.focus();
      await w.page.keyboard.press("Enter");
      await w.page
        .getByRole("status")
        .filter({ hasText: /Cellule .* de la feuille/ })
        .waitFor({ timeout: 5000 });
      expect(w.errors).toEqual([]);
      await w.context.close();
    },
  );

  it("offers the mapping screen and the blank workbook when no indicator sheet is found", async () => {
    const w = await openPane("excel.html", "light");
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["Rien à voir", "ici"]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await w.page
      .getByTestId("file-input")
      .setInputFiles({ name: "notes.xlsx", mimeType: "application/octet-stream", buffer: bytes });
    await w.page.getByText(M.noPilotTitle).waitFor({ timeout: 30_000 });
    await w.page.getByRole("heading", { name: M.mappingTitle }).waitFor();
    await w.page.getByRole("button", { name: M.mappingApply }).click();
    // Said twice: by the semester columns and in the list of points to correct.
    await w.page.getByText(M.mappingNeedsSemester).first().waitFor();
    const [download] = await Promise.all([
      w.page.waitForEvent("download"),
      w.page.getByRole("button", { name: M.createTemplate }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("pilotage-spaser-vierge.xlsx");
    expect(await seriousViolations(w.page)).toEqual([]);
    await w.context.close();
  });

  it("says in French when the file is not a workbook", async () => {
    const w = await openPane("excel.html", "light");
    await w.page.getByTestId("file-input").setInputFiles({
      name: "faux.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("pas un classeur"),
    });
    await w.page
      .getByRole("alert")
      .filter({ hasText: /faux\.xlsx/ })
      .waitFor({ timeout: 30_000 });
    await w.context.close();
  });
});

describe("Excel pane, Office mode (Office.js stood in by a fake)", () => {
  it("follows Office's dark theme and says when Excel is too old", async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 800 } });
    const page = await context.newPage();
    // Office.js present before the pane starts: only the <head> tag asks the CDN; the pane asks Office.
    await page.addInitScript(() => {
      const office = {
        onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
        context: {
          requirements: { isSetSupported: () => false },
          officeTheme: { bodyBackgroundColor: "#262626" },
          document: { url: "C:\\Pilotage\\pilotage.xlsx" },
        },
      };
      (window as unknown as { Office: unknown }).Office = office;
    });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    // The page's own <script> still asks the CDN: unanswered here, so that the fake stays.
    await page.route(`${OFFICE_CDN}**`, (route) => route.abort());
    await page.goto(`${server.origin}/excel.html`);
    await page.getByText(M.unsupportedTitle).waitFor({ timeout: 10_000 });
    await page.getByText(/trop ancienne/).waitFor();
    await expect(page.locator("[data-theme]").first().getAttribute("data-theme")).resolves.toBe(
      "dark",
    );
    expect(requests.filter((u) => u.startsWith(OFFICE_CDN))).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("other pages", () => {
  it.each(["word.html", "index.html"])(
    "%s renders without Office, accessible, no foreign request",
    async (page) => {
      const w = await openPane(page, "light");
      await w.page.getByRole("heading").first().waitFor({ timeout: 2000 });
      expect(await seriousViolations(w.page)).toEqual([]);
      expect(onlyOwnAndOffice(w.requests)).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.context.close();
    },
  );

  it("carries a Content-Security-Policy without inline or eval scripts in every page", () => {
    const pages = readdirSync(DIST).filter((f) => f.endsWith(".html"));
    expect(pages.sort()).toEqual(["excel.html", "index.html", "word.html"]);
    for (const page of pages) {
      const html = readFileSync(join(DIST, page), "utf8");
      // Minified: attribute values may be unquoted.
      const csp =
        /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
      const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toContain("connect-src 'self' https://appsforoffice.microsoft.com");
      // No inline script at all: every <script> has a src.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).toMatch(/<meta http-equiv="?Content-Security-Policy/);
    }
  });
});
