/**
 * The DECP panel's logic (SIRET, file, state machine, anomaly list), the Office-mode block
 * planner, and the Office-mode register writer driven through the typed Excel fake.
 */
import type { CellValue, Grid } from "../../src/core/grid";
import { buildDecpReport, type DecpReport } from "../../src/decp/decpReport";
import type { DecpIssue, ImportedContract } from "../../src/decp/decpTypes";
import { importDecp } from "../../src/decp/importDecp";
import { mergeRegister, type CellChange } from "../../src/decp/mergeRegister";
import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/payloadBudget";
import { decpIntoExcel, registerSelection } from "../../src/panes/excel/host/decpIntoExcel";
import { readHeaders } from "../../src/excel/readHeaders";
import { readWorkbookGrids } from "../../src/excel/readWorkbook";
import type { DecpImportOutcome, DecpStep } from "../../src/panes/excel/host/workbookHost";
import { M } from "../../src/panes/excel/messages";
import {
  anomalyView,
  checkSiret,
  countLines,
  decpReducer,
  decpStepStates,
  initialDecpState,
  isDecpFileName,
  readyToImport,
  type DecpAction,
  type DecpPanelState,
} from "../../src/panes/excel/model/decpImport";
import {
  decpWriteBatches,
  officeCellInput,
  type WriteBlock,
} from "../../src/panes/excel/model/decpWriteBlocks";
import { startOfficeHost } from "../../src/panes/excel/host/officeHost";
import type { WorkbookHost } from "../../src/panes/excel/host/workbookHost";
import { FakeExcel } from "../excel/fakeExcel";
import { addPilotSheet, addRegister } from "../excel/workbookFixtures";

const BUYER = "22590001700016";

function marche(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    acheteur: { id: BUYER },
    nature: "Marché",
    objet: `Objet ${id}`,
    codeCPV: "45233141-9",
    procedure: "Appel d'offres ouvert",
    montant: 100000,
    dateNotification: "2026-01-12",
    dureeMois: 12,
    considerationsSociales: ["Clause sociale"],
    considerationsEnvironnementales: ["Pas de considération environnementale"],
    ...extra,
  };
}

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

async function contractsOf(
  marches: readonly Record<string, unknown>[],
): Promise<ImportedContract[]> {
  const result = await importDecp(bytesOf(JSON.stringify({ marches })));
  if (!result.ok) throw new Error(result.message);
  return [...result.contracts];
}

function run(
  actions: readonly DecpAction[],
  from: DecpPanelState = initialDecpState,
): DecpPanelState {
  return actions.reduce(decpReducer, from);
}

function issue(i: number): DecpIssue {
  return {
    severity: "avertissement",
    record: `marché n° ${i}`,
    field: "montant",
    value: "NC",
    action: "Laissé vide.",
  };
}

function reportWith(
  issues: readonly DecpIssue[],
  omitted = 0,
  acheteur: string | undefined = undefined,
): DecpReport {
  return buildDecpReport({
    file: "decp.json",
    format: "json",
    acheteur,
    output: "classeur.xlsx",
    sheet: "Marchés",
    importCounts: {
      recordsRead: 14,
      contracts: 12,
      concessionsSkipped: 2,
      otherBuyers: 3,
      duplicates: 0,
      rejected: 0,
    },
    mergeCounts: { added: 10, updated: 1, unchanged: 1, manualConflicts: 0 },
    appendedColumns: [],
    issues,
    notices: [],
    issuesOmitted: omitted,
  });
}

describe("checkSiret", () => {
  it("accepts an empty field as no filter", () => {
    expect(checkSiret("  ")).toEqual({ ok: true, value: undefined });
  });
  it("accepts 14 digits typed in groups, and keeps the digits only", () => {
    expect(checkSiret("225 900 017 00016")).toEqual({ ok: true, value: BUYER });
    expect(checkSiret("225\u00a0900\u00a0017\u00a000016")).toEqual({ ok: true, value: BUYER });
  });
  it("refuses 13 digits, or letters, with a French sentence counting the digits", () => {
    const short = checkSiret("2259000170001");
    expect(short).toEqual({ ok: false, message: M.decp.siretInvalid(13) });
    expect(short.ok ? "" : short.message).toContain("14 chiffres (13 chiffres saisis)");
    const letters = checkSiret("2259000170001A");
    expect(letters.ok).toBe(false);
  });
});

