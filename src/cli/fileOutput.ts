import * as fs from "node:fs/promises";
import * as path from "node:path";

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so that an interrupted run
 * never leaves a half-written workbook (and `--in-place` never corrupts the input).
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
