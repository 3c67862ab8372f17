import {
  cellInput,
  columnWidthPoints,
  ownershipFormula,
  quoteSheetName,
} from "../../src/excel/cellInput";

describe("cellInput", () => {
  it("guards every string so that Excel keeps it as typed text", () => {
    expect(cellInput("=SOMME(A1:A3)")).toBe("'=SOMME(A1:A3)");
    expect(cellInput("35 %")).toBe("'35 %");
    expect(cellInput("#N/A")).toBe("'#N/A");
    expect(cellInput("Statut")).toBe("'Statut");
    expect(cellInput("'déjà")).toBe("''déjà");
  });

  it("writes empty cells as empty strings, numbers and booleans as they are", () => {
    expect(cellInput(null)).toBe("");
    expect(cellInput("")).toBe("");
    expect(cellInput(0.35)).toBe(0.35);
    expect(cellInput(Number.NaN)).toBe("");
    expect(cellInput(false)).toBe(false);
  });
});

describe("references and markers", () => {
  it("quotes sheet names and doubles their apostrophes", () => {
    expect(quoteSheetName("Indicateurs")).toBe("'Indicateurs'");
    expect(quoteSheetName("Suivi d'achat")).toBe("'Suivi d''achat'");
  });

  it("makes the marker a text constant", () => {
    expect(ownershipFormula("statut", "2026-S1")).toBe('="statut:2026-S1"');
    expect(ownershipFormula('a"b', "2026-S1")).toBe('="a""b:2026-S1"');
  });

  it("converts widths in characters to points", () => {
    expect(columnWidthPoints(10)).toBe(52.5);
    expect(columnWidthPoints(0)).toBe(0);
    expect(columnWidthPoints(-3)).toBe(0);
  });
});