describe("isDecpFileName", () => {
  it.each([
    ["decp.json", true],
    ["DECP-2026.XML", true],
    ["export.csv", true],
    ["export.xlsx", true],
    ["classeur.xlsm", false],
    ["decp.json.zip", false],
    ["notes.txt", false],
  ])("%s → %p", (name, expected) => expect(isDecpFileName(name)).toBe(expected));
});

describe("decpReducer", () => {
  const outcome: DecpImportOutcome = { report: reportWith([]), created: false, download: null };

  it("refuses a file that is not a DECP file, and forgets the previous one", () => {
    const s = run([
      { type: "opened" },
      { type: "fileChosen", name: "a.json" },
      { type: "fileChosen", name: "a.pdf" },
    ]);
    expect(s.file).toBeNull();
    expect(s.error).toBe(M.decp.notDecpFile("a.pdf"));
    expect(readyToImport(s)).toEqual({ ok: false });
  });

  it("shows a SIRET error once checked, and updates it while the user corrects it", () => {
    let s = run([
      { type: "fileChosen", name: "a.json" },
      { type: "siretTyped", siret: "123" },
    ]);
    expect(s.siretError).toBeNull();
    s = run([{ type: "siretChecked" }], s);
    expect(s.siretError).toBe(M.decp.siretInvalid(3));
    expect(readyToImport(s)).toEqual({ ok: false });
    s = run([{ type: "siretTyped", siret: BUYER }], s);
    expect(s.siretError).toBeNull();
    expect(readyToImport(s)).toEqual({ ok: true, acheteur: BUYER });
  });

  it("walks the steps, then keeps the outcome with every step done", () => {
    const steps: DecpStep[] = ["lecture", "fusion"];
    let s = run([
      { type: "fileChosen", name: "a.json" },
      { type: "started" },
      ...steps.map((step) => ({ type: "step" as const, step })),
    ]);
    expect(s.running).toBe(true);
    expect(decpStepStates(s)).toEqual({ lecture: "done", fusion: "current", ecriture: "pending" });
    expect(readyToImport(s)).toEqual({ ok: false });
    expect(run([{ type: "closed" }], s).open).toBe(s.open);
    s = run([{ type: "succeeded", outcome }], s);
    expect(s.running).toBe(false);
    expect(s.outcome).toBe(outcome);
    expect(decpStepStates(s)).toEqual({ lecture: "done", fusion: "done", ecriture: "done" });
  });

  it("forgets the last result when another workbook is opened, but not during an import", () => {
    const done = run([
      { type: "opened" },
      { type: "fileChosen", name: "a.json" },
      { type: "started" },
      { type: "succeeded", outcome },
    ]);
    const changed = run([{ type: "workbookChanged" }], done);
    expect(changed.outcome).toBeNull();
    expect(changed.open).toBe(true);
    expect(changed.file).toEqual({ name: "a.json" });
    const running = run([{ type: "started" }], done);
    expect(run([{ type: "workbookChanged" }], running)).toBe(running);
  });

  it("marks the step that failed and shows the message", () => {
    const s = run([
      { type: "fileChosen", name: "a.json" },
      { type: "started" },
      { type: "step", step: "lecture" },
      { type: "step", step: "fusion" },
      { type: "failed", message: "Registre illisible." },
    ]);
    expect(s.error).toBe("Registre illisible.");
    expect(decpStepStates(s)).toEqual({ lecture: "done", fusion: "failed", ecriture: "pending" });
    // A new attempt clears the failure.
    const again = run([{ type: "started" }], s);
    expect(again.error).toBeNull();
    expect(again.failedStep).toBeNull();
  });
});

