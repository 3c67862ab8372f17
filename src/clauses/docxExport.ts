/**
 * .docx export of chosen clauses (CLI `clauses export` and the browser mode). Host-neutral:
 * Packer.toArrayBuffer works in Node and in browsers, and callers get a Uint8Array.
 * Text goes in as text runs only (never HTML or OOXML built from user input).
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { ParameterError } from "./parameters";
import { renderTemplate } from "./render";
import type { ClauseTemplate } from "./types";

/** A chosen template whose parameters are invalid: the message lists every problem, in French. */
export class ClauseParametersError extends Error {
  constructor(
    readonly templateId: string,
    readonly errors: readonly ParameterError[],
  ) {
    super(`Clause « ${templateId} » : ${errors.map((e) => e.message).join(" ")}`);
    this.name = "ClauseParametersError";
  }
}

export const EXPORT_TITLE = "Clauses sociales et environnementales – SPASER du Département du Nord";

function clauseParagraphs(
  template: ClauseTemplate,
  params: Readonly<Record<string, unknown>>,
): Paragraph[] {
  const rendered = renderTemplate(template, params);
  if (!rendered.ok) throw new ClauseParametersError(template.id, rendered.errors);
  const { clause } = rendered;
  const meta = (label: string, value: string): Paragraph =>
    new Paragraph({
      children: [new TextRun({ text: `${label} : `, bold: true }), new TextRun(value)],
    });
  return [
    new Paragraph({ text: clause.title, heading: HeadingLevel.HEADING_2 }),
    meta("Fondement juridique", clause.legalBasis.join(" ; ")),
    meta(
      "Documents",
      `${template.documents.join(", ")} – levier : ${template.lever} – données essentielles : ${template.decp}`,
    ),
    ...clause.paragraphs.map((text) => new Paragraph({ text, spacing: { after: 120 } })),
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
