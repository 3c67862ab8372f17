import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { arrayBufferOf } from "./arrayBufferOf";
import { catalogueByCode } from "../../src/core/catalogue";
import { STATUS_KEYS } from "../../src/core/status";
import { FIXTURE_DIR, WORKBOOK_FIXTURES, writeFixtures } from "../../scripts/make-fixtures";
import { sampleExpected } from "../../scripts/fixtures/sampleExpected";
import type { ExpectedOutcome } from "../../scripts/fixtures/fixtureTypes";
import { repoRoot } from "../../scripts/repoRoot";

describe("layout fixtures", () => {
  let tmp: string;
  let written: string[];

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "spaser-fixtures-"));
    written = await writeFixtures(tmp);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("are generated identically and the committed copies are up to date", async () => {
    const committed = join(repoRoot(), ...FIXTURE_DIR);
    for (const name of written) {
      const fresh = readFileSync(join(tmp, ...FIXTURE_DIR, name));
      expect({ name, same: fresh.equals(readFileSync(join(committed, name))) }).toEqual({
        name,
        same: true,
      });
    }
    const again = mkdtempSync(join(tmpdir(), "spaser-fixtures-"));
    try {
      await writeFixtures(again);
      for (const name of written) {
        const a = readFileSync(join(tmp, ...FIXTURE_DIR, name));
        expect(a.equals(readFileSync(join(again, ...FIXTURE_DIR, name)))).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it("give one expected.json per fixture", () => {
    const files = readdirSync(join(tmp, ...FIXTURE_DIR));
    for (const xlsx of files.filter((f) => f.endsWith(".xlsx"))) {
      expect(files).toContain(xlsx.replace(/\.xlsx$/, ".expected.json"));
    }
  });

  it("include an empty file and a text file named .xlsx", () => {
    const dir = join(tmp, ...FIXTURE_DIR);
    expect(readFileSync(join(dir, "vide.xlsx")).length).toBe(0);
    expect(readFileSync(join(dir, "texte.xlsx"), "utf8")).toMatch(/^Ceci n'est pas/);
  });

  it.each(WORKBOOK_FIXTURES.map((f) => [f.name, f] as const))(
    "%s is small and its expectations are coherent",
    async (_, fixture) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(
        arrayBufferOf(readFileSync(join(tmp, ...FIXTURE_DIR, `${fixture.name}.xlsx`))),
      );
      const [pilot, register] = wb.worksheets;
      // Data rows: those below the header, the first row holding at least five cells (titles hold one).
      const dataRows = (ws: ExcelJS.Worksheet | undefined): number => {
        if (!ws) return 0;
        let header = 1;
        while (header <= ws.rowCount && ws.getRow(header).actualCellCount < 5) header++;
        return ws.actualRowCount - header;
      };
      expect(dataRows(pilot)).toBeGreaterThanOrEqual(10);
      expect(dataRows(pilot)).toBeLessThanOrEqual(15);
      expect(dataRows(register)).toBeGreaterThanOrEqual(20);
      expect(dataRows(register)).toBeLessThanOrEqual(40);

      const { expected } = fixture;
      expect(expected.indicators.length).toBeGreaterThanOrEqual(6);
      expect(expected.completeness.rate).toBeCloseTo(
        expected.completeness.filled / expected.completeness.expected,
        12,
      );
      expect(expected.completeness.filled).toBeLessThanOrEqual(expected.completeness.expected);
      for (const indicator of expected.indicators) {
        expect(STATUS_KEYS).toContain(indicator.status);
        if (indicator.code !== null) expect(catalogueByCode(indicator.code)).toBeDefined();
        else expect(indicator.label).toBeTruthy();
        expect(indicator.why.length).toBeGreaterThan(5);
      }
    },
  );

  it.each(
    [...WORKBOOK_FIXTURES.map((f) => f.expected), sampleExpected].map(
      (e) => [e.fixture, e] as const,
    ),
  )(
    "%s: status counts are the tally of the indicators listed one by one",
    (_, expected: ExpectedOutcome) => {
      const counts = expected.statusCountsExcept;
      if (!counts) return;
      const tally = new Map<string, number>();
      for (const i of expected.indicators) {
        if (i.code !== null && counts.codes.includes(i.code)) continue;
        tally.set(i.status, (tally.get(i.status) ?? 0) + 1);
      }
      // Every listed indicator but the left-out codes is spelled out: the counts are its tally.
      for (const status of STATUS_KEYS) {
        expect([status, tally.get(status) ?? 0]).toEqual([status, counts.counts[status]]);
      }
    },
  );
});