describe("anomalyView and countLines", () => {
  it("lists the first 20 anomalies and counts the others, those only counted by the import included", () => {
    const issues = Array.from({ length: 25 }, (_, i) => issue(i + 1));
    const view = anomalyView(reportWith(issues, 7));
    expect(view.shown).toHaveLength(20);
    expect(view.shown[0]?.record).toBe("marché n° 1");
    expect(view.more).toBe(12);
    expect(view.total).toBe(32);
    expect(M.decp.anomaliesMore(view.more)).toBe("et 12 autres");
  });

  it("shows everything when there are few", () => {
    const view = anomalyView(reportWith([issue(1), issue(2)]));
    expect(view.shown).toHaveLength(2);
    expect(view.more).toBe(0);
  });

  it("gives read, imported, updated, unchanged and concessions; other buyers only with a filter", () => {
    const plain = countLines(reportWith([]));
    expect(plain).toEqual([
      "14 enregistrements lus",
      "10 marchés importés",
      "1 mis à jour",
      "1 inchangé",
      "2 concessions ignorées",
    ]);
    expect(countLines(reportWith([], 0, BUYER))).toContain("3 marchés d’autres acheteurs écartés");
  });
});

describe("officeCellInput", () => {
  it("writes dates as serial numbers of the workbook's date system", () => {
    const d = new Date(Date.UTC(2026, 0, 12));
    expect(officeCellInput(d, false)).toBe(46034);
    expect(officeCellInput(d, true)).toBe(46034 - 1462);
  });
  it("keeps every text as text: formulas, SIRETs and percentages are not reinterpreted", () => {
    expect(officeCellInput("=1+1", false)).toBe("'=1+1");
    expect(officeCellInput(BUYER, false)).toBe(`'${BUYER}`);
    expect(officeCellInput("35 %", false)).toBe("'35 %");
  });
  it("writes numbers as they are and empties as empty", () => {
    expect(officeCellInput(1250000, false)).toBe(1250000);
    expect(officeCellInput(null, false)).toBe("");
    expect(officeCellInput(Number.NaN, false)).toBe("");
  });
});

/** The cells the batches write, by address, to compare with the merge's changes. */
function written(
  batches: readonly (readonly WriteBlock[])[],
): Map<string, { value: unknown; format: string | null | undefined }> {
  const out = new Map<string, { value: unknown; format: string | null | undefined }>();
  for (const batch of batches)
    for (const b of batch)
      b.values.forEach((row, i) =>
        row.forEach((value, j) => {
          const key = `${b.row + i}:${b.col + j}`;
          if (out.has(key)) throw new Error(`cell ${key} written twice`);
          out.set(key, { value, format: b.numberFormats?.[i]?.[j] });
        }),
      );
  return out;
}

function expectSameCells(
  changes: readonly CellChange[],
  batches: readonly (readonly WriteBlock[])[],
): void {
  const cells = written(batches);
  expect(cells.size).toBe(changes.length);
  for (const c of changes) {
    const cell = cells.get(`${c.row}:${c.col}`);
    expect(cell?.value).toEqual(officeCellInput(c.value, false));
    if (c.numberFormat) expect(cell?.format).toBe(c.numberFormat);
    else expect(cell?.format ?? null).toBeNull();
  }
}

