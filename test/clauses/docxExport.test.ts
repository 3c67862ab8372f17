import JSZip from "jszip";
import {
  ClauseParametersError,
  exportClausesDocx,
  EXPORT_TITLE,
} from "../../src/clauses/docxExport";
import { findTemplate } from "../../src/clauses/registry";
import { docxText as documentText } from "./docxText";

describe("exportClausesDocx", () => {
  const insertion = findTemplate("clause-insertion")!;
  const hqe = findTemplate("certification-hqe")!;

  it("writes a .docx with every chosen clause's title, legal basis and text", async () => {
    const bytes = await exportClausesDocx([insertion, hqe], {
      "certification-hqe": { niveau: "Excellent" },
    });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe("PK");
    const text = await documentText(bytes);
    expect(text).toContain(EXPORT_TITLE);
    expect(text).toContain(insertion.title);
    expect(text).toContain("CCP, art. L2112-2\u00a0; CCP, art. L2112-2-1");
    expect(text).toContain("fixé à 833\u00a0heures.");
    expect(text).toContain("au niveau «\u00a0Excellent\u00a0»");
    expect(text.indexOf(insertion.title)).toBeLessThan(text.indexOf(hqe.title));
  });

  it("declares French as the proofing language", async () => {
    const zip = await JSZip.loadAsync(await exportClausesDocx([hqe]));
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toMatch(/<w:lang w:val="fr-FR"/);
  });

  it("escapes text rather than interpreting it", async () => {
    const bytes = await exportClausesDocx([insertion], {
      "clause-insertion": { facilitateur: "la PLIE <w:t>&amp; co" },
    });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("la PLIE &lt;w:t&gt;&amp;amp; co");
  });

  it("rejects invalid parameters with a French message", async () => {
    const attempt = exportClausesDocx([insertion], { "clause-insertion": { taux: "80 %" } });
    await expect(attempt).rejects.toBeInstanceOf(ClauseParametersError);
    await expect(attempt).rejects.toThrow(
      "«\u00a0Taux d’insertion\u00a0» doit être au plus 30\u00a0%.",
    );
  });
});
