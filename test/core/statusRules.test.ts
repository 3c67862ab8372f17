import {
  evaluateStatus,
  expectedAt,
  deadlineReached,
  type StatusInput,
} from "../../src/core/statusRules";
import type { Deadline, Target } from "../../src/core/catalogue";

const S1_2026 = { year: 2026, half: 1 } as const;
const base: StatusInput = {
  due: true,
  current: { kind: "none" },
  target: { kind: "aucune" },
  deadline: { kind: "none" },
  semester: S1_2026,
  previous: null,
  baseline: null,
  earlierYes: [],
  tolerance: 0.1,
};
const v = (value: number | boolean | string) => ({ kind: "value" as const, value });
const min = (value: number): Target => ({ kind: "min", value });
const max = (value: number): Target => ({ kind: "max", value });
const year = (y: number): Deadline => ({ kind: "year", year: y });

describe("rule 1–4: listing, missing, invalid, monitoring", () => {
  test.each<[string, Partial<StatusInput>, string | undefined]>([
    ["not due, nothing → not listed", { due: false }, undefined],
    ["not due, error → not listed", { due: false, current: { kind: "error" } }, undefined],
    ["not due, but a value → evaluated", { due: false, current: v(3), target: min(1) }, "atteint"],
    ["nothing entered, nothing computed", {}, "non_renseigne"],
    ["Excel error", { current: { kind: "error" }, target: min(1) }, "non_renseigne"],
    ["invalid entry", { current: { kind: "invalid" }, target: min(1) }, "invalide"],
    ["no target", { current: v(3) }, "suivi"],
    ["not applicable", { current: { kind: "na" }, target: min(1) }, "suivi"],
  ])("%s", (_, input, status) => {
    expect(evaluateStatus({ ...base, ...input }).status).toBe(status);
  });
});

describe("rule 5: ↗ / ↘ against the same semester one year earlier", () => {
  test.each<[Target["kind"], number, number | null, string]>([
    ["hausse", 12, 10, "en_bonne_voie"],
    ["hausse", 10, 10, "a_surveiller"],
    ["hausse", 10 + 1e-12, 10, "a_surveiller"],
    ["hausse", 8, 10, "en_retard"],
    ["hausse", 8, null, "suivi"],
    ["baisse", 8, 10, "en_bonne_voie"],
    ["baisse", 10, 10, "a_surveiller"],
    ["baisse", 12, 10, "en_retard"],
  ])("%s: %d vs %p → %s", (kind, value, previous, status) => {
    expect(
      evaluateStatus({ ...base, target: { kind } as Target, current: v(value), previous }).status,
    ).toBe(status);
  });
});

describe("rule 6: oui targets", () => {
  test.each<[string, Partial<StatusInput>, string]>([
    ["oui", { current: v(true), deadline: year(2030) }, "atteint"],
    ["non before the deadline", { current: v(false), deadline: year(2030) }, "a_surveiller"],
    [
      "non at the deadline year's S2",
      { current: v(false), deadline: year(2026), semester: { year: 2026, half: 2 } },
      "en_retard",
    ],
    ["non after the deadline", { current: v(false), deadline: year(2025) }, "en_retard"],
    ["non, every year", { current: v(false), deadline: { kind: "every-year" } }, "en_retard"],
    [
      "non, every semester",
      { current: v(false), deadline: { kind: "every-semester" } },
      "en_retard",
    ],
    [
      "non, but oui earlier (one-off)",
      { current: v(false), deadline: year(2030), earlierYes: [{ year: 2025, half: 2 }] },
      "atteint",
    ],
    [
      "non, oui earlier does not carry for every-year targets",
      {
        current: v(false),
        deadline: { kind: "every-year" },
        earlierYes: [{ year: 2025, half: 1 }],
      },
      "en_retard",
    ],
  ])("%s", (_, input, status) => {
    expect(evaluateStatus({ ...base, target: { kind: "oui" }, ...input }).status).toBe(status);
  });

  test("a carried-forward oui says when it was done", () => {
    const r = evaluateStatus({
      ...base,
      target: { kind: "oui" },
      current: v(false),
      deadline: year(2030),
      earlierYes: [{ year: 2025, half: 2 }],
    });
    expect(r.remarkYes).toEqual({ year: 2025, half: 2 });
  });
});

