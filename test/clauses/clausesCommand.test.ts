import { mkdirSync, mkdtempSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runClausesCommand } from "../../src/cli/clausesCommand";
import type { CliIo } from "../../src/cli/io";
import { listTemplates } from "../../src/clauses/registry";
import { docxText } from "./docxText";

interface Captured {
  io: CliIo;
  out: () => string;
  err: () => string;
}

function fakeIo(cwd = process.cwd()): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

async function run(
  args: string[],
  cwd?: string,
): Promise<{ code: number; out: string; err: string }> {
  const c = fakeIo(cwd);
  const code = await runClausesCommand(args, c.io);
  return { code, out: c.out(), err: c.err() };
}

describe("spaser clauses list", () => {
  it("--json prints every template with the required fields", async () => {
    const { code, out, err } = await run(["list", "--json"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows).toHaveLength(listTemplates().length);
    for (const row of rows)
      for (const key of ["id", "version", "title", "category", "lever", "documents", "decp"])
        expect(row).toHaveProperty(key);
    // Issue 12: every template whose text changed shows its new version.
    const versions = Object.fromEntries(rows.map((r) => [r["id"], r["version"]]));
    expect(versions).toMatchObject({
      "clause-insertion": 2,
      "reserve-ess": 2,
      "reserve-ea-esat": 2,
      "decouverte-metiers": 2,
      "egalite-femmes-hommes": 2,
      accessibilite: 2,
      "commerce-equitable": 2,
      "note-exception-l2112-2-1": 2,
      "critere-approvisionnement-direct": 2,
      "numerique-reprise": 2,
      "alimentation-durable-egalim": 2,
      "numerique-reconditionne-reparable": 2,
    });
    expect(rows.find((r) => r["id"] === "accessibilite")).toMatchObject({
      decp: "Pas de considération sociale",
    });
    expect(rows[0]).toMatchObject({
      id: "clause-insertion",
      category: "sociale",
      decp: "Clause sociale",
      documents: ["CCAP"],
    });
  });

  it("prints a readable list otherwise", async () => {
    const { code, out } = await run(["list"]);
    expect(code).toBe(0);
    expect(out).toContain("clause-insertion@2");
    expect(out).toContain(`${listTemplates().length} modèles.`);
  });
});

describe("spaser clauses show / render", () => {
  it("show prints metadata, parameters and the default text", async () => {
    const { code, out } = await run(["show", "clause-insertion"]);
    expect(code).toBe(0);
    expect(out).toContain("Identifiant\u00a0: clause-insertion (version 2)");
    expect(out).toContain(
      "taux — Taux d’insertion\u00a0: taux de 1\u00a0% à 30\u00a0%, par défaut 5\u00a0%",
    );
    expect(out).toContain("833\u00a0heures");
  });

  it("render applies --set values, with a decimal comma or a percent sign", async () => {
    const { code, out } = await run([
      "render",
      "clause-insertion",
      "--set",
      "montant=2000000",
      "--set",
      "partMainOeuvre=0,7",
      "--set",
      "taux=10 %",
      "--set",
      "coutHoraire=35",
    ]);
    expect(code).toBe(0);
    expect(out).toContain("fixé à 4\u00a0000\u00a0heures.");
  });

  it("render --json returns the rendered clause and its values", async () => {
    const { code, out } = await run([
      "render",
      "critere-environnemental",
      "--set",
      "ponderation=0.2",
      "--json",
    ]);
    expect(code).toBe(0);
    const clause = JSON.parse(out) as { values: { ponderation: number }; paragraphs: string[] };
    expect(clause.values.ponderation).toBe(0.2);
    expect(clause.paragraphs[0]).toContain("20\u00a0% de la note globale");
  });

  it.each([
    [["render", "inconnue"], 1, "Modèle inconnu\u00a0: «\u00a0inconnue\u00a0»"],
    [
      ["render", "clause-insertion", "--set", "taux=50 %"],
      1,
      "«\u00a0Taux d’insertion\u00a0» doit être au plus 30\u00a0%.",
    ],
    [
      ["render", "clause-insertion", "--set", "tuax=5 %"],
      1,
      "Le paramètre «\u00a0tuax\u00a0» est inconnu",
    ],
    [["render", "clause-insertion", "--set", "taux"], 2, "écrivez --set nom=valeur"],
    [["render"], 2, "Indiquez l’identifiant d’un modèle"],
    [["show", "clause-insertion", "--verbose"], 2, "Option inconnue «\u00a0--verbose\u00a0»"],
    [["frobnicate"], 2, "Commande inconnue\u00a0: «\u00a0frobnicate\u00a0»"],
    [[], 2, "Indiquez une commande."],
  ])("%j exits %p with a French message", async (args, expected, message) => {
    const { code, out, err } = await run(args as string[]);
    expect(code).toBe(expected);
    expect(out).toBe("");
    expect(err).toContain(message);
  });
});

describe("spaser clauses hours", () => {
  it("computes the example of domain-facts §5", async () => {
    const { code, out } = await run([
      "hours",
      "--montant",
      "1000000",
      "--main-oeuvre",
      "0.5",
      "--taux",
      "0.05",
      "--cout-horaire",
      "30",
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^833 heures d’insertion \(1\u00a0000\u00a0000\u00a0€ HT × 50\u00a0% × 5\u00a0% ÷ 30\u00a0€\/h = 833,33, arrondi/,
    );
  });

  it("accepts French notation and defaults, and --json", async () => {
    const { code, out } = await run([
      "hours",
      "--montant",
      "1 000 000",
      "--main-oeuvre",
      "0,7",
      "--taux",
      "5 %",
      "--json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      montant: 1_000_000,
      partMainOeuvre: 0.7,
      taux: 0.05,
      coutHoraire: 30,
      heures: 1167,
    });
  });

  it.each([
    [["hours"], 2, "--montant"],
    [
      ["hours", "--montant", "abc"],
      1,
      "«\u00a0Montant estimé du marché\u00a0» doit être un nombre.",
    ],
    [
      ["hours", "--montant", "1000", "--taux", "5"],
      1,
      "«\u00a0Taux d’insertion\u00a0» doit être au plus 30\u00a0%.",
    ],
    [["hours", "--montant"], 2, "Valeur manquante"],
  ])("%j exits %p", async (args, expected, message) => {
    const { code, err } = await run(args as string[]);
    expect(code).toBe(expected);
    expect(err).toContain(message);
  });
});

describe("spaser clauses export", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "spaser-clauses-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the chosen clauses, relative to the working directory", async () => {
    const { code, out } = await run(
      [
        "export",
        "--out",
        "clauses.docx",
        "clause-insertion",
        "emballages",
        "--set",
        "emballages.rythme=mensuel",
      ],
      dir,
    );
    expect(code).toBe(0);
    expect(out).toContain("2 clauses exportées");
    const text = await docxText(new Uint8Array(readFileSync(join(dir, "clauses.docx"))));
    expect(text).toContain("Clause d’insertion professionnelle (heures d’insertion)");
    expect(text).toContain("selon un rythme mensuel");
    expect(text).not.toContain("Qualité de l’air");
  });

  it("writes through the atomic writer: a folder as output is one French sentence, exit 1, no temporary file left", async () => {
    mkdirSync(join(dir, "dossier.docx"));
    const { code, err } = await run(["export", "--out", "dossier.docx", "emballages"], dir);
    expect(code).toBe(1);
    expect(err).toContain("c’est un dossier");
    expect(readdirSync(dir)).toEqual(["dossier.docx"]);
  });

  it("creates a missing output folder, as refresh does, and refuses a path through a file", async () => {
    expect((await run(["export", "--out", "absent/a.docx", "emballages"], dir)).code).toBe(0);
    expect(existsSync(join(dir, "absent", "a.docx"))).toBe(true);
    const { code, err } = await run(["export", "--out", "absent/a.docx/b.docx", "emballages"], dir);
    expect(code).toBe(1);
    expect(err).toContain("Impossible d’écrire «\u00a0absent/a.docx/b.docx\u00a0»");
  });

  it("exports the whole library when no id is given", async () => {
    const { code } = await run(["export", "--out", "tout.docx"], dir);
    expect(code).toBe(0);
    const text = await docxText(new Uint8Array(readFileSync(join(dir, "tout.docx"))));
    for (const t of listTemplates()) expect(text).toContain(t.title);
  });

  it.each([
    [["export"], 2, "--out FICHIER.docx"],
    [["export", "--out", "a.pdf"], 2, "extension .docx"],
    [["export", "--out", "a.docx", "inconnue"], 1, "Modèle inconnu"],
    [["export", "--out", "a.docx", "emballages", "--set", "rythme=mensuel"], 2, "ID.nom=valeur"],
    [
      ["export", "--out", "a.docx", "emballages", "--set", "hqe.niveau=Bon"],
      1,
      "ne fait pas partie de l’export",
    ],
    [
      ["export", "--out", "a.docx", "emballages", "--set", "emballages.rythme=annuel"],
      1,
      "«\u00a0Rythme de livraison\u00a0» doit valoir",
    ],
  ])("%j exits %p and writes nothing", async (args, expected, message) => {
    const { code, err } = await run(args as string[], dir);
    expect(code).toBe(expected);
    expect(err).toContain(message);
    expect(existsSync(join(dir, "a.docx"))).toBe(false);
  });
});
