/**
 * `spaser clauses check` (issue 12, point 17), and the rules of the document check changed by
 * issue 12 (points 2, 3, 5, 11) exercised through it, on real .docx files read back.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runClausesCommand } from "../../src/cli/clausesCommand";
import { readDocxClauses } from "../../src/clauses/docxClauses";
import { findTemplate } from "../../src/clauses/registry";

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(args: string[], cwd: string): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runClausesCommand(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
  });
  return { code, out: out.join(""), err: err.join("") };
}

interface CheckJson {
  documentType: string;
  clauses: { id: string; version: number }[];
  findings: { rule: string; status: string; message: string }[];
  decp: { considerationsSociales: string[]; considerationsEnvironnementales: string[] };
  label: { ready: boolean };
}

async function checkJson(args: string[], cwd: string): Promise<CheckJson> {
  const r = await run(["check", ...args, "--json"], cwd);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as CheckJson;
}

const status = (j: CheckJson, rule: string): string | undefined =>
  j.findings.find((f) => f.rule === rule)?.status;

const AFTER = ["--lancement", "2026-09-01"];

/** A minimal .docx whose body holds block content controls with the given tags. */
async function docxWithTags(tags: readonly string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  const controls = tags
    .map(
      (tag) =>
        `<w:sdt><w:sdtPr><w:alias w:val="Clause"/><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Texte</w:t></w:r></w:p></w:sdtContent></w:sdt>`,
    )
    .join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${controls}<w:p><w:r><w:t>Fin</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "spaser-check-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("reading the clauses of a .docx", () => {
  test("the clauses written by `clauses export` are read back with their versions", async () => {
    const exp = await run(
      ["export", "--out", "ccap.docx", "clause-insertion", "condition-environnementale"],
      dir,
    );
    expect(exp.code).toBe(0);
    const j = await checkJson(
      ["ccap.docx", ...AFTER, "--montant", "300 000", "--nature", "services"],
      dir,
    );
    expect(j.documentType).toBe("CCAP");
    expect(j.clauses).toEqual([
      { id: "clause-insertion", version: findTemplate("clause-insertion")!.version },
      {
        id: "condition-environnementale",
        version: findTemplate("condition-environnementale")!.version,
      },
    ]);
    expect(status(j, "condition-sociale")).toBe("ok");
    expect(status(j, "condition-environnementale")).toBe("ok");
    expect(j.decp.considerationsSociales).toEqual(["Clause sociale"]);
  });

  test("the Word pane's tagged controls, an outdated version, foreign tags ignored", async () => {
    writeFileSync(
      join(dir, "pane-CCTP.docx"),
      await docxWithTags([
        "spaser:clause-insertion@1#k7f3q9zt",
        "autre:chose",
        "spaser:materiaux-biosources@1#a1",
      ]),
    );
    const j = await checkJson(
      ["pane-CCTP.docx", ...AFTER, "--montant", "100000", "--nature", "travaux"],
      dir,
    );
    expect(j.documentType).toBe("CCTP"); // from the file name
    expect(j.clauses.map((c) => c.id)).toEqual(["clause-insertion", "materiaux-biosources"]);
    expect(status(j, "version-clause")).toBe("a_verifier");
    expect(status(j, "specifications-techniques")).toBe("ok");
  });

  test("the inflated main part is bounded", async () => {
    const bytes = await docxWithTags(Array.from({ length: 50 }, (_, i) => `spaser:x@1#k${i}`));
    expect(await readDocxClauses(bytes)).toMatchObject({ ok: true });
    const big = new JSZip();
    big.file("word/document.xml", "<w:document>" + " ".repeat(200_000) + "</w:document>");
    const r = await readDocxClauses(
      await big.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
      {
        maxDocumentXmlChars: 100_000,
      },
    );
    expect(r).toMatchObject({ ok: false });
  });
});

