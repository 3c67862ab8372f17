/**
 * Excel tables (« Mettre sous forme de tableau ») over cells the patcher extends: a table whose
 * last row or last column the new cells continue grows to cover them (its `ref`, its
 * autoFilter's `ref`), and each new header cell right of it becomes a `<tableColumn>`. The
 * rest of the table part stays byte for byte.
 */
import type { ZipPackage } from "./zipPackage";
import { cellAddress, parseCellAddress } from "../core/grid";
import { findEntry, relsPathOf, resolveTarget } from "./packageLayout";
import { RelationshipsPart } from "./packageParts";
import { escapeXmlAttr } from "./xmlEscape";
import {
  appendInside,
  applyEdits,
  attr,
  childrenNamed,
  firstChild,
  parseXmlTree,
  qualified,
  type TextEdit,
  type XmlElement,
} from "./xmlTree";
import { putPart } from "./zipParts";

export interface WrittenCell {
  readonly row: number;
  readonly col: number;
  readonly value: unknown;
}

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function parseRange(ref: string): Range | undefined {
  const [a, b = a] = ref.split(":");
  const p = parseCellAddress(a ?? "");
  const q = parseCellAddress(b ?? "");
  return p && q ? { top: p.row, left: p.col, bottom: q.row, right: q.col } : undefined;
}

function formatRange(r: Range): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

/** Edits the tables of the worksheet part `sheetPath` that `cells` continue. */
export async function extendTables(
  zip: ZipPackage,
  sheetPath: string,
  cells: readonly WrittenCell[],
): Promise<void> {
  const relsEntry = findEntry(zip, relsPathOf(sheetPath));
  if (!relsEntry || cells.length === 0) return;
  const rels = new RelationshipsPart(await relsEntry.text());
  for (const rel of rels.relationships) {
    if (rel.external || !rel.type.endsWith("/table")) continue;
    const entry = findEntry(zip, resolveTarget(sheetPath, rel.target));
    if (!entry) continue;
    const text = await entry.text();
    const updated = extendTable(text, cells);
    if (updated !== text) await putPart(zip, entry.name, updated);
  }
}

/** The table part's text extended over `cells`, or the same text when they do not continue it. */
export function extendTable(text: string, cells: readonly WrittenCell[]): string {
  const root = parseXmlTree(text);
  const range = parseRange(attr(root, "ref") ?? "");
  // A totals row sits below the data: growing past it needs more than a new ref; leave it.
  if (!range || Number(attr(root, "totalsRowCount") ?? "0") > 0) return text;
  const grown: Range = { ...range };
  const headers = new Map<number, string>();
  // New columns: header cells written just right of the table, one after the other.
  for (let col = range.right + 1; ; col++) {
    const header = cells.find((c) => c.row === range.top && c.col === col);
    if (!header || header.value === null || header.value === "") break;
    headers.set(col, String(header.value));
    grown.right = col;
  }
  // New rows: cells written below the table, inside its (grown) columns.
  for (const c of cells) {
    if (c.row > range.bottom && c.col >= grown.left && c.col <= grown.right && c.value !== null)
      grown.bottom = Math.max(grown.bottom, c.row);
  }
  if (grown.bottom === range.bottom && grown.right === range.right) return text;

  const edits: TextEdit[] = [];
  const setRef = (el: XmlElement, ref: string): void => {
    const a = el.attrs.get("ref");
    if (!a) return;
    const tag = text.slice(el.openStart, el.openEnd);
    const at = tag.search(/\sref\s*=\s*["']/);
    if (at < 0) return;
    const quote = tag.indexOf(a.value, at);
    edits.push({
      start: el.openStart + quote,
      end: el.openStart + quote + a.value.length,
      text: ref,
    });
  };
  const newRef = formatRange(grown);
  setRef(root, newRef);
  const filter = firstChild(root, "autoFilter");
  if (filter) setRef(filter, newRef);
  const columns = firstChild(root, "tableColumns");
  if (columns && headers.size > 0) {
    const existing = childrenNamed(columns, "tableColumn");
    const taken = new Set(existing.map((c) => (attr(c, "name") ?? "").toLocaleUpperCase("fr")));
    let id = Math.max(0, ...existing.map((c) => Number(attr(c, "id") ?? "0"))) + 1;
    const tag = qualified(existing[0] ?? columns, "tableColumn");
    const added: string[] = [];
    for (const name of headers.values()) {
      let unique = name;
      for (let n = 2; taken.has(unique.toLocaleUpperCase("fr")); n++) unique = `${name}${n}`;
      taken.add(unique.toLocaleUpperCase("fr"));
      added.push(`<${tag} id="${id++}" name="${escapeXmlAttr(unique)}"/>`);
    }
    edits.push(appendInside(text, columns, added.join("")));
    const count = columns.attrs.get("count");
    if (count) {
      const open = text.slice(columns.openStart, columns.openEnd);
      const at = open.search(/\scount\s*=\s*["']/);
      const v = open.indexOf(count.value, at);
      edits.push({
        start: columns.openStart + v,
        end: columns.openStart + v + count.value.length,
        text: String(existing.length + added.length),
      });
    }
  }
  return applyEdits(text, edits);
}
