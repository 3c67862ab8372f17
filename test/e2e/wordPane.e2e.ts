/**
 * The Word pane in a real browser (Debian's chromium), in browser mode, served from dist/:
 * accent-insensitive search, the clause d'insertion's hours calculator and live preview, the
 * selection downloaded as a .docx read back here, the document check, favourites kept across
 * sessions, copy to the clipboard; axe-core in light and dark, no request but the Office.js
 * attempt, and the screenshots of docs/screenshots/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { type Browser, type BrowserContext, type Page } from "playwright-core";
import { findTemplate } from "../../src/clauses/registry";
import { INSERTION_HOURS_PARAMETERS } from "../../src/clauses/insertionHours";
import { M } from "../../src/panes/word/messages";
import type { RunningServer } from "../../scripts/localBrowser";
import { SCREENSHOTS, OFFICE_CDN, seriousViolations, startE2e, stopE2e } from "./browserHarness";

const INSERTION = findTemplate("clause-insertion")!;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startE2e("word.html"));
});

afterAll(() => stopE2e({ server, browser }));

interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly requests: string[];
  readonly errors: string[];
}

/** The Word pane with the Office.js CDN request aborted (offline), in browser mode. */
async function openPane(colorScheme: "light" | "dark", context?: BrowserContext): Promise<Watched> {
  const ctx =
    context ??
    (await browser.newContext({
      colorScheme,
      viewport: { width: 400, height: 1000 },
      locale: "fr-FR",
    }));
  const p = await ctx.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  p.on("request", (r) => requests.push(r.url()));
  p.on("console", (m) => {
    // The aborted Office.js request is logged by the browser; anything else is a defect.
    if (m.type() === "error" && !m.text().includes("net::ERR_FAILED")) errors.push(m.text());
  });
  p.on("pageerror", (e) => errors.push(e.message));
  await p.route(`${OFFICE_CDN}**`, (route) => route.abort());
  await p.goto(`${server.origin}/word.html`, { waitUntil: "domcontentloaded" });
  await p.getByText(M.modeBrowser).waitFor({ timeout: 10_000 });
  return { page: p, context: ctx, requests, errors };
}

function foreignRequests(requests: readonly string[]): string[] {
  return requests.filter(
    (u) =>
      !u.startsWith(`${server.origin}/`) && !u.startsWith(OFFICE_CDN) && !u.startsWith("blob:"),
  );
}

const label = (name: keyof typeof INSERTION_HOURS_PARAMETERS): string => {
  const spec = INSERTION_HOURS_PARAMETERS[name];
  return M.fieldLabel(spec.label, spec.kind === "number" ? spec.unit : "%");
};

async function search(page: Page, query: string): Promise<void> {
  await page.getByLabel(M.searchLabel).fill(query);
}

/** Opens the clause d'insertion and types the calculator's four inputs. */
async function fillInsertion(page: Page): Promise<void> {
  await search(page, "insertion");
  await page.getByRole("button", { name: M.openClause(INSERTION.title) }).click();
  await page.getByRole("heading", { name: INSERTION.title }).waitFor();
  await page.getByLabel(label("montant")).fill("1 000 000");
  await page.getByLabel(label("partMainOeuvre")).fill("50 %");
  await page.getByLabel(label("taux")).fill("5 %");
  await page.getByLabel(label("coutHoraire")).fill("30");
}

