import { OWNERSHIP_NAME } from "../../src/core/api";
import { parseCellAddress } from "../../src/core/grid";
import type { SheetPlan } from "../../src/core/sheetPlan";
import { ExcelWriteError, ForeignSheetError } from "../../src/excel/errors";
import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/payloadBudget";
import { writePlans } from "../../src/excel/writePlans";
import { FakeExcel, type FormatOp, type SheetModel } from "./fakeExcel";
import { controlePlan, STATUSES, STYLES, statutPlan, synthesePlan } from "./statusPlans";
import { buildTemplatePlans } from "../../src/core/templatePlan";

const allSupported = (): boolean => true;

function sourceWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Indicateurs", [
    ["Code", "Indicateur"],
    ["IND-1", "Taux"],
  ]);
  excel.addSheet("Registre", [["Référence"], ["M-1"]]);
  return excel;
}

function existing(
  excel: FakeExcel,
  ours: readonly string[] = [],
): { name: string; ours: boolean; position: number }[] {
  return excel.sheets.map((s) => ({
    name: s.name,
    ours: ours.includes(s.name),
    position: s.position,
  }));
}

/** Area of an A1 address as { row, col, rows, cols }. */
function area(address: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b] = address.split(":");
  const tl = parseCellAddress(a!)!;
  const br = parseCellAddress(b ?? a!)!;
  return { row: tl.row, col: tl.col, rows: br.row - tl.row + 1, cols: br.col - tl.col + 1 };
}

/** The value of `property` each cell ends up with, replaying the recorded format writes. */
function formatOf(ops: readonly FormatOp[], sheet: string, property: string): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const op of ops) {
    if (op.sheet !== sheet || op.property !== property) continue;
    const a = area(op.address);
    for (let r = a.row; r < a.row + a.rows; r++)
      for (let c = a.col; c < a.col + a.cols; c++) cells.set(`${r},${c}`, op.value);
  }
  return cells;
}

function expectEveryCellStyled(excel: FakeExcel, plan: SheetPlan): void {
  const fills = formatOf(excel.formatOps, plan.name, "fill.color");
  const bold = formatOf(excel.formatOps, plan.name, "font.bold");
  plan.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const style = cell.style ? STYLES[cell.style] : undefined;
      expect([r, c, fills.get(`${r},${c}`)]).toEqual([
        r,
        c,
        style?.fill ? `#${style.fill}` : undefined,
      ]);
      expect([r, c, bold.get(`${r},${c}`)]).toEqual([r, c, style?.bold]);
    }),
  );
}

