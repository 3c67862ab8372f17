/**
 * The Excel pane as a coordinator uses it, at 350 px in browser mode (issue 13, points 8 to 14):
 * today's semester on a blank workbook, semester columns in the mapping screen, nothing stale on
 * screen, successive semesters in one download, no refreshed workbook lost without a warning,
 * the confirmation by the issue, one primary button at a time.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Download, Page } from "playwright-core";
import { M } from "../../src/panes/excel/messages";
import { PANE_ERROR_TITLE } from "../../src/panes/common/paneText";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import type { RunningServer } from "../../scripts/localBrowser";
import { ROOT, OFFICE_CDN, seriousViolations, startE2e, stopE2e } from "./browserHarness";

const SAMPLE = join(ROOT, "assets", "pilotage-spaser-exemple.xlsx");
const WIDTH = 350;
const LONG = { timeout: 90_000 };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startE2e("excel.html"));
});

afterAll(() => stopE2e({ server, browser }));

async function openPane(today?: Date): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: 900 },
    locale: "fr-FR",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // The Office CDN is refused, as in a plain browser offline: its failed load is expected.
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().includes("net::ERR_FAILED")) errors.push(m.text());
  });
  await page.route(`${OFFICE_CDN}**`, (route) => route.abort());
  if (today) await page.clock.setFixedTime(today);
  await page.goto(`${server.origin}/excel.html`);
  await page.getByText(M.modeBrowser).waitFor(LONG);
  return { page, errors };
}

const refreshButton = (page: Page) => page.getByRole("button", { name: M.refresh, exact: true });

async function openFile(
  page: Page,
  file: string | { name: string; buffer: Buffer },
  wait: string | RegExp = /Feuille des indicateurs/,
): Promise<void> {
  await page
    .getByTestId("file-input")
    .setInputFiles(
      typeof file === "string"
        ? file
        : { name: file.name, mimeType: "application/octet-stream", buffer: file.buffer },
    );
  await page.getByText(wait).first().waitFor(LONG);
}

async function refresh(page: Page, semester: string | null): Promise<void> {
  if (semester !== null) await page.getByLabel(M.semesterLabel).selectOption(semester);
  await refreshButton(page).click();
  await page.getByTestId("download").waitFor(LONG);
}

async function download(page: Page): Promise<Download> {
  const [d] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  return d;
}

/** A button's background, the mouse away so that no hover colour shows. */
async function backgroundOf(page: Page, name: string): Promise<string> {
  await page.mouse.move(0, 0);
  return page.getByRole("button", { name, exact: true }).evaluate(async (b) => {
    // Fluent buttons fade between appearances: read the colour once the transition is over.
    await Promise.all(b.getAnimations().map((a) => a.finished));
    return getComputedStyle(b).backgroundColor;
  });
}

