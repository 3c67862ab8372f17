/** Issue 9 items 1–3 and issue 8 item 4 on the command line: what `spaser` writes, and where. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { SAMPLE, filesIn, runInTemp } from "./cliHarness";

jest.setTimeout(120_000);

function tempWith(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spaser-safety-"));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

async function isWorkbook(file: string): Promise<boolean> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file), { checkCRC32: true });
  return zip.file("xl/workbook.xml") !== null;
}

const noStack = (text: string): void => {
  expect(text).not.toMatch(/Erreur interne|Error:|\n\s+at /);
};

describe("spaser refresh: never over its input unless --in-place", () => {
  test("--out naming the input itself is a usage error (exit 2) and the file is untouched", async () => {
    const dir = tempWith({ "p.xlsx": fs.readFileSync(SAMPLE) });
    for (const out of ["p.xlsx", "./p.xlsx", path.join(dir, "p.xlsx")]) {
      const run = await runInTemp(["refresh", "p.xlsx", "--out", out], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^--out désigne le classeur d’entrée lui-même\u00a0: .*--in-place/,
      );
    }
    fs.symlinkSync("p.xlsx", path.join(dir, "lien.xlsx"));
    expect((await runInTemp(["refresh", "p.xlsx", "--out", "lien.xlsx"], dir)).code).toBe(2);
    expect(fs.readFileSync(path.join(dir, "p.xlsx")).equals(fs.readFileSync(SAMPLE))).toBe(true);
    expect(filesIn(dir)).toEqual(["lien.xlsx", "p.xlsx"]);
  });

  test("--in-place without a workbook does not touch the bundled sample", async () => {
    const run = await runInTemp(["refresh", "--in-place"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^--in-place demande un CLASSEUR/);
  });

  test("--in-place keeps the mode bits, writes through a symlink and numbers its backups", async () => {
    const dir = tempWith({ "data/p.xlsx": fs.readFileSync(SAMPLE) });
    fs.chmodSync(path.join(dir, "data", "p.xlsx"), 0o640);
    fs.symlinkSync(path.join("data", "p.xlsx"), path.join(dir, "p.xlsx"));
    const first = await runInTemp(["refresh", "p.xlsx", "--in-place"], dir);
    const second = await runInTemp(["refresh", "p.xlsx", "--in-place"], dir);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.stdout).toContain("Version précédente gardée\u00a0: data/p.avant-spaser.xlsx");
    expect(second.stdout).toContain("Version précédente gardée\u00a0: data/p.avant-spaser-2.xlsx");
    expect(fs.lstatSync(path.join(dir, "p.xlsx")).isSymbolicLink()).toBe(true);
    expect(fs.statSync(path.join(dir, "data", "p.xlsx")).mode & 0o777).toBe(0o640);
    expect(
      fs
        .readFileSync(path.join(dir, "data", "p.avant-spaser.xlsx"))
        .equals(fs.readFileSync(SAMPLE)),
    ).toBe(true);
    expect(filesIn(dir)).toEqual([
      "data",
      "data/p.avant-spaser-2.xlsx",
      "data/p.avant-spaser.xlsx",
      "data/p.xlsx",
      "p.xlsx",
    ]);
    expect(await isWorkbook(path.join(dir, "data", "p.xlsx"))).toBe(true);
  });
});

describe("spaser refresh: write failures are sentences", () => {
  test("--out naming a folder: exit 1, one French sentence, nothing written", async () => {
    const dir = tempWith({ "p.xlsx": fs.readFileSync(SAMPLE) });
    fs.mkdirSync(path.join(dir, "resultat.xlsx"));
    const run = await runInTemp(["refresh", "p.xlsx", "--out", "resultat.xlsx"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "Impossible d’écrire «\u00a0resultat.xlsx\u00a0»\u00a0: c’est un dossier. Indiquez un nom de fichier, par exemple resultat.xlsx/pilotage.xlsx.\n",
    );
    expect(run.stdout).toBe("");
    expect(filesIn(dir)).toEqual(["p.xlsx", "resultat.xlsx"]);
  });

  test("a report that cannot be written: the workbook is, exit 0 as PRODUCT §7 says, and the message says both", async () => {
    const dir = tempWith({ "p.xlsx": fs.readFileSync(SAMPLE) });
    fs.mkdirSync(path.join(dir, "rapport.json"));
    const run = await runInTemp(
      ["refresh", "p.xlsx", "--out", "r.xlsx", "--report", "rapport.json"],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^Le classeur a été écrit, mais pas le rapport\. Impossible d’écrire «\u00a0rapport\.json\u00a0»\u00a0: c’est un dossier\./,
    );
    noStack(run.stderr);
    expect(run.stdout).toContain("Résultat\u00a0: r.xlsx");
    expect(await isWorkbook(path.join(dir, "r.xlsx"))).toBe(true);
  });

  test("template into a folder path that is a file: one sentence, exit 1", async () => {
    const dir = tempWith({ fichier: "x" });
    const run = await runInTemp(["template", "--out", "fichier/vierge.xlsx"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Impossible d’écrire «\u00a0fichier\/vierge\.xlsx\u00a0»\u00a0: /);
    noStack(run.stderr);
  });
});

describe("macro workbooks (.xlsm) keep .xlsm", () => {
  test("refresh of an .xlsm writes an .xlsm by default and refuses --out x.xlsx (exit 2)", async () => {
    const dir = tempWith({ "macros.xlsm": fs.readFileSync(SAMPLE) });
    const refused = await runInTemp(["refresh", "macros.xlsm", "--out", "resultat.xlsx"], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^Le classeur contient des macros\u00a0: le résultat doit garder l’extension \.xlsm \(reçu «\u00a0resultat\.xlsx\u00a0»\)/,
    );
    expect(filesIn(dir)).toEqual(["macros.xlsm"]);
    const run = await runInTemp(["refresh", "macros.xlsm"], dir);
    expect(run.code).toBe(0);
    expect(filesIn(dir)).toEqual(["macros.xlsm", "out", "out/macros-spaser-2026-S1.xlsm"]);
  });

  test("a package holding a VBA project is a macro workbook whatever its name", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
    zip.file("xl/vbaProject.bin", new Uint8Array([1, 2, 3]));
    const dir = tempWith({
      "p.xlsx": Buffer.from(await zip.generateAsync({ type: "uint8array" })),
    });
    const run = await runInTemp(["refresh", "p.xlsx", "--out", "r.xlsx"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/contient des macros/);
  });
});

/** A real full disk, where this machine lets us mount a small tmpfs (root on Linux). */
const canMount =
  process.platform === "linux" &&
  process.getuid?.() === 0 &&
  spawnSync("mount", ["--version"]).status === 0;

(canMount ? describe : describe.skip)("a full disk", () => {
  test("refresh --in-place on a full disk: exit 1, the sentence, the workbook and its folder intact", async () => {
    const dir = tempWith({});
    const mnt = path.join(dir, "disque");
    fs.mkdirSync(mnt);
    const sample = fs.readFileSync(SAMPLE);
    const size = Math.ceil((sample.length * 1.5) / 4096) * 4096;
    if (spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", mnt]).status !== 0)
      return;
    try {
      fs.writeFileSync(path.join(mnt, "p.xlsx"), sample);
      const run = await runInTemp(["refresh", "p.xlsx", "--in-place"], mnt);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        "Impossible d’écrire «\u00a0p.xlsx\u00a0»\u00a0: le disque est plein. Libérez de la place ou choisissez un autre emplacement avec --out\u00a0; le fichier existant n’a pas été modifié.\n",
      );
      expect(fs.readFileSync(path.join(mnt, "p.xlsx")).equals(sample)).toBe(true);
      expect(fs.readdirSync(mnt)).toEqual(["p.xlsx"]);
    } finally {
      spawnSync("umount", [mnt]);
    }
  });
});
