/**
 * The hand-made workbooks of the refresh tests give a bilan whose figures match their
 * hand-computed expectations (test/fixtures/pilot/*.expected.json, all of 2026-S1): the
 * bilan of 2026 shows them in its 2026-S1 column and, for the first-semester (A1) indicators,
 * their status; unusable files give the refresh's French sentence.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { FIXTURES } from "../cli/cliHarness";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { buildBilan } from "../../src/bilan/buildBilan";
import { bilanDocx } from "../../src/bilan/document";
import { rasteriseWithResvg } from "../../src/cli/bilanRaster";
import { formatValue, frenchPercent, frenchTypography } from "../../src/bilan/format";
import { bilanSchema, type Bilan, type BilanRow } from "../../src/bilan/model";
import { catalogueByCode } from "../../src/core/catalogue";
import { statusText } from "../../src/core/statusPresentation";
import type { StatusKey } from "../../src/core/status";
import { readDocx, type DocxReadBack } from "./docxTables";

interface Expected {
  fixture: string;
  usable: boolean;
  semester?: string;
  completeness?: { expected: number; filled: number; rate: number | null };
  indicators?: {
    code: string | null;
    label?: string;
    value?: number | boolean | string | null;
    status: string;
  }[];
}

const all: Expected[] = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => JSON.parse(fs.readFileSync(path.join(FIXTURES, f), "utf8")) as Expected)
  .filter((e) => fs.existsSync(path.join(FIXTURES, e.fixture)));

function rows(b: Bilan): BilanRow[] {
  return b.axes.flatMap((a) => a.objectives.flatMap((o) => o.rows));
}

describe.each(all.filter((e) => e.usable).map((e) => [e.fixture, e] as const))(
  "%s",
  (fixture, exp) => {
    let bilan: Bilan;
    let doc: DocxReadBack;
    beforeAll(async () => {
      expect(exp.semester).toBe("2026-S1");
      const read = await readWorkbook(
        new Uint8Array(fs.readFileSync(path.join(FIXTURES, fixture))),
        fixture,
      );
      const outcome = buildBilan(read.grids, {
        workbookName: fixture,
        year: 2026,
        date: new Date(Date.UTC(2027, 0, 15)),
      });
      if (!outcome.ok) throw new Error(outcome.message);
      bilan = bilanSchema.parse(outcome.bilan);
      doc = await readDocx(await bilanDocx(bilan, rasteriseWithResvg));
    }, 60_000);

    test("completeness at 2026-S1, in the model and in the document", () => {
      const c = exp.completeness!;
      expect(bilan.reports.s1.completeness).toMatchObject({
        expected: c.expected,
        filled: c.filled,
      });
      const text = doc.paragraphs.map((p) => p.text).join("\n");
      expect(text).toContain(
        `Complétude 2026-S1\u00a0: ${c.filled}/${c.expected} indicateurs renseignés (${frenchPercent(c.rate!)})`,
      );
    });

    test.each((exp.indicators ?? []).map((i) => [i.code ?? i.label ?? "?", i] as const))(
      "%s",
      (_, e) => {
        const row = rows(bilan).find((r) =>
          e.code ? r.code === e.code : r.code === null && r.label === e.label,
        );
        if (e.status === "absent" || row === undefined) {
          // Not listed at 2026-S1 nor at 2026-S2: nothing to print.
          expect(bilan.reports.s1.indicators.find((i) => i.code === e.code)).toBeUndefined();
          return;
        }
        if ("value" in e) {
          if (typeof e.value === "number") expect(row.s1).toBeCloseTo(e.value, 9);
          else expect(row.s1).toBe(e.value);
          const printed = doc.tables
            .filter((t) => t[0]?.[0] === "Code")
            .flat()
            .find((r) =>
              e.code ? r[0] === e.code : r[0] === "—" && r[1] === frenchTypography(e.label!),
            );
          expect(printed?.[3]).toBe(frenchTypography(formatValue(e.value ?? null, row.unit)));
        }
        const annual = e.code !== null && catalogueByCode(e.code)?.periodicity === "A1";
        if (annual) {
          expect(row.status).toBe(e.status);
          expect(row.statusSemester).toBe("2026-S1");
          const printed = doc.tables.flat().find((r) => r[0] === e.code);
          expect(printed?.[7]).toBe(`${statusText(e.status as StatusKey)} (2026-S1)`);
        }
      },
    );
  },
);

describe.each(all.filter((e) => !e.usable).map((e) => [e.fixture] as const))("%s", (fixture) => {
  test("no bilan: the refresh's French sentence", async () => {
    let read;
    try {
      read = await readWorkbook(
        new Uint8Array(fs.readFileSync(path.join(FIXTURES, fixture))),
        fixture,
      );
    } catch (e) {
      expect((e as Error).message).toMatch(/«\s?.+\s?»/);
      return;
    }
    const outcome = buildBilan(read.grids, { workbookName: fixture, date: new Date() });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/^Aucune feuille d’indicateurs/);
  });
});
