/** Files that are not .xlsx workbooks: exit 1 and one French sentence saying how to save as .xlsx. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { filesIn, runInTemp } from "./cliHarness";

const SAVE_AS = "Fichier › Enregistrer sous › Classeur Excel (.xlsx)";
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function ods(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file("content.xml", "<office:document-content/>");
  return zip.generateAsync({ type: "uint8array" });
}

test.each<[string, () => Promise<Uint8Array>]>([
  ["pilotage.ods", ods],
  ["pilotage.xls", async () => new Uint8Array([...OLE, ...new Array(504).fill(0)])],
  [
    "pilotage.xlsx",
    async () =>
      new Uint8Array([
        ...OLE,
        ...new Array(100).fill(0),
        ...[..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]),
      ]),
  ],
])("spaser refresh %s → exit 1, how to save as .xlsx, nothing written", async (name, make) => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "spaser-cli-"));
  fs.writeFileSync(path.join(cwd, name), await make());
  const run = await runInTemp(["refresh", name, "--out", "sortie.xlsx"], cwd);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(SAVE_AS);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(filesIn(cwd)).toEqual([name]);
});
