/**
 * Appends the entries our sheets need to an existing styles.xml without renumbering or
 * changing anything already there: existing cells keep their `s=` indices and their look.
 */
import type { CellStyle } from "../core/sheetPlan";
import {
  borderXml,
  builtinNumberFormatId,
  fillXml,
  fontXml,
  numFmtXml,
  xfXml,
  type FontDefaults,
} from "./styleEntries";
import { escapeXmlAttr } from "./xmlEscape";
import {
  applyEdits,
  attr,
  firstChild,
  parseXmlTree,
  type TextEdit,
  type XmlElement,
} from "./xmlTree";

type Collection = "numFmts" | "fonts" | "fills" | "borders" | "cellStyleXfs" | "cellXfs";

/** Children order of CT_Stylesheet: new collections must be inserted in this order. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

const EDITED: readonly Collection[] = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
];

/** What a missing collection must start with so that index 0 (and fill 1) mean what Excel expects. */
function defaultsFor(c: Collection, p: string, fontName: string): string[] {
  switch (c) {
    case "numFmts":
      return [];
    case "fonts":
      return [
        `<${p}font><${p}sz val="11"/><${p}name val="${escapeXmlAttr(fontName)}"/></${p}font>`,
      ];
    case "fills":
      return [
        `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
        `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
      ];
    case "borders":
      return [
        `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`,
      ];
    case "cellStyleXfs":
      return [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`];
    case "cellXfs":
      return [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`];
  }
}

export class StylesEditor {
  private readonly root: XmlElement;
  private readonly prefix: string;
  private readonly elements = new Map<Collection, XmlElement>();
  private readonly existing = new Map<Collection, string[]>();
  private readonly added = new Map<Collection, string[]>();
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId = 164;
  private readonly fontDefaults: FontDefaults;
  private readonly xfCache = new Map<string, number>();

  constructor(private readonly text: string) {
    this.root = parseXmlTree(text);
    this.prefix = this.root.prefix ? `${this.root.prefix}:` : "";
    for (const c of EDITED) {
      const el = firstChild(this.root, c);
      if (el) this.elements.set(c, el);
      this.existing.set(
        c,
        el ? el.children.map((ch) => text.slice(ch.openStart, ch.closeEnd)) : [],
      );
      this.added.set(c, []);
    }
    for (const nf of this.elements.get("numFmts")?.children ?? []) {
      const id = Number(attr(nf, "numFmtId"));
      const code = attr(nf, "formatCode");
      if (!Number.isInteger(id)) continue;
      if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
      this.nextNumFmtId = Math.max(this.nextNumFmtId, id + 1);
    }
    const font0 = this.elements.get("fonts")?.children[0];
    const name = font0 ? firstChild(font0, "name") : undefined;
    this.fontDefaults = { name: (name && attr(name, "val")) || "Calibri" };
    for (const c of EDITED) {
      if (!this.elements.has(c))
        this.added.set(c, defaultsFor(c, this.prefix, this.fontDefaults.name));
    }
  }

  /** Index into cellXfs for a cell with this style and number format; undefined = default. */
  xfIndex(style: CellStyle | undefined, numberFormat: string | undefined): number | undefined {
    if (!style && !numberFormat) return undefined;
    const key = JSON.stringify([style ?? null, numberFormat ?? null]);
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const p = this.prefix;
    const index = this.entry(
      "cellXfs",
      xfXml(
        {
          numFmtId: numberFormat ? this.numFmtId(numberFormat) : 0,
          fontId: style ? this.entry("fonts", fontXml(style, this.fontDefaults, p)) : 0,
          fillId: style?.fill ? this.entry("fills", fillXml(style.fill, p)) : 0,
          borderId: style?.border ? this.entry("borders", borderXml(style.border, p)) : 0,
          align: style?.align,
          wrap: style?.wrap,
        },
        p,
      ),
    );
    this.xfCache.set(key, index);
    return index;
  }