describe("writePlans — the three status sheets", () => {
  const excel = sourceWorkbook();
  const plans = [synthesePlan(), statutPlan(), controlePlan()];
  let syncs = 0;
  beforeAll(async () => {
    const result = await writePlans(excel, plans, existing(excel), {
      supports: allSupported,
      activate: "Synthèse 2026-S1",
    });
    syncs = result.syncs;
  });

  it("writes everything in one sync, every request under 4 MB", () => {
    expect(syncs).toBe(1);
    expect(excel.syncCount).toBe(1);
    expect(excel.syncs[0]!.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.suspendCalls).toBe(1);
  });

  it("adds the sheets after the source sheets, each with its ownership marker", () => {
    expect(excel.sheets.map((s) => s.name)).toEqual([
      "Indicateurs",
      "Registre",
      "Synthèse 2026-S1",
      "Statut 2026-S1",
      "Contrôle 2026-S1",
    ]);
    expect(excel.sheet("Statut 2026-S1")!.names.get(OWNERSHIP_NAME)).toBe('="statut:2026-S1"');
    expect(excel.sheet("Synthèse 2026-S1")!.names.get(OWNERSHIP_NAME)).toBe('="synthese:2026-S1"');
    expect(excel.sheet("Contrôle 2026-S1")!.names.get(OWNERSHIP_NAME)).toBe('="controle:2026-S1"');
  });

  it("writes the values, and keeps text that looks like a formula as text", () => {
    const statut = excel.sheet("Statut 2026-S1")!;
    expect(statut.cell(0, 13)).toBe("Statut");
    expect(statut.cell(1, 3)).toBe("=SOMME(A1:A9)");
    expect(statut.cell(2, 14)).toBe("+ 3 points");
    expect(statut.cell(3, 5)).toBeCloseTo(0.202);
    expect(statut.cell(1, 6)).toBeNull();
    expect(statut.cell(50, 0)).toBe("IND-50");
    expect(statut.cell(51, 0)).toBeNull();
  });

  it("writes the number formats given, General elsewhere", () => {
    const statut = excel.sheet("Statut 2026-S1")!;
    expect(statut.format(1, 5)).toBe("0.0 %");
    expect(statut.format(1, 11)).toBe("0 %");
    expect(statut.format(1, 0)).toBe("General");
  });

  it("formats by block, not by cell, and every cell gets its style", () => {
    const statutOps = excel.formatOps.filter((op) => op.sheet === "Statut 2026-S1");
    const blocks = new Set(statutOps.map((op) => op.address));
    // Header row, body columns A–M, the status cell of each of the 50 rows, column O.
    expect(blocks.size).toBe(1 + 1 + 50 + 1);
    expect(statutOps.length).toBeLessThanOrEqual(blocks.size * 25);
    expect(
      new Set(
        excel.formatOps.filter((op) => op.sheet === "Contrôle 2026-S1").map((op) => op.address),
      ).size,
    ).toBe(4);
    for (const plan of plans) expectEveryCellStyled(excel, plan);
    const statusFill = formatOf(excel.formatOps, "Statut 2026-S1", "fill.color");
    STATUSES.forEach((s, i) => expect(statusFill.get(`${1 + i},13`)).toBe(`#${STYLES[s]!.fill}`));
    const borders = formatOf(excel.formatOps, "Statut 2026-S1", "borders.InsideHorizontal.style");
    expect(borders.get("10,2")).toBe("Continuous");
  });

  it("sets column widths in points, freezes panes, merges", () => {
    const statut = excel.sheet("Statut 2026-S1")!;
    expect(statut.columnWidths.get("D:D")).toBe(50 * 7 * 0.75);
    // Equal widths side by side are set at once.
    expect(statut.columnWidths.get("F:M")).toBe(10 * 7 * 0.75);
    expect(statut.freeze).toEqual({ rows: 1, columns: 1 });
    expect(excel.sheet("Contrôle 2026-S1")!.freeze).toEqual({ rows: 1, columns: 0 });
    expect(excel.sheet("Synthèse 2026-S1")!.merges).toEqual(["A1:F1"]);
    expect(statut.autoFilter).toBe("A1:O51");
    expect(statut.orientation).toBe("Landscape");
    // One page wide, as many tall as needed (office-js #1860: never the width alone).
    expect(statut.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it("links each issue to its cell", () => {
    const controle = excel.sheet("Contrôle 2026-S1")!;
    expect(controle.hyperlinks.size).toBe(50);
    expect(controle.hyperlinks.get("C2")).toEqual({
      documentReference: "'Indicateurs'!H4",
      textToDisplay: "H4",
    });
  });

  it("draws a real bar chart, and no data bars where there is a chart", () => {
    const synthese = excel.sheet("Synthèse 2026-S1")!;
    expect(synthese.charts).toEqual([
      {
        name: "SPASER 1",
        type: "BarClustered",
        source: "Synthèse 2026-S1!B5:B9",
        seriesBy: "Columns",
        title: "Indicateurs par statut",
        legendVisible: false,
        xAxis: "Synthèse 2026-S1!A5:A9",
        position: ["D4", "K19"],
      },
    ]);
    expect(synthese.dataBars).toEqual([]);
  });

  it("shows the Synthèse", () => {
    expect(excel.sheet("Synthèse 2026-S1")!.selected).toBe("A1");
  });
});

describe("writePlans — ownership", () => {
  it("refuses to overwrite a sheet it did not write, before touching anything", async () => {
    const excel = sourceWorkbook();
    const foreign = excel.addSheet("Statut 2026-S1", [["Mon tableau à moi"]]);
    await expect(
      writePlans(excel, [synthesePlan(), statutPlan()], existing(excel)),
    ).rejects.toBeInstanceOf(ForeignSheetError);
    await expect(writePlans(excel, [statutPlan()], existing(excel))).rejects.toThrow(
      "La feuille « Statut 2026-S1 » n'a pas été créée par le complément SPASER : elle n'est pas remplacée.",
    );
    expect(excel.syncCount).toBe(0);
    expect(excel.sheets).toHaveLength(3);
    expect(foreign.cell(0, 0)).toBe("Mon tableau à moi");
  });

  it("compares sheet names as Excel does, without regard to case", async () => {
    const excel = sourceWorkbook();
    excel.addSheet("STATUT 2026-s1", [["Mon tableau"]]);
    await expect(writePlans(excel, [statutPlan()], existing(excel))).rejects.toBeInstanceOf(
      ForeignSheetError,
    );
  });

  it("rewrites its own sheet in place: same worksheet, nothing of the old run left, the user's references intact", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Indicateurs", [["Code"]]);
    const old = excel.addSheet("Statut 2026-S1", []);
    for (let r = 0; r < 80; r++) old.setCell(r, 0, `ancien ${r}`);
    old.formats.set("A70", "0.00");
    old.merges.push("A75:C75");
    old.freeze = { rows: 3, columns: 0 };
    old.names.set(OWNERSHIP_NAME, '="statut:2025-S2"');
    const chart = (name: string, title: string) => ({
      name,
      type: "Pie",
      source: "X",
      seriesBy: undefined,
      title,
      legendVisible: true,
      xAxis: undefined,
      position: undefined,
    });
    old.charts.push(chart("SPASER 1", "ancien"), chart("Mon graphique", "à moi"));
    excel.addSheet("Registre", [["Référence"]]);
    const synthese = excel.addSheet("Synthèse 2026-S1", [["ancienne synthèse"]]);
    synthese.names.set(OWNERSHIP_NAME, '="synthese:2026-S1"');
    // The user's own name pointing into our sheet: deleting the sheet would make it #REF!.
    excel.userNames.set("TauxGlobal", "='Statut 2026-S1'!B2");
    const known = existing(excel, ["Statut 2026-S1", "Synthèse 2026-S1"]).map((s) => ({
      ...s,
      charts: excel.sheet(s.name)!.charts.map((c) => c.name),
    }));

    const result = await writePlans(excel, [synthesePlan(), statutPlan(), controlePlan()], known, {
      supports: allSupported,
    });
    expect(result.syncs).toBe(1);
    expect(excel.sheets.map((s) => s.name)).toEqual([
      "Indicateurs",
      "Statut 2026-S1",
      "Registre",
      "Synthèse 2026-S1",
      "Contrôle 2026-S1",
    ]);
    const statut = excel.sheet("Statut 2026-S1")!;
    expect(statut).toBe(old);
    expect(excel.userNames.get("TauxGlobal")).toBe("='Statut 2026-S1'!B2");
    expect(statut.cell(60, 0)).toBeNull();
    expect(statut.formats.has("A70")).toBe(false);
    expect(statut.merges).not.toContain("A75:C75");
    expect(statut.cell(1, 0)).toBe("IND-1");
    expect(statut.charts.map((c) => c.title)).toEqual(["à moi"]);
    expect(statut.freeze).toEqual(statutPlan().freeze ?? undefined);
    expect(statut.names.get(OWNERSHIP_NAME)).toBe('="statut:2026-S1"');
    expect(excel.sheet("Synthèse 2026-S1")!.cell(0, 0)).toBe("Synthèse du SPASER — 2026-S1");
  });

  it("rewrites a VeryHidden sheet of its own without deleting it, and does not try to show it", async () => {
    const excel = sourceWorkbook();
    const hidden = excel.addSheet("Synthèse 2026-S1", [["ancienne"]]);
    hidden.visibility = "VeryHidden";
    hidden.names.set(OWNERSHIP_NAME, '="synthese:2026-S1"');
    const known = existing(excel, ["Synthèse 2026-S1"]).map((s) => ({
      ...s,
      visible: excel.sheet(s.name)!.visibility === "Visible",
    }));
    await writePlans(excel, [synthesePlan()], known, {
      supports: allSupported,
      activate: "Synthèse 2026-S1",
    });
    expect(excel.sheet("Synthèse 2026-S1")).toBe(hidden);
    expect(hidden.visibility).toBe("VeryHidden");
    expect(hidden.cell(0, 0)).toBe("Synthèse du SPASER — 2026-S1");
  });

  it("reports in French when Excel refuses the write", async () => {
    const excel = sourceWorkbook();
    // A sheet added since the read: the reader's list does not know it.
    const stale = existing(excel);
    excel.addSheet("Statut 2026-S1", [["ajoutée entre-temps"]]);
    const write = writePlans(excel, [statutPlan()], stale, { supports: allSupported });
    await expect(write).rejects.toBeInstanceOf(ExcelWriteError);
    await expect(
      writePlans(excel, [statutPlan()], stale, { supports: allSupported }),
    ).rejects.toThrow(
      "Une feuille portant le même nom a été ajoutée entre-temps : relancez l'actualisation.",
    );
    expect(excel.sheet("Statut 2026-S1")!.cell(0, 0)).toBe("ajoutée entre-temps");
  });

  it("outside Office (no requirement check), uses nothing optional and still writes", async () => {
    const excel = sourceWorkbook();
    await expect(writePlans(excel, [statutPlan()], [])).resolves.toEqual({
      syncs: 1,
      written: ["Statut 2026-S1"],
    });
    expect(excel.suspendCalls).toBe(0);
    expect(excel.sheet("Statut 2026-S1")!.autoFilter).toBeUndefined();
  });
});

describe("writePlans — showing a sheet", () => {
  it("does not risk the whole write on a sheet that does not exist", async () => {
    const excel = sourceWorkbook();
    const result = await writePlans(excel, [statutPlan()], existing(excel), {
      activate: "Nulle part",
    });
    expect(result.syncs).toBe(1);
    expect(excel.sheet("Statut 2026-S1")!.cell(1, 0)).toBe("IND-1");
  });
});

describe("writePlans — data bars and old Excel versions", () => {
  it("writes data bars when the plan has no chart", async () => {
    const excel = sourceWorkbook();
    const plan: SheetPlan = { ...synthesePlan(), charts: [] };
    await writePlans(excel, [plan], existing(excel), { supports: allSupported });
    expect(excel.sheet(plan.name)!.dataBars).toEqual([
      {
        address: "Synthèse 2026-S1!B5:B9",
        lower: { type: "Number", formula: "0" },
        upper: { type: "Number", formula: "10" },
        color: "#5B9BD5",
      },
    ]);
  });

  it("skips what needs ExcelApi 1.9 (auto-filter, print layout) where it is missing", async () => {
    const excel = sourceWorkbook();
    await writePlans(excel, [statutPlan()], existing(excel), {
      supports: (_set, version) => version !== "1.9",
    });
    const statut = excel.sheet("Statut 2026-S1")!;
    expect(statut.autoFilter).toBeUndefined();
    expect(statut.orientation).toBeUndefined();
    expect(statut.cell(1, 0)).toBe("IND-1");
  });
});

describe("writePlans — a very large Contrôle", () => {
  it("splits the values into row chunks so that every request stays under 4 MB", async () => {
    const excel = sourceWorkbook();
    const plan = controlePlan(25_000);
    const result = await writePlans(excel, [plan], existing(excel), { supports: allSupported });
    expect(result.syncs).toBeGreaterThan(1);
    expect(result.syncs).toBe(excel.syncCount);
    for (const s of excel.syncs) expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const sheet: SheetModel = excel.sheet(plan.name)!;
    expect(sheet.cell(25_000, 4)).toBe("Valeur manquante pour le semestre 2026-S1 (ligne 25000).");
    expect(sheet.hyperlinks.size).toBe(25_000);
    // Recalculation is suspended again in every batch.
    expect(excel.suspendCalls).toBe(result.syncs);
  }, 60_000);
});

describe("writePlans — sheets handed over to the user, row heights", () => {
  it("writes the blank template without ownership markers, with the rows' heights", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Feuil1", [["x"]]);
    const plans = buildTemplatePlans();
    await writePlans(excel, plans, existing(excel), { supports: allSupported });
    for (const name of ["Indicateurs", "Marchés"])
      expect(excel.sheet(name)!.names.has(OWNERSHIP_NAME)).toBe(false);
    const pilot = plans[0]!;
    const tall = pilot.rowHeights!.findIndex((h) => h !== undefined);
    expect(tall).toBeGreaterThanOrEqual(0);
    const heights = excel.sheet("Indicateurs")!.rowHeights;
    const covering = [...heights].find(([range]) => {
      const [a, b] = range.split(":").map(Number) as [number, number];
      return a <= tall + 1 && tall + 1 <= b;
    });
    expect(covering?.[1]).toBe(pilot.rowHeights![tall]);
  });
});
