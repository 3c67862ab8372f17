/**
 * The Word pane as a coordinator or a buyer uses it in a narrow task pane (350 px, 320 px for the
 * layout): feedback where the eye is, focus that follows the view, a focused field never under
 * the sticky bar, numbers as people type them, work kept (per clause, across a reset, across a
 * reload), filters that are not cut, sections on one line. Issue 13, points 1–7 and 15.
 */
import { type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { findTemplate } from "../../src/clauses/registry";
import { INSERTION_HOURS_PARAMETERS } from "../../src/clauses/insertionHours";
import { FIELD_TEXT, M } from "../../src/panes/word/messages";
import type { RunningServer } from "../../scripts/localBrowser";
import { OFFICE_CDN, seriousViolations, startE2e, stopE2e } from "./browserHarness";

const INSERTION = findTemplate("clause-insertion")!;
const OTHER = findTemplate("reserve-ea-esat")!;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startE2e("word.html"));
});

afterAll(() => stopE2e({ server, browser }));

interface Pane {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly errors: string[];
}

async function openPane(width = 350, height = 700, context?: BrowserContext): Promise<Pane> {
  const ctx =
    context ?? (await browser.newContext({ viewport: { width, height }, locale: "fr-FR" }));
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().includes("net::ERR_FAILED")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route(`${OFFICE_CDN}**`, (route) => route.abort());
  await page.goto(`${server.origin}/word.html`, { waitUntil: "domcontentloaded" });
  await page.getByText(M.modeBrowser).waitFor({ timeout: 10_000 });
  return { page, context: ctx, errors };
}

const label = (name: keyof typeof INSERTION_HOURS_PARAMETERS): string => {
  const spec = INSERTION_HOURS_PARAMETERS[name];
  return M.fieldLabel(spec.label, spec.kind === "number" ? spec.unit : "%");
};

async function openClause(page: Page, id: string, title: string): Promise<void> {
  await page.getByLabel(M.searchLabel).fill("");
  await page.locator(`[data-template="${id}"]`).click();
  await page.getByRole("heading", { name: title }).waitFor();
}

const isFocused = (locator: Locator): Promise<boolean> =>
  locator.evaluate((el) => el === document.activeElement);

/** Top and bottom of an element in the viewport. */
const box = (
  locator: Locator,
): Promise<{ top: number; bottom: number; left: number; width: number }> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, width: r.width };
  });

const viewportHeight = (page: Page): Promise<number> => page.evaluate(() => window.innerHeight);

