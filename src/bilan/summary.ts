/** The bilan's essentials in a few French lines (CLI output; the panes show the same facts). */
import { STATUS_KEYS } from "../core/status";
import { STATUS_PRESENTATION } from "../core/statusPresentation";
import { NBSP, frenchPercent } from "./format";
import type { Bilan } from "./model";

export interface EssentialLine {
  readonly label: string;
  readonly value: string;
}

function rate(v: number | null): string {
  return v === null ? "—" : frenchPercent(v);
}

/** Label/value pairs: completeness, statuses, key rates (number and value). */
export function bilanEssentials(b: Bilan): EssentialLine[] {
  const c1 = b.reports.s1.completeness;
  const c2 = b.reports.s2.completeness;
  return [
    {
      label: `Complétude ${b.semesters.s1}`,
      value: `${c1.filled}/${c1.expected} (${rate(c1.rate)})`,
    },
    {
      label: `Complétude ${b.semesters.s2}`,
      value: `${c2.filled}/${c2.expected} (${rate(c2.rate)})`,
    },
    {
      label: `Statuts ${b.semesters.s2}`,
      value: STATUS_KEYS.filter((s) => b.reports.s2.statusCounts[s] > 0)
        .map(
          (s) =>
            `${STATUS_PRESENTATION[s].symbol} ${STATUS_PRESENTATION[s].label.toLowerCase()} ${b.reports.s2.statusCounts[s]}`,
        )
        .join(" · "),
    },
    ...b.essentials.keyRates.map((k) => ({
      label: `${k.code} (cible ${k.target})`,
      value: `${rate(k.byCount)} en nombre, ${rate(k.byAmount)} en valeur`,
    })),
  ];
}

export function bilanSummary(b: Bilan): string {
  return (
    [
      `Bilan annuel ${b.year} — classeur ${b.workbook}`,
      ...bilanEssentials(b).map((l) => `${l.label}${NBSP}: ${l.value}`),
    ].join("\n") + "\n"
  );
}
