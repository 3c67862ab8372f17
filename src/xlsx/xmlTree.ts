/**
 * A light, offset-aware XML tree for splicing package parts.
 *
 * We never re-serialise a part the user owns: we locate elements by their character offsets
 * and insert or replace text between them, so every byte we do not mean to change stays put.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { MAX_XML_DEPTH, XmlStreamError } from "./reader/xmlStream";

export interface XmlElement {
  /** Local name, without prefix. */
  readonly local: string;
  /** Prefix used in the source ("" when none), to write siblings the same way. */
  readonly prefix: string;
  readonly uri: string;
  /** Attributes by local name (namespace-less view; enough for package parts). */
  readonly attrs: ReadonlyMap<string, XmlAttribute>;
  /** Namespace bindings in scope (prefix → URI), "" for the default namespace. */
  readonly nsInScope: Readonly<Record<string, string>>;
  /** Offset of the `<` of the start tag. */
  readonly openStart: number;
  /** Offset just after the `>` of the start tag (equals closeEnd when self-closing). */
  openEnd: number;
  /** Offset of the `<` of the end tag (equals openStart when self-closing). */
  closeStart: number;
  /** Offset just after the end tag's `>`. */
  closeEnd: number;
  readonly selfClosing: boolean;
  /** Concatenated, decoded text directly inside the element. */
  text: string;
  readonly children: XmlElement[];
}

export interface XmlAttribute {
  readonly name: string;
  readonly local: string;
  readonly prefix: string;
  readonly uri: string;
  readonly value: string;
}

/**
 * Parses `text` into a tree whose offsets index into `text`; throws on malformed XML, and
 * XmlStreamError "too-deep" as soon as elements nest deeper than MAX_XML_DEPTH (saxes' cost
 * grows faster than the square of the depth: 40 000 levels took 97 s).
 */
export function parseXmlTree(text: string): XmlElement {
  // saxes rejects a byte-order mark; parse past it and keep offsets relative to `text`.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = shift ? text.slice(1) : text;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  parser.on("opentag", (tag: SaxesTagNS) => {
    const end = parser.position + shift;
    const start = text.lastIndexOf("<", end - 1);
    const attrs = new Map<string, XmlAttribute>();
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === "xmlns" || a.name === "xmlns") continue;
      attrs.set(a.local, {
        name: a.name,
        local: a.local,
        prefix: a.prefix,
        uri: a.uri,
        value: a.value,
      });
    }
    if (stack.length >= MAX_XML_DEPTH) throw new XmlStreamError("too-deep");
    const parent = stack[stack.length - 1];
    const el: XmlElement = {
      local: tag.local,
      prefix: tag.prefix,
      uri: tag.uri,
      attrs,
      nsInScope: collectNs(tag, parent),
      openStart: start,
      openEnd: end,
      closeStart: start,
      closeEnd: end,
      selfClosing: tag.isSelfClosing,
      text: "",
      children: [],
    };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("closetag", () => {
    const el = stack.pop();
    if (!el) return;
    const end = parser.position + shift;
    el.closeEnd = end;
    if (!el.selfClosing) el.closeStart = text.lastIndexOf("<", end - 1);
    else el.openEnd = end;
  });
  parser.on("text", (t: string) => {
    const el = stack[stack.length - 1];
    if (el) el.text += t;
  });
  parser.on("cdata", (t: string) => {
    const el = stack[stack.length - 1];
    if (el) el.text += t;
  });
  parser.write(source).close();
  if (!root) throw new Error("XML part without a root element");
  return root;
}

function collectNs(tag: SaxesTagNS, parent: XmlElement | undefined): Record<string, string> {
  const own = tag.ns ?? {};
  if (!parent) return { ...own };
  return Object.keys(own).length === 0 ? parent.nsInScope : { ...parent.nsInScope, ...own };
}

export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local);
}

export function firstChild(el: XmlElement, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local);
}

export function attr(el: XmlElement, local: string): string | undefined {
  return el.attrs.get(local)?.value;
}

/** The qualified name to write a new element next to `sibling` (same prefix). */
export function qualified(sibling: XmlElement, local: string): string {
  return sibling.prefix ? `${sibling.prefix}:${local}` : local;
}

/** One text edit: replace [start, end) with `text` (end = start to insert). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies non-overlapping edits. Edits at the same offset keep their given order, so callers
 * can queue several insertions at one point.
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const ordered = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.i - b.i)
    .map((x) => x.e);
  let out = "";
  let cursor = 0;
  for (const e of ordered) {
    if (e.start < cursor) throw new Error("overlapping XML edits");
    out += source.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + source.slice(cursor);
}

/**
 * Edit that makes `el` contain `inner` appended at its end; expands a self-closing element.
 */
export function appendInside(source: string, el: XmlElement, inner: string): TextEdit {
  if (!el.selfClosing) return { start: el.closeStart, end: el.closeStart, text: inner };
  const tag = source.slice(el.openStart, el.closeEnd).replace(/\s*\/>$/, ">");
  const name = el.prefix ? `${el.prefix}:${el.local}` : el.local;
  return { start: el.openStart, end: el.closeEnd, text: `${tag}${inner}</${name}>` };
}