/** The text of a .docx's main part, tags removed and entities decoded. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml
    .replace(/<w:p[ >]/g, "\n$&")
    .replace(/<[^>]+>/g, "")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

describe("Word pane, browser mode", () => {
  it("finds the clause d'insertion whatever the accents or case", async () => {
    const w = await openPane("light");
    for (const query of ["insertion", "insértion", "INSERTION"]) {
      await search(w.page, query);
      await w.page
        .getByTestId("clause-list")
        .getByRole("button", { name: M.openClause(INSERTION.title) })
        .waitFor({ timeout: 5000 });
    }
    await search(w.page, "zzzqqq");
    await w.page.getByText(M.resultsCount(0)).waitFor();
    expect(foreignRequests(w.requests)).toEqual([]);
    expect(w.requests.some((u) => u.startsWith(OFFICE_CDN))).toBe(true);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("computes the hours live, previews them, and downloads the selection as a .docx", async () => {
    const w = await openPane("light");
    await fillInsertion(w.page);
    await expect(w.page.getByTestId("derived-heures").textContent()).resolves.toMatch(
      /833\u00a0heures/,
    );
    await expect(w.page.getByTestId("preview").textContent()).resolves.toContain(
      "fixé à 833\u00a0heures",
    );
    // A change of rate shows at once in the calculator and the preview.
    await w.page.getByLabel(label("taux")).fill("10 %");
    await w.page
      .getByTestId("derived-heures")
      .getByText(/1\u00a0667/)
      .waitFor();
    await w.page.getByLabel(label("taux")).fill("500 %");
    await w.page
      .getByText(/Taux d’insertion.*au plus/)
      .first()
      .waitFor();
    await w.page.getByText(M.previewInvalid).waitFor();
    await w.page.getByLabel(label("taux")).fill("5 %");
    await w.page
      .getByTestId("preview")
      .getByText(/833\u00a0heures/)
      .waitFor();

    await w.page.getByRole("button", { name: M.addToSelection }).click();
    await w.page.getByTestId("notice").getByText(M.addedToSelection(INSERTION.title)).waitFor();
    await w.page.getByRole("button", { name: M.tabSelection(1) }).click();
    const [download] = await Promise.all([
      w.page.waitForEvent("download"),
      w.page.getByTestId("download-docx").click(),
    ]);
    expect(download.suggestedFilename()).toBe(M.docxFileName);
    const text = await docxText(new Uint8Array(readFileSync((await download.path())!)));
    expect(text).toContain(INSERTION.title);
    expect(text).toMatch(/833\u00a0heures/);
    for (const basis of INSERTION.legalBasis) expect(text).toContain(basis);
    // The docx chunk was fetched from our origin, on demand: still no foreign request.
    expect(foreignRequests(w.requests)).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("checks the selection: above the EU threshold without a social clause, a finding", async () => {
    const w = await openPane("light");
    await w.page.getByRole("button", { name: M.tabCheck, exact: true }).click();
    await w.page.getByLabel(M.launchDateLabel).fill("2026-09-15");
    await w.page.getByLabel(M.valueLabel).fill("500 000");
    await w.page.getByLabel(M.natureLabel).selectOption("Services");
    await w.page.getByLabel(M.documentTypeLabel).selectOption("CCAP");
    await w.page.getByRole("button", { name: M.runCheck }).click();
    const findings = w.page.getByTestId("findings");
    await findings.waitFor();
    const social = findings.locator("li").filter({ hasText: "L2112-2-1" });
    await expect(social.getAttribute("data-status")).resolves.toBe("manquant");
    await expect(social.textContent()).resolves.toMatch(/seuil européen/);
    await w.page.getByText(M.labelNotReady).waitFor();
    await expect(w.page.getByTestId("decp").textContent()).resolves.toContain(
      "Pas de considération sociale",
    );

    // Below the threshold the same rule is met.
    await w.page.getByLabel(M.valueLabel).fill("100 000");
    await w.page.getByRole("button", { name: M.runCheck }).click();
    await findings
      .locator("li")
      .filter({ hasText: "inférieure au seuil européen" })
      .waitFor({ timeout: 5000 });
    // An unreadable value is named in French, not run.
    await w.page.getByLabel(M.valueLabel).fill("beaucoup");
    await w.page.getByRole("button", { name: M.runCheck }).click();
    await w.page.getByText(M.valueInvalid).waitFor();
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("keeps favourites between sessions and copies the rendered clause", async () => {
    const context = await browser.newContext({
      viewport: { width: 400, height: 1000 },
      locale: "fr-FR",
    });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.origin,
    });
    const first = await openPane("light", context);
    const star = first.page.getByRole("button", { name: M.favouriteLabel(INSERTION.title) });
    await star.click();
    await expect(star.getAttribute("aria-pressed")).resolves.toBe("true");
    await first.page.close();

    const second = await openPane("light", context);
    await second.page.getByTestId("filters-toggle").click();
    await second.page.getByLabel(M.favouritesOnly).check();
    const list = second.page.getByTestId("clause-list");
    await expect(list.getByRole("button", { name: /^Ouvrir/ }).count()).resolves.toBe(1);
    await list.getByRole("button", { name: M.openClause(INSERTION.title) }).click();
    await second.page.getByRole("button", { name: M.copy, exact: true }).click();
    await second.page.getByTestId("notice").getByText(M.copied(INSERTION.title)).waitFor();
    const copied = await second.page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${INSERTION.title}\n\n`)).toBe(true);
    expect(copied).toMatch(/833\u00a0heures/);
    expect(second.errors).toEqual([]);
    await context.close();
  });

  it.each(["light", "dark"] as const)(
    "is accessible with the form filled (%s theme), screenshot",
    async (scheme) => {
      const w = await openPane(scheme);
      await expect(w.page.locator("[data-theme]").first().getAttribute("data-theme")).resolves.toBe(
        scheme,
      );
      expect(await seriousViolations(w.page)).toEqual([]);
      await fillInsertion(w.page);
      await w.page.getByTestId("derived-heures").getByText(/833/).waitFor();
      // A viewport as tall as the page: the sticky action bar then sits below the form instead
      // of covering the hours in a full-page capture.
      const height = await w.page.evaluate(() => document.documentElement.scrollHeight);
      await w.page.setViewportSize({ width: 400, height });
      await w.page.waitForTimeout(400);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await w.page.screenshot({
        path: join(SCREENSHOTS, `word-pane-${scheme}.png`),
      });
      expect(await seriousViolations(w.page)).toEqual([]);
      // The check panel with a result, too.
      await w.page.getByRole("button", { name: M.tabCheck, exact: true }).click();
      await w.page.getByLabel(M.valueLabel).fill("500 000");
      await w.page.getByRole("button", { name: M.runCheck }).click();
      await w.page.getByTestId("findings").waitFor();
      expect(await seriousViolations(w.page)).toEqual([]);
      expect(foreignRequests(w.requests)).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.context.close();
    },
  );

  it("is operable from the keyboard: search, open a clause, add it to the selection", async () => {
    const w = await openPane("light");
    await w.page.getByLabel(M.searchLabel).focus();
    await w.page.keyboard.type("insertion");
    // Tab through the filters to the first clause of the list, then open it with Enter.
    const open = w.page.getByRole("button", { name: M.openClause(INSERTION.title) });
    for (let i = 0; i < 12; i += 1) {
      if (await open.evaluate((el) => el === document.activeElement)) break;
      await w.page.keyboard.press("Tab");
    }
    await expect(open.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await w.page.keyboard.press("Enter");
    await w.page.getByRole("heading", { name: INSERTION.title }).waitFor();
    const add = w.page.getByRole("button", { name: M.addToSelection });
    await add.focus();
    await w.page.keyboard.press("Enter");
    await w.page.getByTestId("notice").getByText(M.addedToSelection(INSERTION.title)).waitFor();
    await w.context.close();
  });
});

/**
 * Office.js and Word stood in by a small fake, installed before the page's scripts: content
 * controls held in an array, loaded properties visible only after `sync()` (as in Office),
 * document settings in memory. One outdated clause (version 0) is in the document at start.
 */
