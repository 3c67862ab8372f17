/**
 * Opens an .xlsx package and finds its workbook part, the part everything else hangs from.
 * Recognises the inputs people actually drop on us (empty file, text renamed .xlsx, an old
 * .xls, a password-protected workbook) before any parser sees them.
 */
import { UnreadableWorkbookError } from "./unreadableWorkbookError";
import { parseXmlTree, childrenNamed, attr } from "./xmlTree";
import { relsPathOf, resolveTarget } from "./reader/partNames";
import { ZipPackage, type PackageFile } from "./zipPackage";

export const REL_WORKSHEET =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const REL_STYLES =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
export const CT_WORKSHEET =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

export interface OpenedPackage {
  readonly zip: ZipPackage;
  /** Zip entry name of the workbook part, e.g. "xl/workbook.xml". */
  readonly workbookPath: string;
  /** Zip entry name of the workbook's relationships part. */
  readonly workbookRelsPath: string;
}

export { relsPathOf, resolveTarget } from "./reader/partNames";

/** Zip entry names are case-sensitive, OPC part names are not: find an entry either way. */
export function findEntry(zip: ZipPackage, path: string): PackageFile | null {
  const exact = zip.file(path);
  if (exact) return exact;
  const lower = path.toLowerCase();
  const match = zip.names().find((n) => n.toLowerCase() === lower);
  return match ? zip.file(match) : null;
}

export async function openPackage(data: Uint8Array, fileName: string): Promise<OpenedPackage> {
  // The same checks as the reader: what the file is, duplicate entries.
  const zip = ZipPackage.open(data, fileName);
  const workbookPath = await locateWorkbook(zip);
  if (workbookPath === undefined || !findEntry(zip, workbookPath)) {
    throw new UnreadableWorkbookError("not-workbook", fileName);
  }
  if (workbookPath.toLowerCase().endsWith(".bin")) {
    throw new UnreadableWorkbookError("binary-xlsb", fileName);
  }
  const actual = findEntry(zip, workbookPath)!.name;
  return { zip, workbookPath: actual, workbookRelsPath: relsPathOf(actual) };
}

async function locateWorkbook(zip: ZipPackage): Promise<string | undefined> {
  const rootRels = findEntry(zip, "_rels/.rels");
  if (!rootRels) return findEntry(zip, "xl/workbook.xml") ? "xl/workbook.xml" : undefined;
  try {
    const tree = parseXmlTree(await rootRels.text());
    const rel = childrenNamed(tree, "Relationship").find((r) =>
      // Strict OOXML uses a purl.oclc.org type URI ending the same way.
      (attr(r, "Type") ?? "").endsWith("/officeDocument"),
    );
    const target = rel ? attr(rel, "Target") : undefined;
    return target === undefined ? undefined : resolveTarget("", target);
  } catch {
    return undefined;
  }
}