describe("Word pane at 350 px", () => {
  it("answers an action by its bar, focuses the field to fix, and lets confirmations go (1)", async () => {
    const w = await openPane();
    await openClause(w.page, INSERTION.id, INSERTION.title);
    const taux = w.page.getByLabel(label("taux"));
    await taux.fill("500");
    // The form is long: the action is reached from the bottom of the page.
    await w.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await w.page.getByRole("button", { name: M.addToSelection }).click();

    const bar = w.page.getByTestId("action-bar");
    const error = bar.getByTestId("action-error");
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain(M.errorTitle);
    await expect(error.textContent()).resolves.toContain(
      M.fixParameters([INSERTION_HOURS_PARAMETERS.taux.label]),
    );
    await expect(error.textContent()).resolves.not.toContain("Une erreur est survenue");
    const shown = await box(error);
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.bottom).toBeLessThanOrEqual(await viewportHeight(w.page));
    // Focus went to the field to fix, and it is visible above the bar.
    await expect(isFocused(taux)).resolves.toBe(true);
    await w.page.waitForTimeout(100);
    expect((await box(taux)).bottom).toBeLessThanOrEqual((await box(bar)).top);

    // Fixed: the confirmation shows in the bar, then goes away on its own.
    await taux.fill("5");
    await w.page.getByRole("button", { name: M.addToSelection }).click();
    const notice = bar.getByTestId("notice");
    await notice.getByText(M.addedToSelection(INSERTION.title)).waitFor();
    await expect(error.count()).resolves.toBe(0);
    await notice.waitFor({ state: "detached", timeout: 12_000 });
    expect(await seriousViolations(w.page)).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("never leaves a focused field under the sticky bar (2)", async () => {
    const w = await openPane(350, 520);
    await openClause(w.page, INSERTION.id, INSERTION.title);
    const bar = w.page.getByTestId("action-bar");
    let fields = 0;
    // From the title, Tab through the whole form.
    for (let i = 0; i < 40; i += 1) {
      await w.page.keyboard.press("Tab");
      await w.page.waitForTimeout(60);
      const focused = await w.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const inBar = !!el?.closest("[data-testid='action-bar']");
        const r = el?.getBoundingClientRect();
        return { tag: el?.tagName ?? "", inBar, bottom: r?.bottom ?? 0, top: r?.top ?? 0 };
      });
      if (focused.inBar) break;
      if (focused.tag === "INPUT" || focused.tag === "SELECT" || focused.tag === "BUTTON") {
        fields += 1;
        const barTop = (await box(bar)).top;
        expect(focused.bottom).toBeLessThanOrEqual(barTop);
        expect(focused.top).toBeGreaterThanOrEqual(0);
      }
    }
    expect(fields).toBeGreaterThanOrEqual(5);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("puts focus on the clause title, then back on the clause after the list (4)", async () => {
    const w = await openPane();
    // Far down the list, so that coming back must also scroll to it.
    const last = w.page.getByTestId("clause-list").locator("[data-template]").last();
    const id = (await last.getAttribute("data-template"))!;
    const template = findTemplate(id)!;
    await last.focus();
    await w.page.keyboard.press("Enter");
    const title = w.page.getByRole("heading", { name: template.title, level: 2 });
    await title.waitFor();
    await expect(isFocused(title)).resolves.toBe(true);
    await w.page.getByRole("button", { name: M.backToList }).click();
    const back = w.page.locator(`[data-template="${id}"]`);
    await back.waitFor();
    await expect(isFocused(back)).resolves.toBe(true);
    const shown = await box(back);
    expect(shown.top).toBeGreaterThanOrEqual(0);
    expect(shown.bottom).toBeLessThanOrEqual(await viewportHeight(w.page));
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("reads numbers as typed, says what is required and which value stops the hours (5)", async () => {
    const w = await openPane();
    await openClause(w.page, INSERTION.id, INSERTION.title);
    await w.page.getByLabel(label("montant")).fill("1 000 000 €");
    await w.page.getByLabel(label("partMainOeuvre")).fill("50");
    await w.page.getByLabel(label("taux")).fill("5");
    await w.page.getByLabel(label("coutHoraire")).fill("30");
    await w.page
      .getByTestId("derived-heures")
      .getByText(/833\u00a0heures/)
      .waitFor();
    await w.page
      .getByTestId("preview")
      .getByText(/833\u00a0heures/)
      .waitFor();
    await w.page.getByLabel(label("montant")).fill("1 000 000,50");
    await w.page
      .getByTestId("derived-heures")
      .getByText(/833\u00a0heures/)
      .waitFor();

    await w.page.getByLabel(label("coutHoraire")).fill("");
    await w.page
      .getByText(FIELD_TEXT.required(INSERTION_HOURS_PARAMETERS.coutHoraire.label))
      .waitFor();
    await expect(w.page.getByTestId("derived-heures").textContent()).resolves.toBe(
      M.derivedUnavailable(INSERTION.derived!["heures"]!.label, [
        INSERTION_HOURS_PARAMETERS.coutHoraire.label,
      ]),
    );
    expect(await seriousViolations(w.page)).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("keeps each clause's form, undoes a reset, and keeps the selection across a reload (6)", async () => {
    const w = await openPane();
    await openClause(w.page, INSERTION.id, INSERTION.title);
    const taux = w.page.getByLabel(label("taux"));
    await taux.fill("10");
    await w.page.getByRole("button", { name: M.backToList }).click();
    await openClause(w.page, OTHER.id, OTHER.title);
    await w.page.getByRole("button", { name: M.backToList }).click();
    await openClause(w.page, INSERTION.id, INSERTION.title);
    await expect(taux.inputValue()).resolves.toBe("10");

    await w.page.getByRole("button", { name: M.resetDefaults }).click();
    await expect(taux.inputValue()).resolves.toBe("5\u00a0%");
    const bar = w.page.getByTestId("action-bar");
    await bar.getByText(M.resetDone).waitFor();
    await bar.getByRole("button", { name: M.undoReset }).click();
    await expect(taux.inputValue()).resolves.toBe("10");
    await bar.getByText(M.resetUndone).waitFor();
    // The undo button is gone: focus is back on the reset button, not lost.
    await expect(isFocused(w.page.getByRole("button", { name: M.resetDefaults }))).resolves.toBe(
      true,
    );
    // Closing a message puts focus on the bar's first action.
    await bar.getByRole("button", { name: M.dismiss }).click();
    await expect(isFocused(bar.getByRole("button", { name: M.copy, exact: true }))).resolves.toBe(
      true,
    );

    await w.page.getByRole("button", { name: M.addToSelection }).click();
    await bar.getByText(M.addedToSelection(INSERTION.title)).waitFor();
    await w.page.reload({ waitUntil: "domcontentloaded" });
    await w.page.getByText(M.modeBrowser).waitFor({ timeout: 10_000 });
    await w.page.getByRole("button", { name: M.tabSelection(1) }).click();
    await w.page
      .getByTestId("selection-list")
      .getByRole("button", { name: M.editInSelection(INSERTION.title) })
      .click();
    await expect(taux.inputValue()).resolves.toBe("10\u00a0%");
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("shows the filters and the check's choices whole, one per row (3)", async () => {
    const w = await openPane();
    /** Every option's text fits in its drop-down beside the chevron; all start at one left edge. */
    const expectWholeSelects = async (expected: number): Promise<void> => {
      const selects = w.page.locator("select");
      await expect(selects.count()).resolves.toBe(expected);
      const lefts = new Set<number>();
      for (let i = 0; i < expected; i += 1) {
        const select = selects.nth(i);
        lefts.add(Math.round((await box(select)).left));
        const fits = await select.evaluate((el: HTMLSelectElement) => {
          const style = getComputedStyle(el);
          const canvas = document.createElement("canvas").getContext("2d")!;
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const widest = Math.max(...[...el.options].map((o) => canvas.measureText(o.text).width));
          const room =
            el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { widest, room };
        });
        expect(fits.widest).toBeLessThanOrEqual(fits.room);
      }
      expect(lefts.size).toBe(1);
    };
    await w.page.getByTestId("filters-toggle").click();
    for (const width of [350, 320]) {
      await w.page.setViewportSize({ width, height: 700 });
      await expectWholeSelects(3);
    }
    // A filter in use is counted on the button, and can be cleared.
    await w.page.getByLabel(M.categoryLabel).selectOption("sociale");
    await w.page.getByRole("button", { name: M.filtersLabel(1) }).waitFor();
    expect(await seriousViolations(w.page)).toEqual([]);
    await w.page.getByRole("button", { name: M.clearFilters }).click();
    await w.page.getByRole("button", { name: M.filtersLabel(0) }).waitFor();
    await w.page.getByRole("button", { name: M.tabCheck, exact: true }).click();
    for (const width of [350, 320]) {
      await w.page.setViewportSize({ width, height: 700 });
      await expectWholeSelects(2);
    }
    await w.context.close();
  });
});

describe("Word pane at 320 px (7)", () => {
  it("has its sections on one line and the library high on the page", async () => {
    const w = await openPane(320, 640);
    const tabs = w.page.getByRole("navigation", { name: M.tabsLabel }).getByRole("button");
    const count = await tabs.count();
    const tops = new Set<number>();
    for (let i = 0; i < count; i += 1) {
      const tab = tabs.nth(i);
      tops.add(Math.round((await box(tab)).top));
      // The label is whole: no text overflows its cell.
      await expect(tab.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).resolves.toBe(true);
    }
    expect(tops.size).toBe(1);
    const first = w.page.getByTestId("clause-list").locator("[data-template]").first();
    const top = (await box(first)).top;
    console.log(`320 px: first clause at ${Math.round(top)} px (was ~590 px)`);
    expect(top).toBeLessThan(400);
    await w.context.close();
  });
});
