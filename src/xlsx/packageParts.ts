/**
 * Edits of the package's bookkeeping parts (relationships, content types), by appending to
 * their text: existing entries stay exactly as they were.
 */
import {
  appendInside,
  applyEdits,
  attr,
  childrenNamed,
  parseXmlTree,
  qualified,
  type TextEdit,
  type XmlElement,
} from "./xmlTree";
import { escapeXmlAttr } from "./xmlEscape";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  readonly element?: XmlElement;
}

/** Edit deleting an element (and nothing around it). */
function removal(el: XmlElement): TextEdit {
  return { start: el.openStart, end: el.closeEnd, text: "" };
}

export class RelationshipsPart {
  private readonly root: XmlElement;
  readonly relationships: Relationship[];
  private readonly added: string[] = [];
  private readonly removed: TextEdit[] = [];

  constructor(private readonly text: string) {
    this.root = parseXmlTree(text);
    this.relationships = childrenNamed(this.root, "Relationship").map((r) => ({
      id: attr(r, "Id") ?? "",
      type: attr(r, "Type") ?? "",
      target: attr(r, "Target") ?? "",
      external: attr(r, "TargetMode") === "External",
      element: r,
    }));
  }

  /** Removes an existing relationship (only for parts we delete). */
  remove(id: string): void {
    const i = this.relationships.findIndex((r) => r.id === id);
    if (i < 0) return;
    const el = this.relationships[i]!.element;
    if (el) this.removed.push(removal(el));
    this.relationships.splice(i, 1);
  }

  byId(id: string): Relationship | undefined {
    return this.relationships.find((r) => r.id === id);
  }

  byTypeSuffix(suffix: string): Relationship | undefined {
    return this.relationships.find((r) => r.type.endsWith(suffix));
  }

  /** Adds a relationship under a free "rIdN" and returns that id. */
  add(type: string, target: string): string {
    let n = 1;
    for (const r of this.relationships) {
      const m = /^rId(\d+)$/.exec(r.id);
      if (m) n = Math.max(n, Number(m[1]) + 1);
    }
    while (this.byId(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.relationships.push({ id, type, target, external: false });
    const el = qualified(this.root, "Relationship");
    this.added.push(
      `<${el} Id="${id}" Type="${escapeXmlAttr(type)}" Target="${escapeXmlAttr(target)}"/>`,
    );
    return id;
  }

  render(): string {
    const edits = [...this.removed];
    if (this.added.length > 0) edits.push(appendInside(this.text, this.root, this.added.join("")));
    return edits.length === 0 ? this.text : applyEdits(this.text, edits);
  }
}

export class ContentTypesPart {
  private readonly root: XmlElement;
  private readonly overrides: Set<string>;
  private readonly added: string[] = [];
  private readonly removed: TextEdit[] = [];

  constructor(private readonly text: string) {
    this.root = parseXmlTree(text);
    this.overrides = new Set(
      childrenNamed(this.root, "Override").map((o) => (attr(o, "PartName") ?? "").toLowerCase()),
    );
  }

  /** Drops the Override of a part we delete. */
  removeOverride(partPath: string): void {
    const name = `/${partPath}`.toLowerCase();
    const el = childrenNamed(this.root, "Override").find(
      (o) => (attr(o, "PartName") ?? "").toLowerCase() === name,
    );
    if (el) this.removed.push(removal(el));
    this.overrides.delete(name);
  }

  /** Declares `partPath` (zip entry name) with its content type, unless already declared. */
  override(partPath: string, contentType: string): void {
    const partName = `/${partPath}`;
    if (this.overrides.has(partName.toLowerCase())) return;
    this.overrides.add(partName.toLowerCase());
    const el = qualified(this.root, "Override");
    this.added.push(
      `<${el} PartName="${escapeXmlAttr(partName)}" ContentType="${escapeXmlAttr(contentType)}"/>`,
    );
  }

  render(): string {
    const edits = [...this.removed];
    if (this.added.length > 0) edits.push(appendInside(this.text, this.root, this.added.join("")));
    return edits.length === 0 ? this.text : applyEdits(this.text, edits);
  }
}
