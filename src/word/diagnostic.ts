/**
 * Self-test of the Word adapter in the document open in Word (« À propos › Diagnostic »): the
 * adapter's own operations on a scratch paragraph at the end of the document — list the
 * clauses, insert a clause in a content control, find it by its tag, round-trip its parameters
 * through the document settings, count its comments, delete it — each step reported ok or
 * failed with Word's error code. Track changes is suspended during the test (the scratch
 * clause must not stay as a tracked deletion) and restored; the scratch paragraph and its
 * settings entry are removed whatever happens: the document is left as it was.
 */
import { findTemplate } from "../clauses/registry";
import { diagnosticRun, type DiagnosticStep } from "../core/diagnosticSteps";
import { renderTemplate } from "../clauses/render";
import type { ClauseSettings } from "./clauseSettings";
import { formatClauseTag, newInstanceKey } from "./clauseTag";
import { findControl } from "./findControl";
import { listDocumentClauses } from "./listDocumentClauses";
import type { WordContext, WordParagraph } from "./wordApi";
import type { WordFeatures } from "./wordFeatures";
import { writeClause } from "./writeClause";

export type { DiagnosticStep } from "../core/diagnosticSteps";

export interface WordDiagnosticOptions {
  readonly settings: ClauseSettings;
  readonly features: WordFeatures;
  readonly builtInStyles: boolean;
  /** Injected by tests. */
  readonly instance?: string;
}

/** The clause inserted for the test: a short one with default parameters. */
const SCRATCH_CLAUSE = "emballages";

export async function runWordDiagnostic(
  context: WordContext,
  options: WordDiagnosticOptions,
): Promise<DiagnosticStep[]> {
  const { settings, features } = options;
  const { steps, step: run } = diagnosticRun(describe);

  const template = findTemplate(SCRATCH_CLAUSE);
  const rendered = template ? renderTemplate(template, {}) : undefined;
  const instance = options.instance ?? newInstanceKey();
  const tag = template
    ? formatClauseTag({ id: template.id, version: template.version, instance })
    : "";

  const listed = await run("Lecture des clauses du document", true, async () => {
    await listDocumentClauses(context, settings, features);
  });

  let trackingWas: string | undefined;
  const trackingOk = await run("Suivi des modifications (WordApi 1.4)", listed, async () => {
    if (!features.trackingMode) return;
    context.document.load("changeTrackingMode");
    await context.sync();
    trackingWas = context.document.changeTrackingMode;
    if (trackingWas !== "Off") {
      // Suspended for the test, restored at the end.
      context.document.changeTrackingMode = "Off";
      await context.sync();
    }
  });

  let paragraph: WordParagraph | undefined;
  const inserted = await run(
    "Insertion d’une clause d’essai (contrôle de contenu, étiquette, styles)",
    trackingOk,
    async () => {
      if (!rendered?.ok) return "clause d’essai absente de la bibliothèque";
      paragraph = context.document.body.insertParagraph("", "End");
      writeClause(paragraph.insertContentControl(), rendered.clause, tag, options.builtInStyles);
      await context.sync();
    },
  );
  await run("Recherche de la clause par son étiquette", inserted, async () => {
    if (!(await findControl(context, tag))) return "contrôle introuvable par son étiquette";
  });
  await run("Paramètres enregistrés dans le document (aller-retour)", inserted, async () => {
    if (!template || !rendered?.ok) return "clause d’essai absente de la bibliothèque";
    const entry = { id: template.id, version: template.version, values: rendered.clause.values };
    await settings.commit(instance, entry);
    await settings.refresh();
    const back = settings.get(instance);
    if (JSON.stringify(back) !== JSON.stringify(entry))
      return `paramètres relus différents : ${JSON.stringify(back)}`;
  });
  await run("Commentaires de la clause (WordApi 1.4)", inserted, async () => {
    if (!features.comments) return;
    const control = await findControl(context, tag);
    if (!control) return "contrôle introuvable par son étiquette";
    const comments = control.getComments();
    comments.load("items/id");
    await context.sync();
    const n = comments.items.length;
    if (n > 0) return n === 1 ? "un commentaire inattendu" : `${n} commentaires inattendus`;
  });
  // Always, as far as the test went: the document must be left as it was.
  await run("Suppression de la clause d’essai", true, async () => {
    const problems: string[] = [];
    if (paragraph) {
      paragraph.delete();
      await context.sync();
      if (await findControl(context, tag)) problems.push("le contrôle est toujours là");
    }
    if (settings.entries().has(instance)) await settings.commit(instance, null);
    if (trackingWas !== undefined && trackingWas !== "Off") {
      context.document.changeTrackingMode = trackingWas;
      await context.sync();
    }
    if (problems.length > 0) return problems.join(" ; ");
  });
  return steps;
}

function describe(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return error instanceof Error ? error.message : String(error);
}
