import { OfficeMockObject } from "office-addin-mock";
import {
  checkExcelSupport,
  EXCEL_TOO_OLD_MESSAGE,
  NOT_IN_EXCEL_MESSAGE,
} from "../../src/excel/excelSupport";

/** Excel whose highest ExcelApi set is 1.`minor`. */
function excelWith(minor: number): OfficeMockObject {
  return new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (set: string, version: string): boolean =>
          set === "ExcelApi" && Number(version.split(".")[1]) <= minor,
      },
    },
  });
}

describe("checkExcelSupport", () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });

  it("accepts Excel with ExcelApi 1.7 or later", () => {
    globals.Office = excelWith(7);
    expect(checkExcelSupport()).toEqual({ ok: true });
    globals.Office = excelWith(17);
    expect(checkExcelSupport()).toEqual({ ok: true });
  });

  it("says in French that Excel is too old below 1.7", () => {
    globals.Office = excelWith(6);
    const support = checkExcelSupport();
    expect(support).toEqual({ ok: false, message: EXCEL_TOO_OLD_MESSAGE });
    expect(EXCEL_TOO_OLD_MESSAGE).toMatch(
      /trop ancienne.*Excel 2019.*Microsoft 365.*Excel sur le web/,
    );
  });

  it("says so when it is not running in Excel at all", () => {
    expect(checkExcelSupport()).toEqual({ ok: false, message: NOT_IN_EXCEL_MESSAGE });
  });

  it("takes the requirement check as a parameter too", () => {
    expect(checkExcelSupport((_s, v) => v === "1.7")).toEqual({ ok: true });
    expect(checkExcelSupport(() => false).ok).toBe(false);
  });
});
