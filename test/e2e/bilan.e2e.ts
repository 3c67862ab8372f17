/**
 * The bilan annuel in a real browser (Debian's chromium), browser mode, served from dist/: the
 * Word pane's « Bilan » section builds it from the sample workbook and downloads the .docx; the
 * Excel pane's « Bilan annuel » does the same from the opened file; both documents are read back
 * (title, figures of the 2026-S1 refresh, charts as SVG + PNG); axe finds no serious violation.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import type { RunningServer } from "../../scripts/localBrowser";
import { OFFICE_CDN, ROOT, seriousViolations, startE2e, stopE2e } from "./browserHarness";
import { readDocx } from "../bilan/docxTables";

const SAMPLE = join(ROOT, "assets", "pilotage-spaser-exemple.xlsx");
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startE2e("word.html"));
});
afterAll(() => stopE2e({ server, browser }));

async function open(
  page: string,
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 420, height: 1100 },
    locale: "fr-FR",
    acceptDownloads: true,
  });
  const p = await context.newPage();
  const errors: string[] = [];
  p.on("pageerror", (e) => errors.push(e.message));
  p.on("console", (m) => {
    if (m.type() === "error" && !m.text().includes("net::ERR_FAILED")) errors.push(m.text());
  });
  await p.route(`${OFFICE_CDN}**`, (route) => route.abort());
  await p.goto(`${server.origin}/${page}`, { waitUntil: "domcontentloaded" });
  return { page: p, errors, close: () => context.close() };
}

async function checkDocx(bytes: Uint8Array): Promise<void> {
  const doc = await readDocx(bytes);
  expect(doc.paragraphs[0]).toEqual({
    style: "Title",
    text: "Bilan annuel 2026 du SPASER 2026-2030 — Département du Nord",
  });
  const text = doc.paragraphs.map((p) => p.text).join("\n");
  // The 2026-S1 refresh of the sample (22/24, as `spaser refresh` reports it).
  expect(text).toContain("Complétude 2026-S1\u00a0: 22/24 indicateurs renseignés (91,7\u00a0%)");
  expect(doc.headerRows).toBe(doc.tables.length);
  const zip = await JSZip.loadAsync(bytes);
  const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
  expect(media.filter((f) => f.endsWith(".svg"))).toHaveLength(2);
  const pngs = media.filter((f) => f.endsWith(".png"));
  expect(pngs).toHaveLength(2);
  // The browser's rasteriser drew something: a PNG of the chart's size × 2, not an empty file.
  const png = await zip.file(pngs[0]!)!.async("uint8array");
  expect(png.byteLength).toBeGreaterThan(5_000);
  const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
  expect(width).toBe(1280);
}

describe("bilan annuel, browser mode", () => {
  it("Word pane « Bilan »: pick the sample, choose 2026, see the essentials, download the .docx", async () => {
    const w = await open("word.html");
    await w.page.getByRole("button", { name: "Bilan", exact: true }).click();
    await w.page.getByTestId("bilan-file").setInputFiles(SAMPLE);
    await w.page.getByLabel("Année du bilan").selectOption("2026");
    await w.page.getByTestId("bilan-build").click();
    await w.page.getByRole("region", { name: "L’essentiel 2026" }).waitFor({ timeout: 60_000 });
    await w.page.getByText("22/24 (91,7\u00a0%)").waitFor();
    expect(await seriousViolations(w.page)).toEqual([]);
    const [download] = await Promise.all([
      w.page.waitForEvent("download", { timeout: 60_000 }),
      w.page.getByTestId("bilan-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("pilotage-spaser-exemple-bilan-2026.docx");
    await checkDocx(new Uint8Array(readFileSync((await download.path())!)));
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it("Excel pane « Bilan annuel »: from the opened workbook, the .docx is downloaded", async () => {
    const w = await open("excel.html");
    await w.page.getByTestId("file-input").setInputFiles(SAMPLE);
    await w.page.getByLabel("Année du bilan").selectOption("2026");
    const [download] = await Promise.all([
      w.page.waitForEvent("download", { timeout: 90_000 }),
      w.page.getByTestId("bilan-build").click(),
    ]);
    expect(download.suggestedFilename()).toBe("pilotage-spaser-exemple-bilan-2026.docx");
    await checkDocx(new Uint8Array(readFileSync((await download.path())!)));
    await w.page.getByRole("region", { name: "L’essentiel 2026" }).waitFor();
    expect(await seriousViolations(w.page)).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.close();
  });
});
