import {
  formatDiagnosticReport,
  highestVersions,
  REQUIREMENT_SETS,
} from "../../src/panes/common/diagnosticReport";

describe("diagnostic report", () => {
  it("gives the highest consecutive version of each requirement set", () => {
    const upTo = (max: number) => (_name: string, version: string) =>
      Number(version.split(".")[1]) <= max;
    expect(highestVersions(REQUIREMENT_SETS.excel, upTo(17))).toEqual([
      { name: "ExcelApi", highest: "1.17" },
    ]);
    expect(highestVersions(REQUIREMENT_SETS.word, upTo(0))).toEqual([
      { name: "WordApi", highest: null },
    ]);
  });

  it("reads as French text to copy: application, API sets, each step, the count", () => {
    const text = formatDiagnosticReport(
      {
        application: "Excel",
        platform: "PC",
        version: "16.0.17928.20114",
        requirementSets: [{ name: "ExcelApi", highest: "1.17" }],
        userAgent: "Edg/131",
      },
      [
        { label: "Lecture du classeur", status: "ok" },
        { label: "Écriture", status: "failed", detail: "InvalidArgument" },
        { label: "Relecture", status: "skipped", detail: "étape précédente en échec" },
      ],
      new Date(Date.UTC(2026, 10, 30, 9, 5)),
    );
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^Diagnostic du complément SPASER — 30\/11\/2026 \d\d:05$/);
    expect(lines.slice(1)).toEqual([
      "Application : Excel (PC, version 16.0.17928.20114)",
      "Ensembles d’API : ExcelApi 1.17",
      "Navigateur intégré : Edg/131",
      "Étapes :",
      "1. Lecture du classeur : réussie",
      "2. Écriture : échec (InvalidArgument)",
      "3. Relecture : non exécutée (étape précédente en échec)",
      "Résultat : 1 étape réussie sur 3.",
    ]);
  });
});
