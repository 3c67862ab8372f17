/**
 * French typography of what the DECP import and the CLI say (issue 8 item 6): typographic
 * apostrophe ’, a no-break space (U+00A0 or U+202F) before « : ; ! ? % » and inside « … ».
 * Every string literal of these files is checked, so that a new message cannot slip back.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
/** Files of src/decp owned by the package-reader work (issue 8): checked there, not here. */
const ELSEWHERE = new Set(["xlsxRows.ts", "registerSheet.ts"]);

const FILES = [
  ...fs
    .readdirSync(path.join(ROOT, "src", "decp"))
    .filter((f) => f.endsWith(".ts") && !ELSEWHERE.has(f))
    .map((f) => path.join("src", "decp", f)),
  ...[
    "decpCommand.ts",
    "refreshCommand.ts",
    "templateCommand.ts",
    "fileOutput.ts",
    "atomicWrite.ts",
    "io.ts",
    "paths.ts",
    "argsError.ts",
    "main.ts",
  ].map((f) => path.join("src", "cli", f)),
];

/**
 * Values of the official DECP nomenclature, written exactly as the schema spells them (with a
 * straight apostrophe): they are data compared and written as is, not sentences of ours.
 */
const NOMENCLATURE_FILE = path.join("src", "decp", "decpEnums.ts");

interface Literal {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

function literals(file: string): Literal[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(path.join(ROOT, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const out: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push({ file, line, text: node.text });
    }
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

/** The typographic faults of one piece of text. */
export function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  if (/\p{L}'\p{L}/u.test(text)) faults.push("apostrophe droite (’ attendue)");
  if (/ [:;!?»%]/.test(text))
    faults.push("espace ordinaire avant « : ; ! ? » % » (insécable attendue)");
  if (/« /.test(text)) faults.push("espace ordinaire après « (insécable attendue)");
  return faults;
}

describe("French typography of DECP and CLI messages", () => {
  test("the checker finds each fault and accepts correct text", () => {
    expect(typographyFaults("l'acheteur")).toHaveLength(1);
    expect(typographyFaults("Usage : x")).toHaveLength(1);
    expect(typographyFaults("« x\u00a0»")).toHaveLength(1);
    expect(typographyFaults("5 %")).toHaveLength(1);
    expect(typographyFaults("«\u00a0l’acheteur\u00a0»\u00a0: 5\u202f%\u00a0; ok\u00a0?")).toEqual(
      [],
    );
  });

  test.each(FILES)("%s", (file) => {
    const faults = literals(file)
      .filter((l) => file !== NOMENCLATURE_FILE || !/\p{L}'\p{L}/u.test(l.text))
      .flatMap((l) => typographyFaults(l.text).map((f) => `${l.file}:${l.line} ${f} — ${l.text}`));
    expect(faults).toEqual([]);
  });
});
