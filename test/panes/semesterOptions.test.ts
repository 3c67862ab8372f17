import { semesterOfDate, semesterOptions } from "../../src/panes/excel/model/semesterOptions";
import { M } from "../../src/panes/excel/messages";

describe("semesterOfDate", () => {
  it("puts January–June in S1 and July–December in S2", () => {
    expect(semesterOfDate(new Date(2026, 0, 1))).toEqual({ year: 2026, half: 1 });
    expect(semesterOfDate(new Date(2026, 5, 30))).toEqual({ year: 2026, half: 1 });
    expect(semesterOfDate(new Date(2026, 6, 1))).toEqual({ year: 2026, half: 2 });
  });
});

describe("semesterOptions", () => {
  it("offers automatic first, then the workbook's semesters and the current one, newest first", () => {
    const options = semesterOptions(["2025-S2", "2026-S1", "2025-S1"], new Date(2026, 10, 26));
    expect(options.map((o) => o.value)).toEqual(["", "2026-S2", "2026-S1", "2025-S2", "2025-S1"]);
    expect(options[0]!.text).toBe(M.semesterAuto);
    expect(options[1]!.text).toBe("2e semestre 2026 (2026-S2, sans colonne)");
    expect(options[2]!.text).toBe("1er semestre 2026 (2026-S1)");
  });
  it("does not repeat the current semester when the workbook has it, and skips bad ids", () => {
    const options = semesterOptions(["2026-S2", "n'importe quoi"], new Date(2026, 8, 1));
    expect(options.map((o) => o.value)).toEqual(["", "2026-S2"]);
  });
});
