/**
 * French typography of everything the clause library and `spaser clauses` show (issue 12,
 * « Typography »): typographic apostrophe ’, a no-break space (U+00A0 or U+202F) before
 * « : ; ! ? % » and inside « guillemets ». Checked three ways, so that it stays so: every string
 * literal of the sources (cooked, escapes resolved), every template rendered with its
 * placeholders filled, and the CLI's output.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { runClausesCommand } from "../../src/cli/clausesCommand";
import { listTemplates } from "../../src/clauses/registry";
import { renderTemplate } from "../../src/clauses/render";
import { LEVERS } from "../../src/clauses/types";

const ROOT = join(__dirname, "..", "..");

/** The problems of a French text, as short descriptions (empty = typographic). */
export function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  const apostrophe = /[A-Za-zÀ-ÖØ-öø-ÿœŒ]'[A-Za-zÀ-ÖØ-öø-ÿœŒ]/.exec(text);
  if (apostrophe) problems.push(`apostrophe droite dans « ${apostrophe[0]} »`);
  const before = / [:;!?%»]/.exec(text);
  if (before) problems.push(`espace ordinaire avant « ${before[0].trim()} »`);
  if (/[^\s\u00a0\u202f]»/.test(text)) problems.push("pas d’espace avant « » »");
  if (/« /.test(text)) problems.push("espace ordinaire après « « »");
  if (/«[^\s\u00a0\u202f]/.test(text)) problems.push("pas d’espace après « « »");
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

/** The cooked text of every string literal and template part of a source file. */
function literals(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      !ts.isImportDeclaration(node.parent) &&
      !ts.isExportDeclaration(node.parent)
    )
      out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

// The lever values are keys shared with the Word pane and PRODUCT §9 (see LEVER_TEXT).
const KEYS = new Set<string>(LEVERS);

describe("source strings", () => {
  const files = [
    ...sourceFiles(join(ROOT, "src", "clauses")),
    join(ROOT, "src", "cli", "clausesCommand.ts"),
  ];
  test.each(files.map((f) => [f.slice(ROOT.length + 1), f] as const))("%s", (_, file) => {
    const bad = literals(file)
      .filter((text) => !KEYS.has(text))
      .flatMap((text) => typographyProblems(text).map((p) => `${p} : ${JSON.stringify(text)}`));
    expect(bad).toEqual([]);
  });
  test("the checker finds what it must", () => {
    expect(typographyProblems("l'article")).toHaveLength(1);
    expect(typographyProblems("Usage : a")).toHaveLength(1);
    expect(typographyProblems("5 %")).toHaveLength(1);
    expect(typographyProblems("« texte »")).not.toEqual([]);
    expect(typographyProblems("«\u00a0l’article\u00a0»\u00a0: 5\u202f%\u00a0; oui\u00a0!")).toEqual(
      [],
    );
  });
});

describe("templates, rendered", () => {
  test.each(listTemplates().map((t) => [t.id, t] as const))("%s", (_, t) => {
    const r = renderTemplate(t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const texts = [
      r.clause.title,
      ...r.clause.paragraphs,
      t.usage,
      ...t.vigilance,
      ...t.legalBasis,
      ...Object.values(t.parameters).flatMap((p) => [
        p.label,
        ...(p.kind === "number" && p.help ? [p.help] : []),
        ...(p.kind === "choice" ? p.options : []),
        typeof p.default === "string" ? p.default : "",
      ]),
    ];
    expect(texts.flatMap((x) => typographyProblems(x).map((p) => `${p} : ${x}`))).toEqual([]);
  });
});

describe("CLI output", () => {
  async function output(args: string[]): Promise<string> {
    const chunks: string[] = [];
    await runClausesCommand(args, {
      stdout: (x) => chunks.push(x),
      stderr: (x) => chunks.push(x),
      cwd: process.cwd(),
    });
    return chunks.join("");
  }
  test.each<string[]>([
    ["list"],
    ["help"],
    ["hours", "--montant", "1000000"],
    ["hours", "--montant", "1000", "--cout-horaire", "10"],
    ["render", "inconnue"],
    ["frobnicate"],
    [
      "check",
      "--clauses",
      "egalite-femmes-hommes",
      "--lancement",
      "2026-09-01",
      "--montant",
      "300000",
      "--nature",
      "services",
    ],
    [
      "check",
      "--clauses",
      "critere-approvisionnement-direct,note-exception-l2112-2-1",
      "--lancement",
      "2026-09-01",
      "--montant",
      "900000",
      "--nature",
      "services-sociaux",
      "--document",
      "RC",
    ],
    ["check", "absent.docx", "--lancement", "2026-09-01", "--montant", "1", "--nature", "services"],
    ...listTemplates().map((t) => ["show", t.id]),
  ])("%j", async (...args) => {
    const text = await output(args);
    // Column padding of `list` is alignment, not typography: compare the words only.
    const lines = text.split("\n").map((l) => l.replace(/ {2,}/g, "\u00a0"));
    expect(lines.flatMap((l) => typographyProblems(l).map((p) => `${p} : ${l}`))).toEqual([]);
  });
});
