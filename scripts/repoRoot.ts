/**
 * The repository root, found from this file's place whether it runs from scripts/ (ts-jest) or
 * from build/scripts/ (compiled), so outputs land in the same folders either way.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

export function repoRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "src", "core"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Racine du dépôt introuvable depuis ${start}`);
    dir = parent;
  }
}