  /** Number format id of a cellXfs entry (0, General, when the entry or the attribute is absent). */
  numberFormatIdOf(xf: number | undefined): number {
    const xml = xf === undefined ? undefined : this.cellXf(xf);
    const id = xml === undefined ? undefined : /\snumFmtId=(["'])(\d+)\1/.exec(openTagOf(xml))?.[2];
    return id === undefined ? 0 : Number(id);
  }

  /** Code of a number format id declared in this part; undefined for a built-in id. */
  numberFormatCode(id: number): string | undefined {
    for (const [code, known] of this.numFmtIds) if (known === id) return code;
    return undefined;
  }

  /**
   * Index of a cellXfs entry that looks like `base` (font, fill, border, alignment kept) but
   * shows numbers with `code`: patching a date into a styled cell keeps the cell's look.
   */
  xfWithNumberFormat(base: number | undefined, code: string): number {
    const source = (base === undefined ? undefined : this.cellXf(base)) ?? this.cellXf(0);
    const id = this.numFmtId(code);
    if (source === undefined) {
      return this.entry(
        "cellXfs",
        xfXml({ numFmtId: id, fontId: 0, fillId: 0, borderId: 0 }, this.prefix),
      );
    }
    const open = openTagOf(source);
    let tag = setAttribute(open, "numFmtId", String(id));
    tag = setAttribute(tag, "applyNumberFormat", "1");
    return this.entry("cellXfs", tag + source.slice(open.length));
  }

  private cellXf(index: number): string | undefined {
    const existing = this.existing.get("cellXfs")!;
    return index < existing.length
      ? existing[index]
      : this.added.get("cellXfs")![index - existing.length];
  }

  private numFmtId(code: string): number {
    const builtin = builtinNumberFormatId(code);
    if (builtin !== undefined) return builtin;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmtId++;
    this.numFmtIds.set(code, id);
    this.added.get("numFmts")!.push(numFmtXml(id, code, this.prefix));
    return id;
  }

  /** Index of an entry with exactly this XML, appending it when absent. */
  private entry(c: Collection, xml: string): number {
    const existing = this.existing.get(c)!;
    const found = existing.indexOf(xml);
    if (found >= 0) return found;
    const added = this.added.get(c)!;
    const i = added.indexOf(xml);
    if (i >= 0) return existing.length + i;
    added.push(xml);
    return existing.length + added.length - 1;
  }

  /** The styles part with our entries appended; the input itself when nothing was needed. */
  render(): string {
    const edits: TextEdit[] = [];
    for (const c of EDITED) {
      const added = this.added.get(c)!;
      if (added.length === 0) continue;
      const count = this.existing.get(c)!.length + added.length;
      const el = this.elements.get(c);
      const name = `${this.prefix}${c}`;
      if (!el) {
        edits.push({
          start: this.insertionPoint(c),
          end: this.insertionPoint(c),
          text: `<${name} count="${count}">${added.join("")}</${name}>`,
        });
        continue;
      }
      const openTag = this.text.slice(el.openStart, el.openEnd);
      const withCount = setCount(openTag.replace(/\s*\/>$/, ">"), count);
      if (el.selfClosing) {
        edits.push({
          start: el.openStart,
          end: el.closeEnd,
          text: `${withCount}${added.join("")}</${name}>`,
        });
      } else {
        edits.push({ start: el.openStart, end: el.openEnd, text: withCount });
        edits.push({ start: el.closeStart, end: el.closeStart, text: added.join("") });
      }
    }
    return edits.length === 0 ? this.text : applyEdits(this.text, edits);
  }

  private insertionPoint(c: Collection): number {
    let point = this.root.openEnd;
    for (const name of ORDER) {
      if (name === c) break;
      const el = firstChild(this.root, name);
      if (el) point = el.closeEnd;
    }
    return point;
  }
}

function setCount(openTag: string, count: number): string {
  return /\scount=(["'])[^"']*\1/.test(openTag)
    ? openTag.replace(/\scount=(["'])[^"']*\1/, ` count="${count}"`)
    : openTag;
}

function openTagOf(xml: string): string {
  return /^<[^>]*>/.exec(xml)?.[0] ?? xml;
}

/** Sets (or adds) an attribute on a start tag, keeping the rest of the tag as written. */
function setAttribute(openTag: string, name: string, value: string): string {
  const re = new RegExp(`\\s${name}=(["'])[^"']*\\1`);
  if (re.test(openTag)) return openTag.replace(re, ` ${name}="${value}"`);
  return openTag.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
}