/** A workbook whose semester column the detection cannot read: « Valeur juin 2026 ». */
async function freeLayoutWorkbook(): Promise<Buffer> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Suivi");
  ws.addRow(["Indicateur", "Valeur juin 2026", "Notes libres"]);
  ws.addRow(["Nombre d’heures d’insertion réalisées", 1200, ""]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("Excel pane at 350 px, browser mode", () => {
  it("refreshes today's semester with « Automatique » on a blank workbook (8)", async () => {
    const { page, errors } = await openPane(new Date("2027-03-15T10:00:00"));
    const [blank] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: M.createTemplate }).click(),
    ]);
    // A download's path has no extension: the file is given its suggested name.
    await openFile(page, {
      name: blank.suggestedFilename(),
      buffer: readFileSync((await blank.path())!),
    });
    await refresh(page, null);
    await page.getByText(M.refreshDone("2027-S1")).waitFor();
    expect(await download(page).then((d) => d.suggestedFilename())).toBe(
      "pilotage-spaser-vierge-spaser-2027-S1.xlsx",
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lets the user pick a semester column, marks the field to correct, and says when no value was read (9)", async () => {
    const { page, errors } = await openPane();
    await openFile(
      page,
      { name: "suivi.xlsx", buffer: await freeLayoutWorkbook() },
      M.mappingTitle,
    );
    // The header « Valeur juin 2026 » is suggested as the 2026-S1 column.
    const semesterColumn = page.getByLabel(M.mappingSemesterColumn("2026-S1"), { exact: true });
    await expect(semesterColumn.inputValue()).resolves.toBe("1");

    // No label column: the message is by the field, which gets the focus.
    const label = page.getByLabel(M.columns.indicateur);
    await label.selectOption("");
    await page.getByRole("button", { name: M.mappingApply }).click();
    const labelField = page.locator(".fui-Field").filter({ has: label });
    await labelField.getByText(M.mappingNeedsIndicator).waitFor();
    await expect(label.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // The wrong column for the semester: the refresh says plainly that nothing was read.
    await label.selectOption("0");
    await semesterColumn.selectOption("2");
    await page.getByRole("button", { name: M.mappingApply }).click();
    await refresh(page, "2026-S1");
    await page.getByTestId("refresh-empty").getByText(M.refreshEmptyTitle("2026-S1")).waitFor();

    // Back to the mapping from the warning, the right column: the value is read.
    await page.getByTestId("refresh-empty").getByRole("button", { name: M.openMapping }).click();
    await page.getByLabel(M.mappingSemesterColumn("2026-S1"), { exact: true }).selectOption("1");
    await page.getByRole("button", { name: M.mappingApply }).click();
    await refresh(page, "2026-S1");
    await page.getByText(M.refreshDone("2026-S1")).waitFor();
    await expect(page.getByTestId("refresh-empty").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("clears what no longer applies: results of another semester, a file that could not be read (10, 14)", async () => {
    const { page, errors } = await openPane();
    await openFile(page, SAMPLE);
    // Before a refresh « Actualiser » is the primary action; after it, « Télécharger ».
    const before = await backgroundOf(page, M.refresh);
    await refresh(page, "2026-S1");
    expect(await backgroundOf(page, M.download)).toBe(before);
    expect(await backgroundOf(page, M.refresh)).not.toBe(before);

    await page.getByLabel(M.semesterLabel).selectOption("2025-S2");
    await expect(page.getByTestId("download").count()).resolves.toBe(0);
    await expect(page.getByText(M.refreshDone("2026-S1")).count()).resolves.toBe(0);
    await expect(page.getByTestId("status-counts").count()).resolves.toBe(0);
    expect(await backgroundOf(page, M.refresh)).toBe(before);

    // Another file, unreadable: after the go-ahead, nothing of either file stays on screen.
    await page.getByTestId("file-input").setInputFiles({
      name: "corrompu.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("PK\u0003\u0004 pas vraiment un classeur"),
    });
    await page.getByRole("button", { name: M.unsavedOpen }).click();
    await page.getByRole("alert").filter({ hasText: PANE_ERROR_TITLE }).waitFor(LONG);
    await expect(page.getByText(M.fileOpened("corrompu.xlsx")).count()).resolves.toBe(0);
    await expect(page.getByText(/Feuille des indicateurs/).count()).resolves.toBe(0);
    await expect(refreshButton(page).count()).resolves.toBe(0);
    await page.getByRole("button", { name: M.openButton }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("refreshes successive semesters into one download, the issue's confirmation by the issue (11, 13)", async () => {
    const { page, errors } = await openPane();
    await openFile(page, SAMPLE);
    await refresh(page, "2026-S1");
    await refresh(page, "2025-S2");
    await page.getByText(M.downloadHolds(["2025-S2", "2026-S1"])).waitFor();
    const d = await download(page);
    expect(d.suggestedFilename()).toBe("pilotage-spaser-exemple-spaser-2025-S2-2026-S1.xlsx");
    const read = await readWorkbook(new Uint8Array(readFileSync((await d.path())!)), "r.xlsx");
    const ours = read.existingSheets.filter((s) => s.ours).map((s) => s.name);
    expect(ours).toEqual(
      expect.arrayContaining(["Synthèse 2026-S1", "Synthèse 2025-S2", "Statut 2026-S1"]),
    );

    // An issue far down the list: its confirmation appears right under it.
    const buttons = page.getByTestId("issue-list").getByRole("button");
    const clicked = buttons.nth(Math.min(5, (await buttons.count()) - 1));
    await clicked.click();
    const item = clicked.locator("xpath=ancestor::li[1]");
    await item.getByTestId("issue-shown").waitFor();
    await expect(page.getByTestId("issue-shown").count()).resolves.toBe(1);
    const [b, s] = await Promise.all([
      clicked.boundingBox(),
      item.getByTestId("issue-shown").boundingBox(),
    ]);
    expect(s!.y).toBeGreaterThanOrEqual(b!.y + b!.height - 1);
    expect(s!.y - (b!.y + b!.height)).toBeLessThan(40);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("warns before a refreshed workbook not downloaded is lost (12)", async () => {
    const { page, errors } = await openPane();
    await openFile(page, SAMPLE);
    await refresh(page, "2026-S1");

    // Another file: the pane asks first; keeping the current one changes nothing.
    const other = { name: "suivi.xlsx", buffer: await freeLayoutWorkbook() };
    await page
      .getByTestId("file-input")
      .setInputFiles({ ...other, mimeType: "application/octet-stream" });
    const warning = page.getByTestId("unsaved");
    await warning.getByText(M.unsavedBody("suivi.xlsx")).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await warning.getByRole("button", { name: M.unsavedKeep }).click();
    await expect(warning.count()).resolves.toBe(0);
    await page.getByText(M.fileOpened("pilotage-spaser-exemple.xlsx")).waitFor();
    await page.getByTestId("download").waitFor();

    // « Télécharger, puis ouvrir » saves it, then opens the other file.
    await page
      .getByTestId("file-input")
      .setInputFiles({ ...other, mimeType: "application/octet-stream" });
    const [saved] = await Promise.all([
      page.waitForEvent("download"),
      warning.getByRole("button", { name: M.unsavedDownload }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe("pilotage-spaser-exemple-spaser-2026-S1.xlsx");
    await page.getByRole("heading", { name: M.mappingTitle }).waitFor(LONG);
    await page.getByText(M.fileOpened("suivi.xlsx")).waitFor();

    // Leaving the page with a refreshed workbook not downloaded: the browser asks.
    await openFile(page, SAMPLE);
    await refresh(page, "2026-S1");
    const dialog = page.waitForEvent("dialog", { timeout: 10_000 });
    await page.close({ runBeforeUnload: true });
    const asked = await dialog;
    expect(asked.type()).toBe("beforeunload");
    await asked.accept();
    expect(errors).toEqual([]);
  });
});
