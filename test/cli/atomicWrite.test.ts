import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as fsp from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import {
  backupPathFor,
  FileWriteError,
  removeStaleTemps,
  tempPathFor,
  writeFileAtomic,
} from "../../src/cli/atomicWrite";

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "spaser-atomic-"));
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const list = (d = dir): string[] => fs.readdirSync(d).sort();

/** A PID that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

describe("writeFileAtomic", () => {
  test("writes the file and leaves nothing else behind", async () => {
    const target = path.join(dir, "sub", "r.xlsx");
    const result = await writeFileAtomic(target, "abc");
    expect(result).toEqual({ written: target });
    expect(fs.readFileSync(target, "utf8")).toBe("abc");
    expect(list(path.join(dir, "sub"))).toEqual(["r.xlsx"]);
  });

  test("with backup, keeps each previous version under a new numbered name, never overwriting one", async () => {
    const target = path.join(dir, "p.xlsx");
    fs.writeFileSync(target, "v1");
    const first = await writeFileAtomic(target, "v2", { backup: true });
    const second = await writeFileAtomic(target, "v3", { backup: true });
    expect(first.backup).toBe(path.join(dir, "p.avant-spaser.xlsx"));
    expect(second.backup).toBe(path.join(dir, "p.avant-spaser-2.xlsx"));
    expect(fs.readFileSync(target, "utf8")).toBe("v3");
    expect(fs.readFileSync(first.backup!, "utf8")).toBe("v1");
    expect(fs.readFileSync(second.backup!, "utf8")).toBe("v2");
    expect(await backupPathFor(target)).toBe(path.join(dir, "p.avant-spaser-3.xlsx"));
    // No backup of a file that did not exist.
    expect((await writeFileAtomic(path.join(dir, "new.xlsx"), "x", { backup: true })).backup).toBe(
      undefined,
    );
  });

  test("keeps the permission bits and the owner of the file it replaces", async () => {
    const target = path.join(dir, "p.xlsx");
    fs.writeFileSync(target, "v1");
    fs.chmodSync(target, 0o640);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) fs.chownSync(target, 1234, 2345);
    await writeFileAtomic(target, "v2", { backup: true });
    const st = fs.statSync(target);
    expect(st.mode & 0o777).toBe(0o640);
    if (asRoot) expect([st.uid, st.gid]).toEqual([1234, 2345]);
    expect(fs.statSync(path.join(dir, "p.avant-spaser.xlsx")).mode & 0o777).toBe(0o640);
  });

  test("writes through a symbolic link to its target and keeps the link", async () => {
    fs.mkdirSync(path.join(dir, "real"));
    const real = path.join(dir, "real", "p.xlsx");
    fs.writeFileSync(real, "v1");
    const link = path.join(dir, "p.xlsx");
    fs.symlinkSync(path.join("real", "p.xlsx"), link);
    const result = await writeFileAtomic(link, "v2", { backup: true });
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, "utf8")).toBe("v2");
    expect(result.written).toBe(real);
    expect(result.backup).toBe(path.join(dir, "real", "p.avant-spaser.xlsx"));
    expect(list()).toEqual(["p.xlsx", "real"]);
  });

  test("removes the temporary file of a killed run (dead PID), not that of a running one", async () => {
    const target = path.join(dir, "p.xlsx");
    const stale = tempPathFor(target, deadPid());
    const live = tempPathFor(target, process.ppid);
    const other = tempPathFor(path.join(dir, "autre.xlsx"), deadPid());
    for (const f of [stale, live, other]) fs.writeFileSync(f, "partial");
    await writeFileAtomic(target, "ok");
    expect(list()).toEqual([path.basename(other), path.basename(live), "p.xlsx"].sort());
    expect(await removeStaleTemps(path.join(dir, "autre.xlsx"))).toEqual([other]);
  });

  test("a folder as target is one French sentence", async () => {
    fs.mkdirSync(path.join(dir, "d.xlsx"));
    const error = await writeFileAtomic(path.join(dir, "d.xlsx"), "x", {
      displayName: "d.xlsx",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as Error).message).toBe(
      "Impossible d’écrire «\u00a0d.xlsx\u00a0»\u00a0: c’est un dossier. Indiquez un nom de fichier, par exemple d.xlsx/pilotage.xlsx.",
    );
  });

  test.each([
    ["ENOSPC", /le disque est plein/],
    ["EACCES", /protégé en écriture/],
    ["EBUSY", /verrouillé ou ouvert dans un autre programme/],
    ["EPERM", /verrouillé ou ouvert dans un autre programme/],
  ])(
    "a write failing with %s leaves the old file whole, no temporary file, and says what to do",
    async (code, sentence) => {
      const target = path.join(dir, "p.xlsx");
      fs.writeFileSync(target, "old");
      // Fault injection: the file system refuses the bytes once the temporary file exists.
      const probe = await fsp.open(path.join(dir, "probe"), "w");
      const fileHandle = Object.getPrototypeOf(probe) as fsp.FileHandle;
      await probe.close();
      fs.rmSync(path.join(dir, "probe"));
      jest.spyOn(fileHandle, "writeFile").mockImplementation(async () => {
        const error = new Error(`${code}: injected`) as NodeJS.ErrnoException;
        error.code = code;
        throw error;
      });
      const error = await writeFileAtomic(target, "new", { backup: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileWriteError);
      expect((error as FileWriteError).code).toBe(code);
      expect((error as Error).message).toMatch(sentence);
      expect((error as Error).message).not.toMatch(/Error|at |\n/);
      expect(fs.readFileSync(target, "utf8")).toBe("old");
      expect(list()).toEqual(["p.xlsx"]);
    },
  );

  test("SIGTERM during a write removes the temporary file and leaves the target untouched", async () => {
    const target = path.join(dir, "big.xlsx");
    fs.writeFileSync(target, "old");
    const script = `
      require(${JSON.stringify(path.join(__dirname, "helpers", "tsRequire.js"))});
      const { writeFileAtomic } = require(${JSON.stringify(path.join(__dirname, "..", "..", "src", "cli", "atomicWrite.ts"))});
      const fsp = require("node:fs/promises");
      const realOpen = fsp.open;
      // The write never ends: the test's signal is what stops it.
      fsp.open = async (...args) => {
        const handle = await realOpen(...args);
        handle.writeFile = () => { process.stdout.write("writing\\n"); return new Promise(() => setInterval(() => {}, 1000)); };
        return handle;
      };
      writeFileAtomic(${JSON.stringify(target)}, "new");
    `;
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    expect(list()).toEqual([`.big.xlsx.${child.pid}.tmp`, "big.xlsx"]);
    child.kill("SIGTERM");
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      child.once("exit", (_code, s) => resolve(s)),
    );
    expect(signal).toBe("SIGTERM");
    expect(list()).toEqual(["big.xlsx"]);
    expect(fs.readFileSync(target, "utf8")).toBe("old");
  });
});

/** A real full disk and a real read-only folder, where this machine lets us mount a tmpfs. */
const canMount = (() => {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), "spaser-mnt-"));
  const ok = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]).status === 0;
  if (ok) spawnSync("umount", [probe]);
  fs.rmSync(probe, { recursive: true, force: true });
  return ok;
})();

