/**
 * How the built pages load Office.js (issue 10): the CSP first in <head>, then the ES5 bootstrap,
 * then Office.js, then the deferred bundle; browser mode when Office.js answers with no host or
 * cannot be reached; the « À propos › Diagnostic » section saying it needs Office in browser
 * mode. No CSP violation anywhere (checked by the harness for every suite).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { ABOUT_MESSAGES } from "../../src/panes/common/AboutSection";
import { M as EXCEL } from "../../src/panes/excel/messages";
import { M as WORD } from "../../src/panes/word/messages";
import {
  cspViolationsOf,
  DIST,
  OFFICE_CDN,
  seriousViolations,
  startE2e,
  stopE2e,
} from "./browserHarness";
import type { RunningServer } from "../../scripts/localBrowser";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startE2e("excel.html"));
});

afterAll(() => stopE2e({ server, browser }));

describe("the pages' <head>", () => {
  it.each(["excel.html", "word.html", "index.html"])(
    "%s: CSP first, then the ES5 bootstrap, then Office.js (async), then the deferred bundle",
    (page) => {
      const html = readFileSync(join(DIST, page), "utf8");
      const head = html.slice(0, html.indexOf("</head>"));
      const csp = head.search(/<meta http-equiv="?Content-Security-Policy/);
      const scripts = [...head.matchAll(/<script\b[^>]*>/g)].map((m) => ({
        tag: m[0],
        at: m.index,
      }));
      expect(csp).toBeGreaterThan(0);
      expect(scripts.every((s) => s.at > csp)).toBe(true);
      expect(scripts).toHaveLength(3);
      expect(scripts[0]!.tag).toMatch(/src="?bootstrap\.[0-9a-f]{8}\.js/);
      expect(scripts[1]!.tag).toMatch(/id="?office-js/);
      expect(scripts[1]!.tag).toContain(
        "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      );
      expect(scripts[1]!.tag).toMatch(/\basync\b/);
      expect(scripts[2]!.tag).toMatch(/\bdefer\b/);
      // Nothing in <body> loads a script.
      expect(html.slice(html.indexOf("</head>"))).not.toMatch(/<script/);
    },
  );
});

async function open(url: string, office: "abort" | "no-host"): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 400, height: 1000 } });
  const page = await context.newPage();
  await page.route(`${OFFICE_CDN}**`, (route) =>
    office === "abort"
      ? route.abort()
      : route.fulfill({
          contentType: "text/javascript",
          // Office.js outside Office: onReady answers with no host.
          body: "window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); }, context: {} };",
        }),
  );
  await page.goto(`${server.origin}/${url}`, { waitUntil: "domcontentloaded" });
  return page;
}

const bootOffice = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { spaserBoot: { office: string } }).spaserBoot.office);

describe("starting from Office.onReady", () => {
  it("inside an Office frame whose Office.js answers with no host, settles into browser mode", async () => {
    const page = await open("excel.html?_host_Info=Excel$Win32$16.01$fr-FR$$$$0", "no-host");
    await page.getByText(EXCEL.modeBrowser).waitFor({ timeout: 10_000 });
    expect(await bootOffice(page)).toBe("loaded");
    await page.context().close();
  });

  it("with the CDN refused, the bootstrap records the failure and the pane is in browser mode", async () => {
    const page = await open("word.html?_host_Info=Word$Win32$16.01$fr-FR$$$$0", "abort");
    await page.getByText(WORD.modeBrowser).waitFor({ timeout: 10_000 });
    expect(await bootOffice(page)).toBe("failed");
    await page.context().close();
  });
});

describe("« À propos » in browser mode", () => {
  it.each(["excel.html", "word.html"])(
    "%s says that the diagnostic needs Office, accessibly",
    async (url) => {
      const page = await open(url, "abort");
      const about = page.getByTestId("about-section");
      await about.locator("summary").click();
      await page.getByText(ABOUT_MESSAGES.needsOffice).waitFor({ timeout: 10_000 });
      await expect(page.getByRole("button", { name: ABOUT_MESSAGES.run }).count()).resolves.toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});

describe("the CSP watch", () => {
  it("sees a violation when one happens (the harness would fail the suite)", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/excel.html`, { waitUntil: "domcontentloaded" });
    const before = cspViolationsOf(browser).length;
    // An inline script, which the pages' policy forbids.
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "void 0";
      document.head.appendChild(s);
    });
    for (let i = 0; i < 50 && cspViolationsOf(browser).length === before; i++)
      await page.waitForTimeout(50);
    expect(cspViolationsOf(browser).length).toBeGreaterThan(before);
    // Forget it: it was provoked on purpose.
    (cspViolationsOf(browser) as string[]).splice(before);
    await context.close();
  });
});
