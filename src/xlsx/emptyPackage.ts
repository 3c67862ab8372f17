/**
 * The smallest package the writer can add sheets to: `createWorkbook` fills it through the
 * same code path as the user's files, so there is one way sheets are written.
 */
import { ZipPackage } from "./zipPackage";
import { MINIMAL_STYLES_XML } from "./styleEntries";

const XML_DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

const CONTENT_TYPES =
  XML_DECL +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
  `</Types>`;

const ROOT_RELS =
  XML_DECL +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
  `</Relationships>`;

// <sheets> stays empty only until writePlans fills it; never written out that way.
const WORKBOOK =
  XML_DECL +
  `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
  `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
  `<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets><calcPr calcId="191029"/>` +
  `</workbook>`;

const WORKBOOK_RELS =
  XML_DECL +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  `</Relationships>`;

/**
 * Bytes of a workbook package with no sheet yet (not valid on its own: sheets come next); its
 * entries are dated ZIP_ENTRY_DATE.
 */
export async function emptyPackage(): Promise<Uint8Array> {
  const zip = ZipPackage.create();
  zip.put("[Content_Types].xml", CONTENT_TYPES);
  zip.put("_rels/.rels", ROOT_RELS);
  zip.put("xl/workbook.xml", WORKBOOK);
  zip.put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
  zip.put("xl/styles.xml", MINIMAL_STYLES_XML);
  return zip.bytes();
}
