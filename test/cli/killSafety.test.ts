/**
 * Issue 9 item 4: `refresh --in-place` and `decp import --into … --in-place` killed with SIGKILL
 * at random moments, on a large workbook. Whatever the moment, the target is the old workbook
 * or the new complete one (a valid zip whose CRCs check), never a truncated file; a temporary
 * file left by a kill is removed by the next run.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { runInTemp } from "./cliHarness";

jest.setTimeout(600_000);

const LAUNCHER = path.join(__dirname, "helpers", "runTsCli.js");
const BUYER = "22590001600019";
const CONTRACTS = 8_000;
const ROUNDS = 6;

function decpJson(variant: number): string {
  const marches = Array.from({ length: CONTRACTS }, (_, i) => ({
    id: `2026-${String(i).padStart(6, "0")}`,
    acheteur: { id: BUYER },
    objet: `Marché n° ${i} : entretien des routes départementales, lot ${i % 40}`,
    codeCPV: i % 3 === 0 ? "45233141-9" : "79000000-4",
    procedure: "Procédure adaptée",
    montant: 1000 + i + variant,
    dateNotification: `2026-0${1 + (i % 6)}-15`,
    dureeMois: 12 + (i % 24),
    considerationsSociales: [i % 2 ? "Clause sociale" : "Pas de considération sociale"],
    considerationsEnvironnementales: ["Clause environnementale"],
  }));
  return JSON.stringify({ marches });
}

/** Checks that `file` is a whole workbook package: every entry inflates and its CRC matches. */
async function isCompleteWorkbook(bytes: Buffer): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    if (!zip.file("xl/workbook.xml")) return false;
    for (const entry of Object.values(zip.files)) if (!entry.dir) await entry.async("uint8array");
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe("SIGKILL at random moments never leaves a truncated workbook", () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "spaser-kill-"));
    fs.writeFileSync(path.join(dir, "decp-a.json"), decpJson(0));
    fs.writeFileSync(path.join(dir, "decp-b.json"), decpJson(7));
    expect((await runInTemp(["template", "--out", "vierge.xlsx"], dir)).code).toBe(0);
    const made = await runInTemp(
      ["decp", "import", "decp-a.json", "--into", "vierge.xlsx", "--out", "grand.xlsx"],
      dir,
    );
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["refresh --in-place", ["refresh", "grand.xlsx", "--in-place"]],
    [
      "decp import --into … --in-place",
      ["decp", "import", "decp-b.json", "--into", "grand.xlsx", "--in-place"],
    ],
  ])("%s", async (_name, cliArgs) => {
    const target = path.join(dir, "grand.xlsx");
    // One uncut run: how long a whole run takes, and a valid new workbook.
    const started = Date.now();
    const whole = await runAndKill(dir, cliArgs, "grand.xlsx", {});
    const duration = Date.now() - started;
    expect(whole).toMatchObject({ killed: false, code: 0 });
    expect(await isCompleteWorkbook(fs.readFileSync(target))).toBe(true);

    let killsDuringWrite = 0;
    let outcomes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const old = fs.readFileSync(target);
      const when =
        round % 2 === 0
          ? { after: Math.floor(Math.random() * duration * 1.1) }
          : { afterTemp: Math.floor(Math.random() * 10) };
      const outcome = await runAndKill(dir, cliArgs, "grand.xlsx", when);
      const now = fs.readFileSync(target);
      const same = now.equals(old);
      if (!same) expect(await isCompleteWorkbook(now)).toBe(true);
      if (outcome.killed && outcome.sawTemp) killsDuringWrite++;
      if (!outcome.killed) expect(outcome.code).toBe(0);
      outcomes++;
    }
    expect(outcomes).toBe(ROUNDS);
    expect(killsDuringWrite).toBeGreaterThan(0);

    // The next complete run removes the temporary files left by the killed ones.
    expect((await runAndKill(dir, cliArgs, "grand.xlsx", {})).code).toBe(0);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(await isCompleteWorkbook(fs.readFileSync(target))).toBe(true);
  });
});

interface Outcome {
  readonly killed: boolean;
  readonly code: number | null;
  readonly stderr: string;
  /** The temporary file of the target was seen: the write had begun. */
  readonly sawTemp: boolean;
}

/**
 * Runs the CLI in a child process and kills it with SIGKILL `after` ms after the start, or
 * `afterTemp` ms after the temporary file of `targetName` appears (during the write itself);
 * with neither, lets it finish.
 */
async function runAndKill(
  cwd: string,
  args: readonly string[],
  targetName: string,
  when: { after?: number; afterTemp?: number },
): Promise<Outcome> {
  const child = spawn(process.execPath, [LAUNCHER, ...args], {
    cwd,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (c) => {
      done = true;
      resolve(c);
    }),
  );
  const temp = `.${targetName}.${child.pid}.tmp`;
  let sawTemp = false;
  const start = Date.now();
  while (!done) {
    if (!sawTemp && fs.readdirSync(cwd).includes(temp)) {
      sawTemp = true;
      if (when.afterTemp !== undefined) {
        await Promise.race([sleep(when.afterTemp), exited]);
        break;
      }
    }
    if (when.after !== undefined && Date.now() - start >= when.after) break;
    await sleep(1);
  }
  const killed = !done && child.kill("SIGKILL");
  const code = await exited;
  return { killed, code, stderr, sawTemp };
}
