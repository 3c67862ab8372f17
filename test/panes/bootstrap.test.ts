/**
 * The ES5 bootstrap (src/panes/common/bootstrap.es5.js), run in a `vm` context with a small fake
 * document: in a webview lacking what the bundle needs it shows the French message and flags the
 * page; in a modern one it leaves the page alone; it records Office.js's load or failure. It must
 * parse as ES5 (acorn, already in the tree through webpack).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInContext, createContext } from "node:vm";
import { parse } from "acorn";

const SOURCE = readFileSync(
  join(__dirname, "..", "..", "src", "panes", "common", "bootstrap.es5.js"),
  "utf8",
);

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

class FakeElement {
  readonly children: FakeElement[] = [];
  readonly attributes = new Map<string, string>();
  readonly style: Record<string, string> = {};
  textContent = "";
  constructor(
    readonly tagName: string,
    readonly id = "",
  ) {}
  get firstChild(): FakeElement | null {
    return this.children[0] ?? null;
  }
  appendChild(child: FakeElement): FakeElement {
    this.children.push(child);
    return child;
  }
  removeChild(child: FakeElement): FakeElement {
    this.children.splice(this.children.indexOf(child), 1);
    return child;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  text(): string {
    return [this.textContent, ...this.children.map((c) => c.text())].join(" ").trim();
  }
}

type Listener = (event: { target: unknown }) => void;

function run(userAgent: string, remove: readonly string[] = []) {
  const root = new FakeElement("div", "root");
  root.appendChild(Object.assign(new FakeElement("p"), { textContent: "Chargement…" }));
  const listeners: { type: string; fn: Listener; capture: boolean }[] = [];
  const document = {
    readyState: "loading",
    body: new FakeElement("body"),
    addEventListener: (type: string, fn: Listener, capture?: boolean) =>
      listeners.push({ type, fn, capture: capture === true }),
    getElementById: (id: string) => (id === "root" ? root : null),
    createElement: (tag: string) => new FakeElement(tag),
  };
  const context = createContext({ document, navigator: { userAgent } });
  runInContext("window = this;", context);
  // What an old webview lacks, removed from this context's own built-ins only.
  for (const path of remove) runInContext(`delete ${path};`, context);
  runInContext(SOURCE, context, { filename: "bootstrap.es5.js" });
  const fire = (type: string, target: unknown): void => {
    for (const l of listeners) if (l.type === type) l.fn({ target });
  };
  const boot = runInContext("window.spaserBoot", context) as {
    office: string;
    legacy: boolean;
    engine: string;
  };
  return { root, boot, fire, listeners };
}

describe("ES5 bootstrap", () => {
  it("parses as ES5 (no let/const, arrow functions, template strings or trailing commas)", () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // And the check itself would catch ES2015+ syntax.
    expect(() => parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  it("in Internet Explorer 11, replaces « Chargement… » with the French message once the DOM is there", () => {
    const { root, boot, fire } = run(IE11, [
      "this.Promise",
      "this.Symbol",
      "Object.fromEntries",
      "Array.prototype.at",
    ]);
    expect(boot.legacy).toBe(true);
    expect(boot.engine).toBe("Internet Explorer 11");
    expect(root.text()).toBe("Chargement…");
    fire("DOMContentLoaded", null);
    const text = root.text();
    expect(text).not.toContain("Chargement");
    expect(text).toContain("Cette version d’Office ne peut pas afficher le complément SPASER.");
    expect(text).toContain("Internet Explorer 11");
    expect(text).toContain("Microsoft 365 ou Office 2021 (ou plus récent)");
    expect(text).toContain("WebView2");
    expect(root.children[0]!.attributes.get("role")).toBe("alert");
  });

  it("in Edge Legacy (EdgeHTML), names that engine", () => {
    const { root, boot, fire } = run(EDGE_HTML, ["Object.hasOwn", "Array.prototype.at"]);
    fire("DOMContentLoaded", null);
    expect(boot.legacy).toBe(true);
    expect(root.text()).toContain("Microsoft Edge hérité (EdgeHTML)");
  });

  it("flags an engine that lacks what the ES2022 bundle needs, whatever it calls itself", () => {
    const { root, boot, fire } = run(WEBVIEW2, ["Object.hasOwn"]);
    fire("DOMContentLoaded", null);
    expect(boot.legacy).toBe(true);
    expect(root.text()).toContain("navigateur intégré trop ancien");
  });

  it("leaves a modern webview alone", () => {
    const { root, boot, fire } = run(WEBVIEW2);
    fire("DOMContentLoaded", null);
    expect(boot.legacy).toBe(false);
    expect(root.text()).toBe("Chargement…");
  });

  it("records whether the Office.js script loaded or failed, through capture listeners", () => {
    const loaded = run(WEBVIEW2);
    expect(loaded.listeners.filter((l) => l.capture).map((l) => l.type)).toEqual(["load", "error"]);
    expect(loaded.boot.office).toBe("pending");
    loaded.fire("load", { id: "some-image" });
    expect(loaded.boot.office).toBe("pending");
    loaded.fire("load", { id: "office-js" });
    expect(loaded.boot.office).toBe("loaded");
    const failed = run(WEBVIEW2);
    failed.fire("error", { id: "office-js" });
    expect(failed.boot.office).toBe("failed");
  });
});

describe("the pages' Content-Security-Policy", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../webpack.config.js") as {
    contentSecurityPolicy(dev: boolean): string;
    OFFICE_JS_URL: string;
  };
  const directive = (csp: string, name: string): string[] =>
    (csp.split(";").find((d) => d.trim().startsWith(`${name} `)) ?? "").trim().split(/\s+/);

  it.each([false, true])(
    "lists Office.js's hosts for scripts and requests, never inline or eval (dev: %s)",
    (dev) => {
      const csp = config.contentSecurityPolicy(dev);
      const scripts = directive(csp, "script-src");
      expect(scripts).toEqual(
        expect.arrayContaining([
          "'self'",
          "https://appsforoffice.microsoft.com",
          "https://officeapis.public.onecdn.static.microsoft",
          "https://ajax.aspnetcdn.com",
        ]),
      );
      expect(scripts.join(" ")).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(directive(csp, "connect-src")).toEqual(
        expect.arrayContaining(["https://browser.pipe.aria.microsoft.com", ...scripts.slice(1)]),
      );
    },
  );

  it("loads the same Office.js URL as the loader expects", async () => {
    const { OFFICE_JS_URL } = await import("../../src/panes/common/officeCdn");
    expect(config.OFFICE_JS_URL).toBe(OFFICE_JS_URL);
  });
});
