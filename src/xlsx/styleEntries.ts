/**
 * The styles.xml entries a plan cell needs (font, fill, border, number format, alignment),
 * written in one canonical form so that an entry we appended earlier is recognised by its
 * exact text and reused instead of appended again (idempotent rewrites).
 */
import type { CellStyle } from "../core/sheetPlan";
import { escapeXmlAttr } from "./xmlEscape";

/** Built-in number formats every spreadsheet application knows by id. */
const BUILTIN_NUMBER_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

export function builtinNumberFormatId(code: string): number | undefined {
  return BUILTIN_NUMBER_FORMATS[code];
}

/** "#1f4e79" or "1F4E79" → "FF1F4E79" (opaque ARGB, as styles.xml wants). */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`Invalid colour in a sheet plan: ${color}`);
  return `FF${hex}`;
}

export interface FontDefaults {
  readonly name: string;
}

/** `p` is the namespace prefix of the styles part ("" or "x:"). */
export function fontXml(style: CellStyle, defaults: FontDefaults, p: string): string {
  const parts = [
    style.bold ? `<${p}b/>` : "",
    style.italic ? `<${p}i/>` : "",
    style.underline ? `<${p}u/>` : "",
    `<${p}sz val="${style.size ?? 11}"/>`,
    style.color ? `<${p}color rgb="${argb(style.color)}"/>` : "",
    `<${p}name val="${escapeXmlAttr(defaults.name)}"/>`,
  ];
  return `<${p}font>${parts.join("")}</${p}font>`;
}

export function fillXml(color: string, p: string): string {
  return (
    `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(color)}"/>` +
    `<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
  );
}

export function borderXml(color: string, p: string): string {
  const side = (name: string): string =>
    `<${p}${name} style="thin"><${p}color rgb="${argb(color)}"/></${p}${name}>`;
  return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
}

export function numFmtXml(id: number, code: string, p: string): string {
  return `<${p}numFmt numFmtId="${id}" formatCode="${escapeXmlAttr(code)}"/>`;
}

export interface XfParts {
  readonly numFmtId: number;
  readonly fontId: number;
  readonly fillId: number;
  readonly borderId: number;
  readonly align?: CellStyle["align"];
  readonly wrap?: boolean;
}

export function xfXml(x: XfParts, p: string): string {
  const alignAttrs = (x.align ? ` horizontal="${x.align}"` : "") + (x.wrap ? ` wrapText="1"` : "");
  const applies =
    (x.numFmtId !== 0 ? ` applyNumberFormat="1"` : "") +
    (x.fontId !== 0 ? ` applyFont="1"` : "") +
    (x.fillId !== 0 ? ` applyFill="1"` : "") +
    (x.borderId !== 0 ? ` applyBorder="1"` : "") +
    (alignAttrs ? ` applyAlignment="1"` : "");
  const head = `<${p}xf numFmtId="${x.numFmtId}" fontId="${x.fontId}" fillId="${x.fillId}" borderId="${x.borderId}" xfId="0"${applies}`;
  return alignAttrs ? `${head}><${p}alignment${alignAttrs}/></${p}xf>` : `${head}/>`;
}

/** A styles part with only the mandatory defaults, for packages that have none. */
export const MINIMAL_STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0"/>` +
  `</styleSheet>`;
