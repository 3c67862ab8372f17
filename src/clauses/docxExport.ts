/**
 * .docx export of chosen clauses (CLI `clauses export` and the browser mode). Host-neutral:
 * Packer.toArrayBuffer works in Node and in browsers, and callers get a Uint8Array.
 * Text goes in as text runs only (never HTML or OOXML built from user input).
 */
import {
  Document,
  FileChild,
  HeadingLevel,
  Packer,
  Paragraph,
  StringValueElement,
  TextRun,
  XmlComponent,
} from "docx";
import { formatClauseTag, newInstanceKey } from "../word/clauseTag";
import type { ParameterError } from "./parameters";
import { renderTemplate } from "./render";
import { type ClauseTemplate, LEVER_TEXT } from "./types";

/** A chosen template whose parameters are invalid: the message lists every problem, in French. */
export class ClauseParametersError extends Error {
  constructor(
    readonly templateId: string,
    readonly errors: readonly ParameterError[],
  ) {
    super(`Clause «\u00a0${templateId}\u00a0»\u00a0: ${errors.map((e) => e.message).join(" ")}`);
    this.name = "ClauseParametersError";
  }
}

export const EXPORT_TITLE = "Clauses sociales et environnementales – SPASER du Département du Nord";

/** `w:sdtPr` with the control's title (alias) and tag. */
class ContentControlProperties extends XmlComponent {
  constructor(alias: string, tag: string) {
    super("w:sdtPr");
    this.root.push(new StringValueElement("w:alias", alias));
    this.root.push(new StringValueElement("w:tag", tag));
  }
}

class ContentControlContent extends XmlComponent {
  constructor(children: readonly Paragraph[]) {
    super("w:sdtContent");
    for (const child of children) this.root.push(child);
  }
}

/**
 * A block content control around a clause's title and text, tagged like the ones the Word pane
 * inserts (src/word/clauseTag.ts), so that `spaser clauses check` and the pane read the clauses
 * of an exported document back.
 */
class ClauseContentControl extends FileChild {
  constructor(title: string, tag: string, children: readonly Paragraph[]) {
    super("w:sdt");
    this.root.push(new ContentControlProperties(title, tag));
    this.root.push(new ContentControlContent(children));
  }
}

function clauseParagraphs(
  template: ClauseTemplate,
  params: Readonly<Record<string, unknown>>,
): FileChild[] {
  const rendered = renderTemplate(template, params);
  if (!rendered.ok) throw new ClauseParametersError(template.id, rendered.errors);
  const { clause } = rendered;
  const meta = (label: string, value: string): Paragraph =>
    new Paragraph({
      children: [new TextRun({ text: `${label}\u00a0: `, bold: true }), new TextRun(value)],
    });
  const tag = formatClauseTag({
    id: template.id,
    version: template.version,
    instance: newInstanceKey(),
  });
  return [
    new ClauseContentControl(clause.title, tag, [
      new Paragraph({ text: clause.title, heading: HeadingLevel.HEADING_2 }),
      ...clause.paragraphs.map((text) => new Paragraph({ text, spacing: { after: 120 } })),
    ]),
    meta("Fondement juridique", clause.legalBasis.join("\u00a0; ")),
    meta(
      "Documents",
      `${template.documents.length > 0 ? template.documents.join(", ") : "note interne, à ne pas publier"} – levier\u00a0: ${LEVER_TEXT[template.lever]} – données essentielles\u00a0: ${template.decp}`,
    ),
  ];
}

/**
 * One document with, for every template in the given order, its title, legal basis and text.
 * `params` maps a template id to its parameter input (defaults otherwise).
 * Rejects with ClauseParametersError when a template's parameters are invalid.
 */
export async function exportClausesDocx(
  templates: readonly ClauseTemplate[],
  params: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {},
): Promise<Uint8Array> {
  const children = [
    new Paragraph({ text: EXPORT_TITLE, heading: HeadingLevel.HEADING_1 }),
    ...templates.flatMap((t) => clauseParagraphs(t, params[t.id] ?? {})),
  ];
  const doc = new Document({
    creator: "Complément SPASER Nord",
    title: EXPORT_TITLE,
    // French proofing language, so Word checks the clauses' spelling in French.
    styles: {
      default: {
        document: { run: { language: { value: "fr-FR" } } },
        heading2: { paragraph: { spacing: { before: 240, after: 60 } } },
      },
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