(canMount ? describe : describe.skip)("writeFileAtomic on a real small or read-only disk", () => {
  let mnt: string;
  afterEach(() => {
    spawnSync("umount", [mnt]);
  });

  test("a full disk (ENOSPC) leaves the previous file whole and no temporary file", async () => {
    mnt = path.join(dir, "mnt");
    fs.mkdirSync(mnt);
    expect(spawnSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt]).status).toBe(0);
    const target = path.join(mnt, "p.xlsx");
    fs.writeFileSync(target, "old");
    const error = await writeFileAtomic(target, new Uint8Array(1024 * 1024).fill(7), {
      backup: true,
    }).catch((e: unknown) => e);
    expect((error as FileWriteError).code).toBe("ENOSPC");
    expect((error as Error).message).toMatch(/le disque est plein/);
    expect(fs.readFileSync(target, "utf8")).toBe("old");
    expect(list(mnt)).toEqual(["p.xlsx"]);
  });

  test("a read-only folder (EROFS) is one French sentence", async () => {
    mnt = path.join(dir, "ro");
    fs.mkdirSync(mnt);
    expect(spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k,ro", "tmpfs", mnt]).status).toBe(0);
    const error = await writeFileAtomic(path.join(mnt, "p.xlsx"), "x").catch((e: unknown) => e);
    expect((error as FileWriteError).code).toBe("EROFS");
    expect((error as Error).message).toMatch(/protégé en écriture/);
  });
});