describe("the rules changed by issue 12, through `clauses check --clauses`", () => {
  test("point 2: the direct-supply criterion alone is not the environmental criterion", async () => {
    const base = [...AFTER, "--montant", "300000", "--nature", "fournitures", "--document", "RC"];
    const alone = await checkJson(["--clauses", "critere-approvisionnement-direct", ...base], dir);
    expect(status(alone, "critere-environnemental")).toBe("manquant");
    expect(alone.findings.find((f) => f.rule === "critere-environnemental")?.message).toContain(
      "R2152-7",
    );
    const both = await checkJson(
      ["--clauses", "critere-approvisionnement-direct,critere-environnemental", ...base],
      dir,
    );
    expect(status(both, "critere-environnemental")).toBe("ok");
  });

  test("point 3: the gender-equality condition alone is not the social consideration", async () => {
    const base = [...AFTER, "--montant", "300000", "--nature", "services"];
    const alone = await checkJson(["--clauses", "egalite-femmes-hommes", ...base], dir);
    expect(status(alone, "condition-sociale")).toBe("manquant");
    const withInsertion = await checkJson(
      ["--clauses", "egalite-femmes-hommes,clause-insertion", ...base],
      dir,
    );
    expect(status(withInsertion, "condition-sociale")).toBe("ok");
  });

  test("point 5: social and specific services use the 750 000 € threshold", async () => {
    const below = await checkJson(
      [
        "--clauses",
        "condition-environnementale",
        ...AFTER,
        "--montant",
        "500000",
        "--nature",
        "services-sociaux",
      ],
      dir,
    );
    expect(status(below, "condition-sociale")).toBe("ok");
    const ordinary = await checkJson(
      [
        "--clauses",
        "condition-environnementale",
        ...AFTER,
        "--montant",
        "500000",
        "--nature",
        "services",
      ],
      dir,
    );
    expect(status(ordinary, "condition-sociale")).toBe("manquant");
    const above = await checkJson(
      [
        "--clauses",
        "condition-environnementale",
        ...AFTER,
        "--montant",
        "750000",
        "--nature",
        "services-sociaux",
      ],
      dir,
    );
    expect(status(above, "condition-sociale")).toBe("manquant");
  });

  test("point 11: the internal note in a document does not count; declared on file it does", async () => {
    const base = [...AFTER, "--montant", "300000", "--nature", "services"];
    const inDoc = await checkJson(["--clauses", "note-exception-l2112-2-1", ...base], dir);
    expect(status(inDoc, "condition-sociale")).toBe("manquant");
    expect(status(inDoc, "note-interne")).toBe("a_verifier");
    const onFile = await checkJson(
      ["--clauses", "condition-environnementale", ...base, "--note-exception"],
      dir,
    );
    expect(status(onFile, "condition-sociale")).toBe("ok");
    expect(status(onFile, "note-interne")).toBeUndefined();
  });
});

describe("output and exit codes", () => {
  test("prints the findings in French with a symbol and a word", async () => {
    const r = await run(
      [
        "check",
        "--clauses",
        "clause-insertion",
        ...AFTER,
        "--montant",
        "300000",
        "--nature",
        "travaux",
      ],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("Contrôle du jeu de clauses prévu\u00a0: CCAP, Travaux");
    expect(r.out).toMatch(/✗ manquant — CCP, art\. L2112-2\u00a0: /);
    expect(r.out).toContain("Label interne SPASER");
  });

  test.each<[string, string[]]>([
    ["no file nor --clauses", [...AFTER, "--montant", "1", "--nature", "services"]],
    [
      "both file and --clauses",
      [
        "a.docx",
        "--clauses",
        "clause-insertion",
        ...AFTER,
        "--montant",
        "1",
        "--nature",
        "services",
      ],
    ],
    [
      "missing launch date",
      ["--clauses", "clause-insertion", "--montant", "1", "--nature", "services"],
    ],
    [
      "invalid launch date",
      [
        "--clauses",
        "clause-insertion",
        "--lancement",
        "2026-02-30",
        "--montant",
        "1",
        "--nature",
        "services",
      ],
    ],
    [
      "invalid amount",
      ["--clauses", "clause-insertion", ...AFTER, "--montant", "beaucoup", "--nature", "services"],
    ],
    [
      "unknown nature",
      ["--clauses", "clause-insertion", ...AFTER, "--montant", "1", "--nature", "sociaux"],
    ],
    [
      "unknown document type",
      [
        "--clauses",
        "clause-insertion",
        ...AFTER,
        "--montant",
        "1",
        "--nature",
        "services",
        "--document",
        "AE",
      ],
    ],
    ["not a .docx name", ["notes.txt", ...AFTER, "--montant", "1", "--nature", "services"]],
  ])("usage error (%s) → exit 2", async (_, args) => {
    const r = await run(["check", ...args], dir);
    expect(r.code).toBe(2);
    expect(r.err.length).toBeGreaterThan(0);
  });

  test.each<[string, () => void]>([
    ["missing file", () => undefined],
    ["not a zip", () => writeFileSync(join(dir, "broken.docx"), "pas un zip")],
  ])("unreadable file (%s) → exit 1", async (name, setup) => {
    setup();
    const file = name === "missing file" ? "absent.docx" : "broken.docx";
    const r = await run(["check", file, ...AFTER, "--montant", "1", "--nature", "services"], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain(file);
    expect(r.out).toBe("");
  });
});
