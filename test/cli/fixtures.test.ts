/**
 * The CLI on hand-made workbooks laid out as PRODUCT §1 allows, against values and statuses
 * computed by hand from PRODUCT §3–§4 (each fixture's .expected.json says why).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { FIXTURES, filesIn, runInTemp } from "./cliHarness";
import { refreshReportSchema, type RefreshReport } from "../../src/core/report";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

interface ExpectedIndicator {
  code: string | null;
  label?: string;
  value?: number | boolean | string | null;
  previous?: number | boolean | string | null;
  status: string;
  source?: string | null;
  expected?: number | null;
}
interface Expected {
  fixture: string;
  usable: boolean;
  semester?: string;
  cliExitCode?: number;
  completeness?: { expected: number; filled: number; rate: number | null };
  indicators?: ExpectedIndicator[];
  notListed?: { code: string }[];
  statusCountsExcept?: { codes: string[]; counts: Record<string, number> };
}

const expectations: Expected[] = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => JSON.parse(fs.readFileSync(path.join(FIXTURES, f), "utf8")) as Expected)
  .filter((e) => fs.existsSync(path.join(FIXTURES, e.fixture)));

function closeTo(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "number" && typeof actual === "number")
    return Math.abs(actual - expected) <= 1e-9;
  return actual === expected;
}

describe.each(expectations.filter((e) => e.usable).map((e) => [e.fixture, e] as const))(
  "%s",
  (fixture, exp) => {
    let report: RefreshReport;
    let outFile: string;
    beforeAll(async () => {
      const run = await runInTemp([
        "refresh",
        path.join(FIXTURES, fixture),
        "--semester",
        exp.semester!,
        "--report",
        "r.json",
        "--out",
        "o.xlsx",
      ]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      report = refreshReportSchema.parse(
        JSON.parse(fs.readFileSync(path.join(run.cwd, "r.json"), "utf8")),
      );
      outFile = path.join(run.cwd, "o.xlsx");
    }, 60_000);

    test("completeness", () => {
      const c = exp.completeness!;
      expect({
        expected: report.completeness.expected,
        filled: report.completeness.filled,
      }).toEqual({ expected: c.expected, filled: c.filled });
      expect(closeTo(report.completeness.rate, c.rate)).toBe(true);
    });

    test.each((exp.indicators ?? []).map((i) => [i.code ?? i.label ?? "?", i] as const))(
      "%s",
      (_, e) => {
        const actual = report.indicators.find((i) =>
          e.code ? i.code === e.code : i.code === null && i.label === e.label,
        );
        expect(actual).toBeDefined();
        const picked: Record<string, unknown> = { status: actual!.status };
        const wanted: Record<string, unknown> = { status: e.status };
        for (const key of ["value", "previous", "source", "expected"] as const)
          if (key in e) {
            picked[key] = closeTo(actual![key], e[key]) ? e[key] : actual![key];
            wanted[key] = e[key];
          }
        expect(picked).toEqual(wanted);
      },
    );

    test("not listed", () => {
      for (const n of exp.notListed ?? [])
        expect(report.indicators.find((i) => i.code === n.code)).toBeUndefined();
    });

    test("status counts", () => {
      if (!exp.statusCountsExcept) return;
      const counts: Record<string, number> = { ...report.statusCounts };
      for (const code of exp.statusCountsExcept.codes) {
        const i = report.indicators.find((x) => x.code === code);
        if (i) counts[i.status]!--;
      }
      expect(counts).toEqual(exp.statusCountsExcept.counts);
    });

    test("the output workbook holds the three sheets, the source sheets unchanged", async () => {
      const input = await readWorkbook(
        new Uint8Array(fs.readFileSync(path.join(FIXTURES, fixture))),
        fixture,
      );
      const output = await readWorkbook(new Uint8Array(fs.readFileSync(outFile)), "o.xlsx");
      const names = output.grids.map((g) => g.name);
      for (const s of report.sheetsWritten) expect(names).toContain(s);
      for (const g of input.grids)
        expect(output.grids.find((o) => o.name === g.name)!.rows).toEqual(g.rows);
      const statut = output.grids.find((g) => g.name === report.sheetsWritten[1])!;
      const codes = statut.rows.slice(2).map((r) => r[0] ?? "");
      expect(codes).toEqual(report.indicators.map((i) => i.code ?? ""));
    });
  },
);

describe.each(expectations.filter((e) => !e.usable).map((e) => [e.fixture, e] as const))(
  "unusable: %s",
  (fixture, exp) => {
    test("exit 1, one French sentence, no output file left behind", async () => {
      const run = await runInTemp([
        "refresh",
        path.join(FIXTURES, fixture),
        "--out",
        "o.xlsx",
        "--report",
        "r.json",
      ]);
      expect(run.code).toBe(exp.cliExitCode);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/«\s.+\s»/);
      expect(filesIn(run.cwd)).toEqual([]);
    });
  },
);
