/**
 * Reading and storing package parts so that the output is deterministic: entries we create
 * get a fixed date, entries we edit keep their own, and unchanged text leaves an entry as is.
 */
import { findEntry, resolveTarget } from "./packageLayout";
import type { ZipPackage } from "./zipPackage";

export { ZIP_ENTRY_DATE } from "./zipPackage";

/**
 * First "<stem>N<ext>" (relative to the workbook's folder) not already in the zip; part
 * names are compared without case, as OPC requires.
 */
export function freeName(zip: ZipPackage, workbookPath: string, stem: string, ext: string): string {
  for (let n = 1; ; n++) {
    const candidate = `${stem}${n}${ext}`;
    if (!findEntry(zip, resolveTarget(workbookPath, candidate))) return candidate;
  }
}

/** Relationship target of `partPath` from the workbook part's folder. */
export function relativeTo(workbookPath: string, partPath: string): string {
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
  return partPath.startsWith(dir) ? partPath.slice(dir.length) : `/${partPath}`;
}

export async function readText(zip: ZipPackage, path: string): Promise<string> {
  return zip.file(path)!.text();
}

export async function readOptionalText(
  zip: ZipPackage,
  path: string,
): Promise<string | undefined> {
  const entry = findEntry(zip, path);
  return entry ? entry.text() : undefined;
}

/**
 * Stores a part. An entry that exists keeps its own date and attributes (and is left alone
 * when its text is unchanged); a new one gets the fixed date.
 */
export async function putPart(zip: ZipPackage, path: string, text: string): Promise<void> {
  const existing = zip.file(path);
  if (existing && (await existing.text()) === text) return;
  zip.put(path, text);
}
