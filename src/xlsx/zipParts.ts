/**
 * Reading and storing package parts so that the output is deterministic: entries we create
 * get a fixed date, entries we edit keep their own, and unchanged text leaves an entry as is.
 */
import type JSZip from "jszip";
import { findEntry, resolveTarget } from "./packageLayout";

/** Date stamped on the zip entries we create, so that equal inputs give equal bytes. */
export const ZIP_ENTRY_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

/**
 * First "<stem>N<ext>" (relative to the workbook's folder) not already in the zip; part
 * names are compared without case, as OPC requires.
 */
export function freeName(zip: JSZip, workbookPath: string, stem: string, ext: string): string {
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

export async function readText(zip: JSZip, path: string): Promise<string> {
  return zip.file(path)!.async("string");
}

export async function readOptionalText(zip: JSZip, path: string): Promise<string | undefined> {
  const entry = findEntry(zip, path);
  return entry ? entry.async("string") : undefined;
}

/**
 * Stores a part. An entry that exists keeps its own date and attributes (and is left alone
 * when its text is unchanged); a new one gets the fixed date.
 */
export async function putPart(zip: JSZip, path: string, text: string): Promise<void> {
  const existing = zip.file(path);
  if (existing) {
    if ((await existing.async("string")) === text) return;
    zip.file(path, text, {
      date: existing.date,
      createFolders: false,
      unixPermissions: existing.unixPermissions,
      dosPermissions: existing.dosPermissions,
      comment: existing.comment,
    });
    return;
  }
  zip.file(path, text, { date: ZIP_ENTRY_DATE, createFolders: false });
}
