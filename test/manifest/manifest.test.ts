import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";

const ROOT = join(__dirname, "..", "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");

interface Element {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly path: readonly string[];
  text: string;
}

/** Every element of the manifest with its attributes, ancestors and text. */
function parse(source: string): Element[] {
  const parser = new SaxesParser();
  const stack: Element[] = [];
  const all: Element[] = [];
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = String(v);
    const el: Element = { name: tag.name, attributes, path: stack.map((e) => e.name), text: "" };
    stack.push(el);
    all.push(el);
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(source).close();
  return all;
}

const elements = parse(xml);

/** Which resource list a `resid` must be found in, by the element that refers to it. */
function expectedKind(el: Element): string {
  if (el.name === "bt:Image") return "bt:Images";
  if (el.name === "SourceLocation" || el.name === "LearnMoreUrl" || el.name === "FunctionFile")
    return "bt:Urls";
  if (el.name === "Description") return "bt:LongStrings";
  return "bt:ShortStrings"; // Label, Title
}

describe("manifest.xml", () => {
  const resources = new Map<string, string>();
  for (const el of elements) {
    const list = el.path[el.path.length - 1];
    if (
      el.attributes.id &&
      list &&
      ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"].includes(list)
    ) {
      resources.set(el.attributes.id, list);
    }
  }

  it("resolves every resid to a resource of the right kind", () => {
    const refs = elements.filter((e) => e.attributes.resid !== undefined);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      expect({ resid: ref.attributes.resid, kind: resources.get(ref.attributes.resid!) }).toEqual({
        resid: ref.attributes.resid,
        kind: expectedKind(ref),
      });
    }
  });

  it("uses https for every URL", () => {
    const urls = [
      ...elements
        .map((e) => e.attributes.DefaultValue)
        .filter((v): v is string => !!v && /^[a-z]+:/i.test(v)),
      ...elements.filter((e) => e.name === "AppDomain").map((e) => e.text.trim()),
    ];
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("points to icon files that exist in assets/", () => {
    const icons = elements
      .filter((e) => e.name === "bt:Image" && e.attributes.DefaultValue)
      .map((e) => e.attributes.DefaultValue!)
      .concat(
        elements.filter((e) => /IconUrl$/.test(e.name)).map((e) => e.attributes.DefaultValue!),
      );
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const url of icons) {
      const file = new URL(url).pathname.replace(/^\//, "");
      expect(existsSync(join(ROOT, file))).toBe(true);
    }
    for (const size of [16, 32, 64, 80, 128])
      expect(existsSync(join(ROOT, "assets", `icon-${size}.png`))).toBe(true);
  });

  it("asks for ReadWriteDocument only, with no API set in the base requirements", () => {
    expect(elements.filter((e) => e.name === "Permissions").map((e) => e.text.trim())).toEqual([
      "ReadWriteDocument",
    ]);
    const topLevelSets = elements.filter(
      (e) => e.name === "Set" && !e.path.includes("VersionOverrides"),
    );
    expect(topLevelSets.map((e) => e.attributes.Name)).toEqual([]);
  });

  it("declares Excel and Word, each with its own task pane button on the Home tab", () => {
    const hosts = elements
      .filter((e) => e.name === "Host" && e.path.length === 2)
      .map((e) => e.attributes.Name);
    expect(hosts).toEqual(["Workbook", "Document"]);
    const overrides = elements.filter(
      (e) => e.name === "Host" && e.path.includes("VersionOverrides"),
    );
    expect(overrides.map((e) => e.attributes["xsi:type"])).toEqual(["Workbook", "Document"]);
    const panes = elements
      .filter((e) => e.name === "SourceLocation" && e.path.includes("Action"))
      .map((e) => e.attributes.resid);
    expect(panes).toEqual(["Excel.Pane.Url", "Word.Pane.Url"]);
    expect(elements.filter((e) => e.name === "OfficeTab").map((e) => e.attributes.id)).toEqual([
      "TabHome",
      "TabHome",
    ]);
    const urlOf = (id: string): string | undefined =>
      elements.find((e) => e.attributes.id === id)?.attributes.DefaultValue;
    expect(urlOf("Excel.Pane.Url")).toMatch(/\/excel\.html$/);
    expect(urlOf("Word.Pane.Url")).toMatch(/\/word\.html$/);
    const defaultPage = elements.find(
      (e) => e.name === "SourceLocation" && e.path.includes("DefaultSettings"),
    );
    expect(defaultPage?.attributes.DefaultValue).toMatch(/\/index\.html$/);
  });

  it("speaks French", () => {
    expect(elements.find((e) => e.name === "DefaultLocale")?.text).toBe("fr-FR");
    const strings = elements.filter(
      (e) => e.path.includes("bt:ShortStrings") || e.path.includes("bt:LongStrings"),
    );
    expect(strings.some((e) => /Pilotage SPASER/.test(e.attributes.DefaultValue ?? ""))).toBe(true);
  });
});

describe("webpack's manifest rewriting", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpackConfig = require("../../webpack.config.js") as {
    rewriteManifest(xml: string, origin: string | undefined): string;
    contentSecurityPolicy(dev: boolean): string;
  };

  it("moves every URL to the production origin", () => {
    const out = webpackConfig.rewriteManifest(xml, "https://spaser.lenord.fr/");
    expect(out).not.toContain("localhost");
    const before = (xml.match(/https:\/\/localhost:3000/g) ?? []).length;
    expect((out.match(/https:\/\/spaser\.lenord\.fr/g) ?? []).length).toBe(before);
  });

  it("keeps the development origin by default and refuses an origin that is not https", () => {
    expect(webpackConfig.rewriteManifest(xml, undefined)).toBe(xml);
    expect(() => webpackConfig.rewriteManifest(xml, "http://spaser.lenord.fr")).toThrow(/https/);
    expect(() => webpackConfig.rewriteManifest(xml, "https://spaser.lenord.fr/volet")).toThrow(
      /origine/,
    );
  });

  it("builds a CSP without inline or eval scripts", () => {
    for (const dev of [false, true]) {
      const csp = webpackConfig.contentSecurityPolicy(dev);
      const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc).toContain("https://appsforoffice.microsoft.com");
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
      expect(csp).toMatch(/object-src 'none'/);
    }
  });
});
