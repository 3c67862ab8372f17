/**
 * Browser mode's file engine as the page drives it: the jobs the Web Worker runs, through the
 * client the page uses, with an in-process stand-in for the Worker that clones every message
 * as postMessage would (structuredClone). Successive semesters go into one workbook.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { bilanYears, buildBilan } from "../../src/bilan/buildBilan";
import { buildTemplatePlans } from "../../src/core/templatePlan";
import { createWorkbook } from "../../src/xlsx/writePlans";
import { createBrowserHost } from "../../src/panes/excel/host/browserHost";
import {
  createEngineClient,
  EngineCancelledError,
  type WorkerLike,
} from "../../src/panes/excel/host/engineClient";
import { runEngineJob } from "../../src/panes/excel/host/engineJobs";
import type { EngineCall, EngineReply } from "../../src/panes/excel/host/engineProtocol";
import type { RefreshStep } from "../../src/panes/excel/host/workbookHost";
import { describeError } from "../../src/panes/excel/model/describeError";

const SAMPLE = new Uint8Array(
  readFileSync(join(__dirname, "..", "..", "assets", "pilotage-spaser-exemple.xlsx")),
);
const NOW = () => new Date(Date.UTC(2026, 6, 1, 8));

/** A Worker run in this process: the job's replies are cloned as postMessage clones them. */
function inProcessWorker(log: { spawned: number; terminated: number }): WorkerLike {
  log.spawned++;
  let alive = true;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(call: EngineCall) {
      const reply = (r: EngineReply): void => {
        if (alive) worker.onmessage?.({ data: structuredClone(r) } as MessageEvent<EngineReply>);
      };
      runEngineJob(call.job, (e) => reply({ id: call.id, ...e })).then(
        (result) => reply({ id: call.id, type: "done", result }),
        (error: Error) =>
          reply({
            id: call.id,
            type: "failed",
            error: { name: error.name, message: error.message },
          }),
      );
    },
    terminate() {
      alive = false;
      log.terminated++;
    },
  };
  return worker;
}

function engine() {
  const log = { spawned: 0, terminated: 0 };
  return { log, client: createEngineClient(() => inProcessWorker(log)) };
}