const FAKE_WORD = `
(() => {
  const supported = SUPPORTED;
  const controls = [];
  const pending = [];
  let nextId = 1;
  let syncs = 0;
  const settings = {};
  const none = () => ({ items: [], load() { return this; } });
  const nullControl = { isNullObject: true, load() { return this; } };
  const makeControl = () => {
    const c = {
      id: nextId++, tag: "", title: "", appearance: "", texts: [],
      insertText(t) { this.texts = [t]; return { styleBuiltIn: "" }; },
      insertParagraph(t) { this.texts.push(t); return { styleBuiltIn: "" }; },
      select() { window.__selectedTag = this.tag; },
      delete() { controls.splice(controls.indexOf(this), 1); },
      // WordApi 1.3-1.6, used where supported: no comments, no tracked changes, no nesting.
      isNullObject: false,
      get text() { return this.texts.join(" "); },
      load() { return this; },
      getComments: () => none(),
      getTrackedChanges: () => none(),
      get parentContentControlOrNullObject() { return nullControl; },
    };
    controls.push(c);
    return c;
  };
  const old = makeControl();
  old.tag = "spaser:clause-insertion@0#ancienne01";
  old.title = "Ancienne clause d'insertion";
  old.texts = ["Ancienne clause d'insertion", "Texte périmé."];
  const collection = (keep) => {
    const col = {
      items: [],
      load() { pending.push(() => { col.items = controls.filter(keep); }); return col; },
      getByTag(tag) { return collection((c) => c.tag === tag); },
    };
    return col;
  };
  const context = {
    document: {
      getSelection: () => ({
        styleBuiltIn: "",
        insertParagraph: () => ({ styleBuiltIn: "", insertContentControl: makeControl }),
        parentContentControlOrNullObject: nullControl,
      }),
      get contentControls() { return collection(() => true); },
      changeTrackingMode: "Off",
      load() { return this; },
      body: { getTrackedChanges: () => none() },
    },
    sync: async () => { syncs += 1; pending.splice(0).forEach((f) => f()); },
  };
  window.Word = { run: async (batch) => batch(context) };
  window.Office = {
    onReady: () => Promise.resolve({ host: "Word", platform: "PC" }),
    context: {
      partitionKey: "doc-1",
      requirements: { isSetSupported: () => supported },
      officeTheme: { bodyBackgroundColor: "BACKGROUND" },
      document: {
        settings: {
          get: (k) => (k in settings ? settings[k] : null),
          set: (k, v) => { settings[k] = JSON.parse(JSON.stringify(v)); },
          remove: (k) => { delete settings[k]; },
          saveAsync: (cb) => cb({ status: "succeeded" }),
        },
      },
    },
  };
  window.__fakeWord = { controls, settings, syncs: () => syncs };
})();
`;

