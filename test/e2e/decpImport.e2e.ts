/**
 * « Importer des DECP » in the Excel pane, browser mode, in a real browser (Debian's chromium)
 * served from dist/: open the sample workbook, import a small DECP JSON file of 2026, read the
 * counts, refresh 2026-S1, download, and check the register in the downloaded workbook — the
 * imported rows added, the rows that were there unchanged. axe-core with the DECP panel open.
 */
import { createReadStream, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import type { CellValue, Grid } from "../../src/core/grid";
import { importDecp } from "../../src/decp/importDecp";
import { M } from "../../src/panes/excel/messages";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import type { RunningServer } from "../../scripts/localBrowser";
import { ROOT, OFFICE_CDN, seriousViolations, startE2e, stopE2e } from "./browserHarness";

const SAMPLE = join(ROOT, "assets", "pilotage-spaser-exemple.xlsx");
const DECP = join(ROOT, "test", "fixtures", "decp", "semestre-2026-s1.json");
const SEMESTER = "2026-S1";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startE2e("excel.html"));
});

afterAll(() => stopE2e({ server, browser }));

function register(grids: readonly Grid[]): Grid {
  const g = grids.find((x) => x.name === "Marchés");
  if (!g) throw new Error("no « Marchés » sheet");
  return g;
}

/** A cell as a comparable string (dates by their time). */
function show(v: CellValue | undefined): string {
  if (v === undefined || v === null) return "";
  if (v instanceof Date) return `date:${v.getTime()}`;
  return JSON.stringify(v);
}

describe("Excel pane, browser mode: « Importer des DECP »", () => {
  it("imports a DECP file into the opened workbook, then refreshes and downloads it", async () => {
    const context = await browser.newContext({
      viewport: { width: 400, height: 1400 },
      locale: "fr-FR",
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      // The aborted Office.js request is logged by the browser itself: not a pane error.
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
        errors.push(m.text());
    });
    page.on("request", (r) => {
      const u = r.url();
      if (!u.startsWith(`${server.origin}/`) && !u.startsWith(OFFICE_CDN) && !u.startsWith("blob:"))
        foreign.push(u);
    });
    await page.route(`${OFFICE_CDN}**`, (route) => route.abort());
    await page.goto(`${server.origin}/excel.html`, { waitUntil: "domcontentloaded" });

    await page.getByTestId("file-input").setInputFiles(SAMPLE);
    await page.getByText(/Feuille des indicateurs/).waitFor({ timeout: 30_000 });

    // Open the panel; a malformed SIRET is refused in French, then cleared.
    await page.getByTestId("decp-open").click();
    const panel = page.getByTestId("decp-panel");
    await panel.getByRole("heading", { name: M.decp.title }).waitFor();
    await page.getByTestId("decp-siret").fill("1234");
    await page.getByTestId("decp-siret").blur();
    await panel.getByText(M.decp.siretInvalid(4)).waitFor();
    await page.getByTestId("decp-siret").fill("");
    await page.getByTestId("decp-file-input").setInputFiles(DECP);
    await panel.getByText(M.decp.fileChosen("semestre-2026-s1.json")).waitFor();
    await page.getByTestId("decp-start").click();
    await page.getByTestId("decp-result").waitFor({ timeout: 60_000 });

    // The counts on screen are those of the same import run in Node.
    const expected = await importDecp(createReadStream(DECP));
    if (!expected.ok) throw new Error(expected.message);
    const counts = (await page.getByTestId("decp-counts").innerText()).split("\n");
    expect(counts).toContain(M.decp.counts.recordsRead(expected.counts.recordsRead));
    expect(counts).toContain(M.decp.counts.imported(expected.contracts.length));
    expect(counts).toContain(M.decp.counts.updated(0));
    expect(counts).toContain(M.decp.counts.unchanged(0));
    expect(counts).toContain(M.decp.counts.concessions(expected.counts.concessionsSkipped));
    await panel.getByText(M.decp.done("Marchés", false)).waitFor();

    expect(await seriousViolations(page)).toEqual([]);

    // Refresh the semester with the completed register, then download.
    await page.getByLabel(M.semesterLabel).selectOption(SEMESTER);
    await page.getByRole("button", { name: M.refresh, exact: true }).click();
    await page.getByTestId("download").waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download").click(),
    ]);
    const downloaded = new Uint8Array(readFileSync((await download.path())!));

    const before = register(
      (await readWorkbook(new Uint8Array(readFileSync(SAMPLE)), "a.xlsx")).grids,
    );
    const after = await readWorkbook(downloaded, "b.xlsx");
    const reg = register(after.grids);
    // The status sheets of the refresh are there too.
    expect(after.existingSheets.filter((s) => s.ours).map((s) => s.name)).toEqual(
      expect.arrayContaining([expect.stringContaining(SEMESTER)]),
    );

    // Every original cell unchanged (rows and columns that were there).
    const width = Math.max(...before.rows.map((r) => r.length));
    const changed: string[] = [];
    before.rows.forEach((row, r) => {
      for (let c = 0; c < width; c++)
        if (show(row[c]) !== show(reg.rows[r]?.[c])) changed.push(`${r + 1}:${c + 1}`);
    });
    expect(changed).toEqual([]);

    // The imported contracts are the new rows below, with Source = DECP in an appended column.
    const header = reg.rows[0]!.map((h) => String(h ?? ""));
    const col = (label: string): number => {
      const i = header.indexOf(label);
      if (i < 0) throw new Error(`no column ${label} in ${header.join(", ")}`);
      return i;
    };
    expect(header.slice(0, width)).toEqual(before.rows[0]!.map((h) => String(h ?? "")));
    const added = reg.rows.slice(before.rows.length);
    expect(added.map((r) => r[col("Référence")])).toEqual(
      expected.contracts.map((c) => c.row.reference),
    );
    for (const [i, row] of added.entries()) {
      const source = expected.contracts[i]!.row;
      expect(row[col("Source")]).toBe("DECP");
      expect(row[col("Acheteur")]).toBe(source.acheteur);
      expect(row[col("Objet")]).toBe(source.objet);
      expect(row[col("Montant HT")]).toBe(source.montant);
      expect(show(row[col("Date de notification")])).toBe(show(source.dateNotification));
    }

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
