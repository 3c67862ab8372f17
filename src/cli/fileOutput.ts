/**
 * Where the CLI writes, and how: every command writes through `writeFileAtomic` (see
 * atomicWrite.ts) and checks its output path with the helpers below before computing anything
 * long, so that a usage mistake costs nothing and never touches the input.
 */
import * as fs from "node:fs/promises";
import * as path from "node:path";

export {
  FileWriteError,
  writeFileAtomic,
  writeFailureMessage,
  type AtomicWriteResult,
} from "./atomicWrite";

/** Whether two paths name the same file (links and hard links included); false if one is absent. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

const VBA_PART = new TextEncoder().encode("xl/vbaProject.bin");

/**
 * Whether a workbook package holds macros: named `.xlsm`, or holding a VBA project part (part
 * names are stored uncompressed in the zip directory, so the bytes can be searched directly).
 */
export function isMacroWorkbook(bytes: Uint8Array, name: string): boolean {
  if (/\.xlsm$/i.test(name)) return true;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from(VBA_PART),
  );
}

/**
 * A French sentence when the output name does not fit the package written (Excel refuses to
 * open a macro package named `.xlsx`, and a plain one named `.xlsm`); undefined when it fits.
 */
export function extensionMismatch(macro: boolean, output: string): string | undefined {
  const ext = path.extname(output).toLowerCase();
  if (macro && ext !== ".xlsm")
    return `Le classeur contient des macros\u00a0: le résultat doit garder l’extension .xlsm (reçu «\u00a0${path.basename(output)}\u00a0»), sinon Excel refuse de l’ouvrir.`;
  if (!macro && ext !== ".xlsx")
    return `Le résultat doit avoir l’extension .xlsx (reçu «\u00a0${path.basename(output)}\u00a0»), sinon Excel refuse de l’ouvrir.`;
  return undefined;
}

/** How a path is shown to the user: relative to the working folder when inside it. */
export function shownPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}