describe("decpWriteBatches", () => {
  let contracts: ImportedContract[];
  beforeAll(async () => {
    contracts = await contractsOf(
      Array.from({ length: 40 }, (_, i) => marche(`2026-${String(i + 1).padStart(4, "0")}`)),
    );
  });

  it("writes a new register as a header block and one block for all the new rows", () => {
    const merged = mergeRegister(undefined, contracts);
    if (!merged.ok) throw new Error(merged.message);
    const batches = decpWriteBatches(merged.changes, false);
    expect(batches).toHaveLength(1);
    const rowsCovered = batches[0]!.reduce((n, b) => n + b.values.length, 0);
    // Blocks are rectangles: far fewer writes than rows.
    expect(batches[0]!.length).toBeLessThan(10);
    expect(rowsCovered).toBeGreaterThanOrEqual(41);
    expectSameCells(merged.changes, batches);
    const date = [...written(batches).values()].find((c) => c.value === 46034);
    expect(date?.format).toBe("dd/mm/yyyy");
  });

  it("cuts the writes into syncs under the budget, every cell written once", () => {
    const merged = mergeRegister(undefined, contracts);
    if (!merged.ok) throw new Error(merged.message);
    const budget = 4_000;
    const batches = decpWriteBatches(merged.changes, false, budget);
    expect(batches.length).toBeGreaterThan(3);
    for (const batch of batches) {
      const bytes = batch.reduce((n, b) => n + b.bytes, 0);
      expect(bytes).toBeLessThanOrEqual(budget);
      // The estimate covers what is really sent.
      for (const b of batch)
        expect(
          JSON.stringify(b.values).length + JSON.stringify(b.numberFormats ?? []).length,
        ).toBeLessThanOrEqual(b.bytes);
    }
    expectSameCells(merged.changes, batches);
  });

  it("has nothing to write when nothing changed", () => {
    expect(decpWriteBatches([], false)).toEqual([]);
  });
});

/** The register sheet as the fake stores it, as display values. */
function sheetRows(excel: FakeExcel, name: string): unknown[][] {
  return excel.sheet(name)!.values.map((r) => [...r]);
}

const HEADER = [
  "Référence",
  "Acheteur",
  "Objet",
  "Montant HT",
  "Date de notification",
  "Label SPASER",
  "Source",
];

function registerWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Indicateurs", [
    ["Indicateur", "S1 2026"],
    ["Taux de marchés avec clause sociale", 0.3],
  ]);
  excel.addSheet("Marchés", [
    HEADER,
    [
      "2026-0001",
      BUYER,
      "Ancien objet",
      90000,
      { value: 46034, format: "dd/mm/yyyy" },
      "oui",
      "DECP",
    ],
    ["M-MAIN-1", "", "Saisi à la main", 12000, null, "non", "Saisie"],
    ["2026-0002", BUYER, "Ligne saisie à la main", 1, null, "oui", ""],
  ]);
  return excel;
}

const runner =
  (excel: FakeExcel) =>
  <T>(work: (context: FakeExcel) => Promise<T>): Promise<T> =>
    work(excel);

