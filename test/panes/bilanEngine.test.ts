/**
 * The panes' bilan on the page's thread (Office mode, Word pane): the page is given a turn after
 * each refresh of the workbook, and the model is the command line's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bilanSteps, buildBilan } from "../../src/bilan/buildBilan";
import { makeBilan } from "../../src/panes/common/bilanEngine";
import { yieldToPage } from "../../src/panes/common/yieldToPage";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

jest.mock("../../src/panes/common/yieldToPage", () => ({
  yieldToPage: jest.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 0))),
}));

const SAMPLE = new Uint8Array(
  readFileSync(join(__dirname, "..", "..", "assets", "pilotage-spaser-exemple.xlsx")),
);

test("one turn of the page per refresh, and the same model as buildBilan", async () => {
  const { grids } = await readWorkbook(SAMPLE, "pilotage.xlsx");
  const date = new Date(Date.UTC(2027, 0, 15));
  const options = { workbookName: "pilotage.xlsx", date };
  let refreshes = 0;
  const steps = bilanSteps(grids, options);
  while (!steps.next().done) refreshes++;
  expect(refreshes).toBeGreaterThan(3);

  const turns = yieldToPage as jest.MockedFunction<typeof yieldToPage>;
  turns.mockClear();
  const outcome = await makeBilan(grids, "pilotage.xlsx", undefined, date);
  expect(turns).toHaveBeenCalledTimes(refreshes);
  expect(outcome).toEqual(buildBilan(grids, options));
  expect(outcome.ok).toBe(true);
});
