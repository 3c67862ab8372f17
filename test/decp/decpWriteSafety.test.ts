/** `spaser decp import` writes safely (issue 9 items 1–3, issue 8 items 4 and 6). */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { runDecpCommand } from "../../src/cli/decpCommand";
import { runTemplateCommand } from "../../src/cli/templateCommand";
import type { CliIo } from "../../src/cli/io";
import { decpReportSchema } from "../../src/decp/decpReport";
import { FIXTURES } from "./fixtureFile";

jest.setTimeout(60_000);

let dir: string;
let out: string[];
let err: string[];
let io: CliIo;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "decp-safety-"));
  out = [];
  err = [];
  io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir };
  fs.copyFileSync(path.join(FIXTURES, "marches-objets.json"), path.join(dir, "decp.json"));
  fs.mkdirSync(path.join(dir, "out"));
  expect(await runTemplateCommand(["--out", "out/pilotage.xlsx"], io)).toBe(0);
  out.length = 0;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const files = (): string[] => fs.readdirSync(dir, { recursive: true }).map(String).sort();

async function sheetNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file), { checkCRC32: true });
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]!);
}

describe("decp import --into never writes over its input unasked", () => {
  test("the README's path (--into out/pilotage.xlsx, no --out) is a usage error, input untouched", async () => {
    const before = fs.readFileSync(path.join(dir, "out", "pilotage.xlsx"));
    expect(await runDecpCommand(["import", "decp.json", "--into", "out/pilotage.xlsx"], io)).toBe(
      2,
    );
    expect(err.join("")).toMatch(
      /^Le classeur «\u00a0out\/pilotage\.xlsx\u00a0» est déjà à l’emplacement du résultat par défaut \(\.\/out\/\)\u00a0: indiquez --out FICHIER pour écrire ailleurs, ou --in-place/,
    );
    expect(fs.readFileSync(path.join(dir, "out", "pilotage.xlsx")).equals(before)).toBe(true);
    expect(files()).toEqual(["decp.json", "out", "out/pilotage.xlsx"]);
  });

  test("--out naming the --into workbook without --in-place is a usage error", async () => {
    expect(
      await runDecpCommand(
        ["import", "decp.json", "--into", "out/pilotage.xlsx", "--out", "out/pilotage.xlsx"],
        io,
      ),
    ).toBe(2);
    expect(err.join("")).toMatch(/^--out désigne le classeur de --into lui-même/);
  });

  test.each([
    [["--in-place", "--out", "x.xlsx", "--into", "out/pilotage.xlsx"], /s’excluent/],
    [["--in-place"], /indiquez --into CLASSEUR/],
  ])("%j is a usage error", async (extra, message) => {
    expect(await runDecpCommand(["import", "decp.json", ...extra], io)).toBe(2);
    expect(err.join("")).toMatch(message);
  });

  test("--in-place completes the workbook itself, keeps its mode, and keeps the previous version", async () => {
    const target = path.join(dir, "out", "pilotage.xlsx");
    fs.chmodSync(target, 0o640);
    const before = fs.readFileSync(target);
    const code = await runDecpCommand(
      ["import", "decp.json", "--into", "out/pilotage.xlsx", "--in-place", "--report", "r.json"],
      io,
    );
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    expect(out.join("")).toContain(
      "Version précédente gardée\u00a0: out/pilotage.avant-spaser.xlsx",
    );
    expect(
      fs.readFileSync(path.join(dir, "out", "pilotage.avant-spaser.xlsx")).equals(before),
    ).toBe(true);
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    expect(await sheetNames(target)).toContain("Marchés");
    const report = decpReportSchema.parse(
      JSON.parse(fs.readFileSync(path.join(dir, "r.json"), "utf8")),
    );
    expect(report.counts.imported).toBeGreaterThan(0);
    expect(files()).toEqual([
      "decp.json",
      "out",
      "out/pilotage.avant-spaser.xlsx",
      "out/pilotage.xlsx",
      "r.json",
    ]);
  });

  test("an .xlsm keeps .xlsm; --out x.xlsx for it is a usage error", async () => {
    fs.renameSync(path.join(dir, "out", "pilotage.xlsx"), path.join(dir, "macros.xlsm"));
    expect(
      await runDecpCommand(["import", "decp.json", "--into", "macros.xlsm", "--out", "r.xlsx"], io),
    ).toBe(2);
    expect(err.join("")).toMatch(/^Le classeur contient des macros/);
    err.length = 0;
    expect(await runDecpCommand(["import", "decp.json", "--into", "macros.xlsm"], io)).toBe(0);
    expect(fs.existsSync(path.join(dir, "out", "macros.xlsm"))).toBe(true);
  });
});