describe("decpIntoExcel (Office mode, through the Excel fake)", () => {
  it("selects only the register for the full read", async () => {
    const excel = registerWorkbook();
    const headers = await readHeaders(excel);
    expect(registerSelection(headers)).toEqual([{ sheet: "Marchés" }]);
  });

  it("updates DECP rows, appends new ones, and leaves hand-typed rows and columns alone", async () => {
    const excel = registerWorkbook();
    const handTyped = sheetRows(excel, "Marchés").slice(2, 4);
    const contracts = await contractsOf([
      marche("2026-0001", { objet: "Nouvel objet =SOMME(A1)", montant: 95000 }),
      marche("2026-0002"),
      marche("2026-0003", { dateNotification: "2026-03-02" }),
    ]);
    const steps: DecpStep[] = [];
    const done = await decpIntoExcel(runner(excel), contracts, (s) => steps.push(s));
    expect(steps).toEqual(["fusion", "ecriture"]);
    expect(done.created).toBe(false);
    expect(done.sheet).toBe("Marchés");
    expect(done.merged.counts).toMatchObject({ added: 1, updated: 1, manualConflicts: 1 });

    const rows = sheetRows(excel, "Marchés");
    // Row 2 (DECP): objet and montant updated; the formula-like text stays text; Label SPASER kept.
    expect(rows[1]![2]).toBe("Nouvel objet =SOMME(A1)");
    expect(rows[1]![3]).toBe(95000);
    expect(rows[1]![5]).toBe("oui");
    // Hand-typed rows untouched.
    expect(rows.slice(2, 4)).toEqual(handTyped);
    expect(rows[3]![2]).toBe("Ligne saisie à la main");
    // New row at the end: SIRET as text, date as a serial with a date format, Source = DECP.
    expect(rows[4]![0]).toBe("2026-0003");
    expect(rows[4]![1]).toBe(BUYER);
    const dateCol = HEADER.indexOf("Date de notification");
    expect(rows[4]![dateCol]).toBe(46083);
    expect(excel.sheet("Marchés")!.format(4, dateCol)).toBe("dd/mm/yyyy");
    expect(rows[4]![HEADER.indexOf("Source")]).toBe("DECP");
    expect(rows[4]![HEADER.indexOf("Label SPASER")] ?? null).toBeNull();
    // Missing DECP columns appended at the right of the header.
    expect((rows[0] as CellValue[]).slice(HEADER.length)).toEqual(done.merged.appendedColumns);
    // Reading: header samples then the register; writing: one sync. All under 4 MB.
    expect(excel.syncs.length).toBeLessThanOrEqual(3);
    for (const s of excel.syncs) {
      expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
  });

  it("changes nothing when the same file is imported again", async () => {
    const excel = registerWorkbook();
    const contracts = await contractsOf([marche("2026-0004"), marche("2026-0005")]);
    await decpIntoExcel(runner(excel), contracts, () => undefined);
    const before = JSON.stringify(sheetRows(excel, "Marchés"));
    const syncs = excel.syncs.length;
    const again = await decpIntoExcel(runner(excel), contracts, () => undefined);
    expect(again.merged.changes).toHaveLength(0);
    expect(again.merged.counts.unchanged).toBe(2);
    expect(JSON.stringify(sheetRows(excel, "Marchés"))).toBe(before);
    // Read only: no write sync.
    expect(excel.syncs.length - syncs).toBeLessThanOrEqual(2);
  });

  it("creates « Marchés » in the canonical layout when the workbook has no register", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Indicateurs", [["Indicateur", "S1 2026"]]);
    const contracts = await contractsOf([marche("2026-0001"), marche("2026-0002")]);
    const done = await decpIntoExcel(runner(excel), contracts, () => undefined);
    expect(done.created).toBe(true);
    expect(done.sheet).toBe("Marchés");
    const sheet = excel.sheet("Marchés")!;
    const grid: Grid = {
      name: "Marchés",
      rows: sheet.values.map((r) => r.map((v) => (v ?? null) as CellValue)),
    };
    expect(grid.rows[0]?.[0]).toBe("Référence");
    expect(grid.rows.slice(1).map((r) => r[0])).toEqual(["2026-0001", "2026-0002"]);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
    // The sheet is the user's: no ownership marker.
    expect(sheet.names.size).toBe(0);
  });
});

