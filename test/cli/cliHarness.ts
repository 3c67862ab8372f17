import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly cwd: string;
}

/** Runs the CLI in-process in a fresh temporary working directory. */
export async function runInTemp(
  args: string[],
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), "spaser-cli-")),
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
  });
  return { code, stdout, stderr, cwd };
}

export const FIXTURES = path.join(__dirname, "..", "fixtures", "pilot");
export const SAMPLE = path.join(__dirname, "..", "..", "assets", "pilotage-spaser-exemple.xlsx");

/** Every file below a directory (relative paths), to check that nothing was left behind. */
export function filesIn(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: false }).map(String).sort();
}
