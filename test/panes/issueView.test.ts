import {
  issueTarget,
  severityCounts,
  statusLines,
  visibleIssues,
} from "../../src/panes/excel/model/issueView";
import { STATUS_TEXT, SEVERITY_TEXT, formatPercent } from "../../src/panes/excel/messages";
import { STATUS_KEYS } from "../../src/core/status";
import { sampleReport } from "./fixtures";

describe("issue list model", () => {
  const report = sampleReport();

  it("filters by severity and keeps the report's order", () => {
    expect(visibleIssues(report.issues, "toutes").map((i) => i.cell)).toEqual(["K12", "K14", null]);
    expect(visibleIssues(report.issues, "avertissement").map((i) => i.cell)).toEqual(["K14"]);
    expect(visibleIssues(report.issues, "info")).toHaveLength(1);
  });

  it("counts issues per severity", () => {
    expect(severityCounts(report.issues)).toEqual({ erreur: 1, avertissement: 1, info: 1 });
  });

  it("jumps only to issues that name a sheet and a cell", () => {
    expect(issueTarget(report.issues[0]!)).toEqual({ sheet: "Indicateurs", cell: "K12" });
    expect(issueTarget(report.issues[2]!)).toBeNull();
    expect(issueTarget({ ...report.issues[0]!, cell: null })).toBeNull();
  });

  it("lists every status with its count, text and symbol, in the stable order", () => {
    const lines = statusLines(report);
    expect(lines.map((l) => l.key)).toEqual([...STATUS_KEYS]);
    expect(lines.map((l) => l.count)).toEqual([1, 1, 0, 1, 1, 0, 2]);
    expect(lines[3]).toEqual({
      key: "en_retard",
      symbol: STATUS_TEXT.en_retard.symbol,
      label: "En retard",
      count: 1,
    });
  });
});

describe("status and severity texts", () => {
  it("give each status its own label and its own symbol (never colour alone)", () => {
    const labels = STATUS_KEYS.map((k) => STATUS_TEXT[k].label);
    const symbols = STATUS_KEYS.map((k) => STATUS_TEXT[k].symbol);
    expect(new Set(labels).size).toBe(STATUS_KEYS.length);
    expect(new Set(symbols).size).toBe(STATUS_KEYS.length);
    expect(new Set(Object.values(SEVERITY_TEXT).map((s) => s.symbol)).size).toBe(3);
  });

  it("formats rates the French way", () => {
    expect(formatPercent(0.75)).toBe("75 %");
    expect(formatPercent(0.9130434782608695)).toBe("91,3 %");
  });
});