describe("browser mode's file engine", () => {
  it("inspects with reading progress as a share of the bytes to read, never going back", async () => {
    const { client, log } = engine();
    const host = createBrowserHost("pilotage.xlsx", SAMPLE, NOW, client);
    const progress: [number, number][] = [];
    const inspection = await host.inspect({ onProgress: (d, t) => progress.push([d, t]) });
    expect(inspection.pilotSheet).not.toBeNull();
    expect(inspection.registerSheet).not.toBeNull();
    // Compressed bytes of the parts read, out of the parts to read: from 0 to complete, never back.
    expect(progress[0]![0]).toBe(0);
    const [lastDone, lastTotal] = progress.at(-1)!;
    expect(lastDone).toBe(lastTotal);
    expect(lastTotal).toBeGreaterThan(0);
    expect(lastTotal).toBeLessThanOrEqual(SAMPLE.byteLength);
    let share = 0;
    for (const [done, total] of progress) {
      expect(done).toBeLessThanOrEqual(total);
      expect(done / total).toBeGreaterThanOrEqual(share);
      share = done / total;
    }
    expect(log.spawned).toBe(1);
  });

  it("shows every step, and refreshes successive semesters into the same workbook", async () => {
    const { client, log } = engine();
    const host = createBrowserHost("pilotage.xlsx", SAMPLE, NOW, client);
    const steps: RefreshStep[] = [];
    const s1 = await host.refresh({ semester: "2026-S1" }, (s) => steps.push(s));
    expect(steps).toEqual(["lecture", "lecture", "analyse", "ecriture"]);
    expect(s1.outcome.ok).toBe(true);
    expect(s1.download?.fileName).toBe("pilotage-spaser-2026-S1.xlsx");
    const s2 = await host.refresh({ semester: "2025-S2" }, () => undefined);
    expect(s2.download?.fileName).toBe("pilotage-spaser-2025-S2-2026-S1.xlsx");
    expect(s2.download?.semesters).toEqual(["2025-S2", "2026-S1"]);
    const sheets = (await readWorkbook(s2.download!.bytes, "r.xlsx")).existingSheets;
    const ours = sheets.filter((s) => s.ours).map((s) => s.name);
    expect(ours.sort()).toEqual([
      "Contrôle 2025-S2",
      "Contrôle 2026-S1",
      "Statut 2025-S2",
      "Statut 2026-S1",
      "Synthèse 2025-S2",
      "Synthèse 2026-S1",
    ]);
    // Refreshing a semester again replaces its sheets: no « (2) » copies.
    const again = await host.refresh({ semester: "2026-S1" }, () => undefined);
    const after = (await readWorkbook(again.download!.bytes, "r.xlsx")).existingSheets;
    expect(after.filter((s) => s.ours)).toHaveLength(6);
    expect(after.length).toBe(sheets.length);
    // The workbook's own sheets are all still there.
    const source = (await readWorkbook(SAMPLE, "p.xlsx")).existingSheets.map((s) => s.name);
    expect(after.map((s) => s.name)).toEqual(expect.arrayContaining(source));
    expect(log.spawned).toBe(1);
  });

  it("builds the bilan's model in the worker, from the workbook refreshed there: only the model crosses", async () => {
    const { client } = engine();
    const host = createBrowserHost("pilotage.xlsx", SAMPLE, NOW, client);
    // The status sheets written by a refresh are outputs: the bilan reads the source sheets.
    await host.refresh({ semester: "2026-S1" }, () => undefined);
    const date = new Date(Date.UTC(2027, 0, 15));
    const made = await host.makeBilan!({ year: 2026, date });
    const read = await readWorkbook(SAMPLE, "pilotage.xlsx");
    const expected = buildBilan(read.grids, { workbookName: "pilotage.xlsx", date, year: 2026 });
    expect(made.workbookName).toBe("pilotage.xlsx");
    expect(made.outcome.ok).toBe(true);
    expect(made.outcome).toEqual(expected);
    // The default year, and a year the workbook cannot give, as the command line answers them.
    expect((await host.makeBilan!({ date })).outcome).toEqual(
      buildBilan(read.grids, { workbookName: "pilotage.xlsx", date }),
    );
    const bad = await host.makeBilan!({ year: 206, date });
    expect(bad.outcome.ok).toBe(false);
    if (!bad.outcome.ok) expect(bad.outcome.message).toMatch(/Année « 206 » invalide/);
  });

  it("gives the years a bilan can be made for (the Word pane's « Bilan »), or why there are none", async () => {
    const { client } = engine();
    const { found } = await client.run({
      kind: "bilan-years",
      bytes: SAMPLE,
      fileName: "pilotage.xlsx",
    });
    const read = await readWorkbook(SAMPLE, "pilotage.xlsx");
    expect(found).toEqual(bilanYears(read.grids, "pilotage.xlsx"));
    expect("years" in found && found.years[0]).toBe(2026);
    const template = await client.run({ kind: "template" });
    const blank = await client.run({
      kind: "bilan-years",
      bytes: template.bytes,
      fileName: "vierge.xlsx",
    });
    expect(blank.found).toEqual({ years: [2030, 2029, 2028, 2027, 2026], defaultYear: 2030 });
    // A register alone: the French sentence of a refresh without indicator sheet.
    const registerOnly = await createWorkbook(buildTemplatePlans().slice(1));
    const none = await client.run({
      kind: "bilan-years",
      bytes: registerOnly,
      fileName: "registre.xlsx",
    });
    expect(none.found).toEqual({
      error: expect.stringMatching(/^Aucune feuille d’indicateurs n’a été trouvée/),
    });
  });

  it("refreshes the fallback semester of a blank workbook, not the last column", async () => {
    const { client } = engine();
    const blank = await createBrowserHost("x.xlsx", SAMPLE, NOW, client).createTemplate();
    const host = createBrowserHost("vierge.xlsx", blank.download!.bytes, NOW, client);
    const auto = await host.refresh({ fallbackSemester: "2027-S1" }, () => undefined);
    expect(auto.outcome.ok && auto.outcome.report.semester).toBe("2027-S1");
  });

  it("cancels a running job by ending the worker, and starts a fresh one for the next", async () => {
    const { client, log } = engine();
    const host = createBrowserHost("pilotage.xlsx", SAMPLE, NOW, client);
    const controller = new AbortController();
    const running = host.refresh({ semester: "2026-S1" }, () => undefined, {
      signal: controller.signal,
    });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(EngineCancelledError);
    expect(log.terminated).toBe(1);
    // The workbook is as it was: the next refresh is a first one.
    const next = await host.refresh({ semester: "2026-S1" }, () => undefined);
    expect(next.download?.semesters).toEqual(["2026-S1"]);
    expect(log.spawned).toBe(2);
  });

  it("keeps the kind of an error thrown in the worker, so that its French sentence is shown", async () => {
    const { client } = engine();
    const host = createBrowserHost(
      "faux.xlsx",
      new TextEncoder().encode("pas un classeur"),
      NOW,
      client,
    );
    const error = await host.inspect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("UnreadableWorkbookError");
    expect(describeError(error)).toMatch(/faux\.xlsx/);
    expect(describeError(error)).not.toMatch(/inattendue/);
  });

  it("fails every running job when the worker cannot run", async () => {
    let worker: WorkerLike | undefined;
    const client = createEngineClient(() => {
      worker = {
        onmessage: null,
        onerror: null,
        postMessage: () => undefined,
        terminate: () => undefined,
      };
      return worker;
    });
    const job = client.run({ kind: "template" });
    worker!.onerror?.({ message: "script refusé" } as ErrorEvent);
    await expect(job).rejects.toThrow("script refusé");
  });
});
