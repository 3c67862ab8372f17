/**
 * ExcelJS stamps every zip entry with the current time, so two runs give different bytes for
 * the same content. Re-packing the entries with one fixed date makes the generated workbooks
 * byte-identical from run to run (no noise in git).
 */
import JSZip from "jszip";

const FIXED_DATE = new Date(Date.UTC(2026, 6, 1, 0, 0, 0));

export async function withFixedZipDates(xlsx: Buffer | ArrayBuffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(xlsx);
  const target = new JSZip();
  const names = Object.keys(source.files).sort();
  for (const name of names) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    target.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return target.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
