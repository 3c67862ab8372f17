/**
 * What every browser test shares: Debian's Chromium started with the flags this machine needs,
 * dist/ served on 127.0.0.1, and the accessibility check.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import {
  CHROMIUM,
  CHROMIUM_FLAGS,
  serveDirectory,
  type RunningServer,
} from "../../scripts/localBrowser";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const SCREENSHOTS = join(ROOT, "docs", "screenshots");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/";

export interface E2eEnvironment {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/** Every `securitypolicyviolation` seen in a page of a browser started by `startE2e`. */
const cspViolations = new WeakMap<Browser, string[]>();

/** The CSP violations seen so far by this browser's pages ("directive blocked-uri page"). */
export function cspViolationsOf(browser: Browser): readonly string[] {
  return cspViolations.get(browser) ?? [];
}

/**
 * Makes every context of `browser` report CSP violations: the pages' policy forbids inline
 * scripts and eval, and a violation in browser mode means something (zod's JIT, a new
 * dependency, Office.js's hosts) would be blocked in Office too. `stopE2e` fails on any.
 */
function watchCspViolations(browser: Browser): void {
  const seen: string[] = [];
  cspViolations.set(browser, seen);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.exposeBinding("__spaserCspViolation", ({ page }, text: string) => {
      seen.push(`${text} (${page.url()})`);
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        const report = (window as unknown as { __spaserCspViolation(t: string): void })
          .__spaserCspViolation;
        void report(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    return context;
  };
}

/** Serves dist/ and starts Chromium; `page` must have been built (npm run build). */
export async function startE2e(page: string): Promise<E2eEnvironment> {
  if (!existsSync(join(DIST, page)))
    throw new Error("dist/ absent : lancez « npm run build » avant les tests e2e.");
  const server = await serveDirectory(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
  watchCspViolations(browser);
  return { server, browser };
}

export async function stopE2e(env: Partial<E2eEnvironment>): Promise<void> {
  const violations = env.browser ? cspViolationsOf(env.browser) : [];
  await env.browser?.close();
  await env.server?.close();
  if (violations.length > 0)
    throw new Error(`Content-Security-Policy violations:\n${violations.join("\n")}`);
}

/** axe-core's serious and critical violations, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