describe("decp import write failures", () => {
  test("--out naming a folder: exit 1, one French sentence", async () => {
    fs.mkdirSync(path.join(dir, "registre.xlsx"));
    expect(await runDecpCommand(["import", "decp.json", "--out", "registre.xlsx"], io)).toBe(1);
    expect(err.join("")).toBe(
      "Impossible d’écrire «\u00a0registre.xlsx\u00a0»\u00a0: c’est un dossier. Indiquez un nom de fichier, par exemple registre.xlsx/pilotage.xlsx.\n",
    );
  });

  test("only the report fails: the register is written, exit 0 (sheets written), and the message says so", async () => {
    fs.mkdirSync(path.join(dir, "r.json"));
    expect(
      await runDecpCommand(["import", "decp.json", "--out", "reg.xlsx", "--report", "r.json"], io),
    ).toBe(0);
    expect(err.join("")).toMatch(
      /^Le registre a été écrit, mais pas le rapport\. Impossible d’écrire/,
    );
    expect(await sheetNames(path.join(dir, "reg.xlsx"))).toEqual(["Marchés"]);
  });
});

describe("decp import of files as published", () => {
  test.each(["[]", '{"marches": []}'])("%s is « 0 marché », exit 0", async (text) => {
    fs.writeFileSync(path.join(dir, "vide.json"), text);
    expect(await runDecpCommand(["import", "vide.json", "--out", "reg.xlsx"], io)).toBe(0);
    expect(out.join("")).toMatch(/0 enregistrement lu, 0 marché retenu/);
    expect(await sheetNames(path.join(dir, "reg.xlsx"))).toEqual(["Marchés"]);
  });

  test("{} is not a DECP file: exit 1", async () => {
    fs.writeFileSync(path.join(dir, "autre.json"), '{"x": 1}');
    expect(await runDecpCommand(["import", "autre.json"], io)).toBe(1);
    expect(err.join("")).toBe(
      "Aucun marché trouvé dans «\u00a0autre.json\u00a0»\u00a0: ce n’est pas un fichier DECP reconnu.\n",
    );
  });

  test("a file with NaN is imported, with an anomaly line and no literal \\n", async () => {
    const text = fs
      .readFileSync(path.join(dir, "decp.json"), "utf8")
      .replace('"montant": 1250000', '"montant": NaN');
    expect(text).toContain("NaN");
    fs.writeFileSync(path.join(dir, "nan.json"), text);
    expect(await runDecpCommand(["import", "nan.json", "--out", "reg.xlsx"], io)).toBe(0);
    const printed = out.join("");
    expect(printed).toMatch(/3 lignes ajoutées/);
    expect(printed).toContain(
      "montant «\u00a0NaN\u00a0»\u00a0: Valeur non standard écrite par Python (pas du JSON)\u00a0: lue comme absente.",
    );
    expect(printed).not.toContain("\\n");
  });
});

/** A real full disk, where this machine lets us mount a small tmpfs (root on Linux). */
const canMount =
  process.platform === "linux" &&
  process.getuid?.() === 0 &&
  spawnSync("mount", ["--version"]).status === 0;

(canMount ? describe : describe.skip)("decp import on a full disk", () => {
  test("--in-place: exit 1, one sentence, the workbook unchanged and no temporary file", async () => {
    const mnt = path.join(dir, "disque");
    fs.mkdirSync(mnt);
    const workbook = fs.readFileSync(path.join(dir, "out", "pilotage.xlsx"));
    const size = Math.ceil((workbook.length * 1.5) / 4096) * 4096;
    expect(spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", mnt]).status).toBe(0);
    try {
      fs.writeFileSync(path.join(mnt, "pilotage.xlsx"), workbook);
      const decp = path.join(dir, "decp.json");
      const code = await runDecpCommand(
        ["import", decp, "--into", "disque/pilotage.xlsx", "--in-place"],
        io,
      );
      expect(err.join("")).toBe(
        "Impossible d’écrire «\u00a0disque/pilotage.xlsx\u00a0»\u00a0: le disque est plein. Libérez de la place ou choisissez un autre emplacement avec --out\u00a0; le fichier existant n’a pas été modifié.\n",
      );
      expect(code).toBe(1);
      expect(fs.readFileSync(path.join(mnt, "pilotage.xlsx")).equals(workbook)).toBe(true);
      expect(fs.readdirSync(mnt)).toEqual(["pilotage.xlsx"]);
    } finally {
      spawnSync("umount", [mnt]);
    }
  });
});
