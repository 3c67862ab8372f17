import * as path from "node:path";

/** The package root, from the compiled file (build/src/cli) or the TypeScript source (src/cli). */
export function packageRoot(): string {
  const here = __dirname;
  const parts = here.split(path.sep);
  const buildAt = parts.lastIndexOf("build");
  if (buildAt >= 0) return parts.slice(0, buildAt).join(path.sep) || path.sep;
  return path.resolve(here, "..", "..");
}

export const SAMPLE_WORKBOOK = "assets/pilotage-spaser-exemple.xlsx";

export function sampleWorkbookPath(): string {
  return path.join(packageRoot(), SAMPLE_WORKBOOK);
}
