/**
 * LibreOffice renders the sample's bilan to PDF (PRODUCT §11). Skipped only when LibreOffice is
 * not installed (Debian package libreoffice-writer); pdftotext, when present, checks the text.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { runInTemp } from "../cli/cliHarness";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const maybe = has("libreoffice") ? test : test.skip;

maybe(
  "the bilan converts to a PDF whose first page holds the title and the completeness",
  async () => {
    const run = await runInTemp([
      "bilan",
      "--annee",
      "2026",
      "--out",
      "b.docx",
      "--date",
      "2027-01-15",
    ]);
    expect(run.code).toBe(0);
    const profile = path.join(run.cwd, "profile");
    const lo = spawnSync(
      "libreoffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        run.cwd,
        path.join(run.cwd, "b.docx"),
      ],
      { encoding: "utf8", timeout: 170_000 },
    );
    expect(lo.status).toBe(0);
    const pdf = fs.readFileSync(path.join(run.cwd, "b.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    if (has("pdftotext")) {
      const text = spawnSync(
        "pdftotext",
        ["-f", "1", "-l", "1", path.join(run.cwd, "b.pdf"), "-"],
        {
          encoding: "utf8",
        },
      ).stdout;
      expect(text).toContain("Bilan annuel 2026 du SPASER 2026-2030");
      expect(text).toMatch(/Complétude 2026-S1\s*:\s*22\/24/);
    }
  },
  180_000,
);