describe("rule 7: numeric targets with trajectory", () => {
  // Baseline 0.5 at 2025-S2, target 1 at 2027-S2: 4 semesters, 2026-S1 expects 0.625.
  const trajectory: Partial<StatusInput> = {
    target: min(1),
    deadline: year(2027),
    baseline: { value: 0.5, semester: { year: 2025, half: 2 } },
  };
  test.each<[number, string]>([
    [1, "atteint"],
    [1 - 1e-12, "atteint"],
    [0.7, "en_bonne_voie"],
    [0.625, "en_bonne_voie"],
    [0.57, "a_surveiller"],
    [0.5625, "a_surveiller"],
    [0.56, "en_retard"],
  ])("≥ 100 %% by 2027 from 50 %% in 2025-S2: %d → %s", (value, status) => {
    const r = evaluateStatus({ ...base, ...trajectory, current: v(value) });
    expect(r.status).toBe(status);
    expect(r.expected).toBeCloseTo(0.625, 12);
  });

  test.each<[number, string]>([
    [0.35, "atteint"],
    [0.32, "a_surveiller"],
    [0.315, "a_surveiller"],
    [0.3149, "en_retard"],
  ])("≥ 35 %% every semester (no trajectory): %d → %s", (value, status) => {
    const r = evaluateStatus({
      ...base,
      target: min(0.35),
      deadline: { kind: "every-semester" },
      current: v(value),
      baseline: { value: 0.1, semester: { year: 2024, half: 2 } },
    });
    expect(r.status).toBe(status);
    expect(r.expected).toBe(0.35);
  });

  test.each<[number, string]>([
    [4, "atteint"],
    [5, "atteint"],
    [5.4, "a_surveiller"],
    [5.5, "a_surveiller"],
    [5.6, "en_retard"],
  ])("≤ 5 (mirror): %d → %s", (value, status) => {
    expect(
      evaluateStatus({
        ...base,
        target: max(5),
        deadline: { kind: "every-year" },
        current: v(value),
      }).status,
    ).toBe(status);
  });

  test("≤ with a decreasing trajectory: between target and expected is en bonne voie", () => {
    const r = evaluateStatus({
      ...base,
      target: max(10),
      deadline: year(2027),
      baseline: { value: 20, semester: { year: 2025, half: 2 } },
      current: v(17),
    });
    expect(r.expected).toBeCloseTo(17.5, 12);
    expect(r.status).toBe("en_bonne_voie");
  });

  test("tolerance is configurable", () => {
    const input = {
      ...base,
      target: min(1),
      deadline: { kind: "every-semester" } as Deadline,
      current: v(0.85),
    };
    expect(evaluateStatus({ ...input, tolerance: 0.1 }).status).toBe("en_retard");
    expect(evaluateStatus({ ...input, tolerance: 0.2 }).status).toBe("a_surveiller");
  });

  test("expected: no baseline, deadline reached, or a baseline at/after the deadline → the target", () => {
    expect(expectedAt(1, year(2030), null, S1_2026)).toBe(1);
    expect(
      expectedAt(1, year(2025), { value: 0, semester: { year: 2024, half: 2 } }, S1_2026),
    ).toBe(1);
    expect(
      expectedAt(1, year(2030), { value: 0, semester: { year: 2031, half: 2 } }, S1_2026),
    ).toBe(1);
    expect(
      expectedAt(1, year(2030), { value: 0.2, semester: { year: 2025, half: 2 } }, S1_2026),
    ).toBeCloseTo(0.2 + 0.8 / 10, 12);
  });

  test("deadline reached at the deadline year's S2, inclusive", () => {
    expect(deadlineReached(year(2026), { year: 2026, half: 1 })).toBe(false);
    expect(deadlineReached(year(2026), { year: 2026, half: 2 })).toBe(true);
    expect(deadlineReached({ kind: "none" }, S1_2026)).toBe(false);
  });
});
