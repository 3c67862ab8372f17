/** Test-side views of a written package, independent of the writer's own parsing code. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser, type SaxesTagPlain } from "saxes";

export async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

export async function exceljsBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Every file entry of the package, decompressed, by name. */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, await entry.async("uint8array"));
  }
  return parts;
}

export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file(name);
  if (!entry) throw new Error(`no part ${name}`);
  return entry.async("string");
}

/** Elements with a given (unprefixed) name and their attributes, in document order. */
export function elements(xml: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (tag: SaxesTagPlain) => {
    if (tag.name === name || tag.name.endsWith(`:${name}`)) found.push({ ...tag.attributes });
  });
  parser.write(xml).close();
  return found;
}

/** Zip entry name of the worksheet part of a sheet, following workbook.xml and its rels. */
export async function sheetPartName(bytes: Uint8Array, sheetName: string): Promise<string> {
  const sheet = elements(await partText(bytes, "xl/workbook.xml"), "sheet").find(
    (s) => s.name === sheetName,
  );
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const rel = elements(await partText(bytes, "xl/_rels/workbook.xml.rels"), "Relationship").find(
    (r) => r.Id === sheet["r:id"],
  );
  if (!rel?.Target) throw new Error(`no relationship for ${sheetName}`);
  return rel.Target.startsWith("/") ? rel.Target.slice(1) : `xl/${rel.Target}`;
}

export async function sheetXml(bytes: Uint8Array, sheetName: string): Promise<string> {
  return partText(bytes, await sheetPartName(bytes, sheetName));
}