interface FakeControl {
  readonly tag: string;
  readonly title: string;
  readonly texts: readonly string[];
}

async function openInWord(
  supported: boolean,
  background: string,
): Promise<{ page: Page; context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 400, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript({
    content: FAKE_WORD.replace("SUPPORTED", String(supported)).replace("BACKGROUND", background),
  });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  // The page's own <script> still asks the CDN: unanswered here, so that the fake stays.
  await page.route(`${OFFICE_CDN}**`, (route) => route.abort());
  await page.goto(`${server.origin}/word.html`);
  return { page, context, requests };
}

const fakeControls = (page: Page): Promise<FakeControl[]> =>
  page.evaluate(() =>
    (window as unknown as { __fakeWord: { controls: FakeControl[] } }).__fakeWord.controls.map(
      (c) => ({ tag: c.tag, title: c.title, texts: [...c.texts] }),
    ),
  );

describe("Word pane, Office mode (Office.js and Word stood in by a fake)", () => {
  it("inserts at the cursor, lists, selects, updates an outdated clause, removes, checks", async () => {
    const { page, context, requests } = await openInWord(true, "#ffffff");
    await page.getByText(M.modeOffice).waitFor({ timeout: 10_000 });
    // Office.js was already there: only the page's own <head> tag asked for it, not the pane.
    expect(requests.filter((u) => u.startsWith(OFFICE_CDN))).toHaveLength(1);

    await fillInsertion(page);
    await page.getByRole("button", { name: M.insert, exact: true }).click();
    await page.getByTestId("notice").getByText(M.inserted(INSERTION.title)).waitFor();
    let controls = await fakeControls(page);
    expect(controls).toHaveLength(2);
    const inserted = controls[1]!;
    expect(inserted.tag).toMatch(/^spaser:clause-insertion@2#[a-z0-9]+$/);
    expect(inserted.title).toBe(INSERTION.title);
    expect(inserted.texts[0]).toBe(INSERTION.title);
    expect(inserted.texts.join(" ")).toMatch(/833\u00a0heures/);

    await page.getByRole("button", { name: M.tabDocument, exact: true }).click();
    const list = page.getByTestId("document-clauses");
    await list.waitFor();
    await expect(list.locator("li").count()).resolves.toBe(2);
    await list.getByText(/version obsolète/).waitFor();

    // Click = select it in Word (the row's first button; the others update or remove).
    await list.locator("li").nth(1).getByRole("button").first().click();
    await page
      .getByTestId("notice")
      .getByText(/sélectionnée dans le document/)
      .waitFor();
    const selected = await page.evaluate(
      () => (window as unknown as { __selectedTag?: string }).__selectedTag,
    );
    expect(selected).toBe(inserted.tag);

    // The outdated one is updated in place to the library's version.
    await list.getByRole("button", { name: /^Mettre à jour/ }).click();
    await page
      .getByTestId("notice")
      .getByText(/mise à jour/)
      .waitFor();
    controls = await fakeControls(page);
    expect(controls[0]!.tag).toBe("spaser:clause-insertion@2#ancienne01");
    expect(controls[0]!.texts.join(" ")).toMatch(/833\u00a0heures/);
    await expect(list.getByText(/version obsolète/).count()).resolves.toBe(0);

    // Removed from the document.
    await list
      .getByRole("button", { name: /^Supprimer/ })
      .first()
      .click();
    await page
      .getByTestId("notice")
      .getByText(/supprimée du document/)
      .waitFor();
    expect(await fakeControls(page)).toHaveLength(1);

    // The check runs on the document's clauses: a social execution condition is present.
    await page.getByRole("button", { name: M.tabCheck, exact: true }).click();
    await page.getByText(M.checkIntroOffice).waitFor();
    await page.getByLabel(M.launchDateLabel).fill("2026-09-15");
    await page.getByLabel(M.valueLabel).fill("500 000");
    await page.getByRole("button", { name: M.runCheck }).click();
    const social = page.getByTestId("findings").locator("li").filter({ hasText: "L2112-2-1" });
    await expect(social.getAttribute("data-status")).resolves.toBe("ok");
    await expect(page.getByTestId("decp").textContent()).resolves.toContain("Clause sociale");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("partitions what it stores with Office's partition key", async () => {
    const { page, context } = await openInWord(true, "#ffffff");
    await page.getByText(M.modeOffice).waitFor({ timeout: 10_000 });
    await page.getByRole("button", { name: M.favouriteLabel(INSERTION.title) }).click();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain("doc-1/spaser.favori.clause-insertion");
    expect(keys).not.toContain("spaser.favori.clause-insertion");
    await context.close();
  });

  it("follows Office's dark theme and says when Word is too old", async () => {
    const { page, context } = await openInWord(false, "#262626");
    await page.getByText(M.unsupportedTitle).waitFor({ timeout: 10_000 });
    await page.getByText(/WordApi 1\.1/).waitFor();
    await expect(page.locator("[data-theme]").first().getAttribute("data-theme")).resolves.toBe(
      "dark",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