describe("Office host (Excel.run over the Excel fake)", () => {
  const FILLER = "écriture comptable sans rapport avec le SPASER";

  function officeWorkbook(withUnrelated = true): FakeExcel {
    const excel = new FakeExcel();
    addPilotSheet(excel);
    addRegister(excel, 200, 30, "Marchés");
    if (!withUnrelated) return excel;
    // An unrelated sheet, heavier than everything else: a refresh must not read it.
    const other = excel.addSheet("Comptabilité", [["Pièce", "Libellé", "Montant"]]);
    for (let r = 1; r <= 4000; r++) {
      other.setCell(r, 0, `P-${r}`);
      other.setCell(r, 1, FILLER);
      other.setCell(r, 2, r * 10);
    }
    return excel;
  }

  async function officeHost(excel: FakeExcel): Promise<WorkbookHost> {
    Object.assign(globalThis, {
      Excel: { run: <T>(work: (context: FakeExcel) => Promise<T>): Promise<T> => work(excel) },
      Office: {
        context: {
          requirements: { isSetSupported: () => true },
          document: { url: "C:\\Pilotage\\pilotage.xlsx" },
        },
      },
    });
    const start = await startOfficeHost(() => new Date(Date.UTC(2026, 6, 1)));
    if (!start.ok) throw new Error(start.message);
    return start.host;
  }

  afterEach(() => {
    const g = globalThis as { Excel?: unknown; Office?: unknown };
    delete g.Excel;
    delete g.Office;
  });

  const responses = (x: FakeExcel): number => x.syncs.reduce((n, s) => n + s.responseBytes, 0);

  it("refreshes reading the indicator sheet and the register's columns only", async () => {
    const excel = officeWorkbook();
    const host = await officeHost(excel);
    const steps: string[] = [];
    let readBytes = 0;
    const result = await host.refresh({ semester: "2026-S1" }, (s) => {
      steps.push(s);
      // Reading is over when the analysis starts: what came back until then is the read.
      if (s === "analyse") readBytes = responses(excel);
    });
    expect(result.outcome.ok).toBe(true);
    expect(steps).toEqual(["lecture", "analyse", "ecriture"]);
    // What reading every column costs, with and without the unrelated sheet.
    const all = officeWorkbook();
    await readWorkbookGrids(all);
    const withoutUnrelated = officeWorkbook(false);
    await readWorkbookGrids(withoutUnrelated);
    const unrelated = responses(all) - responses(withoutUnrelated);
    expect(unrelated).toBeGreaterThan(200_000);
    expect(readBytes).toBeGreaterThan(0);
    // Only the unrelated sheet's header sample (rows 1–20) is read, not its 4 000 rows.
    expect(readBytes).toBeLessThan(responses(all) - unrelated * 0.8);
  });

  it("gives the page a turn between reading, the core and writing", async () => {
    const host = await officeHost(officeWorkbook());
    const order: string[] = [];
    await host.refresh({ semester: "2026-S1" }, (s) => {
      order.push(s);
      // A task queued when a step starts runs before the next step: the page is not frozen.
      setTimeout(() => order.push(`tâche après ${s}`), 0);
    });
    expect(order.indexOf("tâche après analyse")).toBeGreaterThan(order.indexOf("analyse"));
    expect(order.indexOf("tâche après analyse")).toBeLessThan(order.indexOf("ecriture"));
  });

  it("imports a DECP file into the live register through the host", async () => {
    const excel = officeWorkbook();
    const host = await officeHost(excel);
    const rowsBefore = excel.sheet("Marchés")!.values.length;
    const json = JSON.stringify({ marches: [marche("2026-0901"), marche("2026-0902")] });
    const steps: DecpStep[] = [];
    const outcome = await host.importDecp(
      { fileName: "decp.json", chunks: () => bytesOf(json) },
      (s) => steps.push(s),
    );
    expect(steps).toEqual(["lecture", "fusion", "ecriture"]);
    expect(outcome.download).toBeNull();
    expect(outcome.created).toBe(false);
    expect(outcome.report.sheet).toBe("Marchés");
    expect(outcome.report.output).toBe("pilotage.xlsx");
    expect(outcome.report.counts).toMatchObject({ recordsRead: 2, imported: 2, updated: 0 });
    const rows = excel.sheet("Marchés")!.values;
    expect(rows.slice(rowsBefore).map((r) => r[0])).toEqual(["2026-0901", "2026-0902"]);
  });

  it("says in French when the file holds no contract", async () => {
    const host = await officeHost(officeWorkbook());
    await expect(
      host.importDecp({ fileName: "vide.json", chunks: () => bytesOf("{}") }, () => undefined),
    ).rejects.toThrow(M.decp.nothingRead("vide.json"));
  });

  it.each(["[]", '{"marches": []}'])("%s is « 0 marché », not an unknown file", async (json) => {
    const excel = officeWorkbook();
    const host = await officeHost(excel);
    const rowsBefore = excel.sheet("Marchés")!.values.length;
    const outcome = await host.importDecp(
      { fileName: "vide.json", chunks: () => bytesOf(json) },
      () => undefined,
    );
    expect(outcome.report.counts).toMatchObject({ recordsRead: 0, imported: 0 });
    expect(excel.sheet("Marchés")!.values.length).toBe(rowsBefore);
  });
});
