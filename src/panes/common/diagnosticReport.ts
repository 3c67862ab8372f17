/**
 * The diagnostic's report, as the text the user copies and sends to the DSIN or the project:
 * the Office application, platform and version, the requirement sets it has, and each step of
 * the adapter's self-test (src/excel/diagnostic.ts, src/word/diagnostic.ts) ok or failed with
 * Office's error code. Pure: the pane gathers the facts and runs the steps.
 */

import type { DiagnosticStep } from "../../core/diagnosticSteps";

export interface OfficeEnvironment {
  /** « Excel » or « Word ». */
  readonly application: string;
  /** Office.context.diagnostics.platform: "PC", "OfficeOnline", "Mac"… */
  readonly platform: string;
  readonly version: string;
  /** Highest version supported of each requirement set asked, or null when none is. */
  readonly requirementSets: readonly { readonly name: string; readonly highest: string | null }[];
  readonly userAgent: string;
}

/** Requirement-set versions asked, lowest first, per application (Microsoft's lists). */
export const REQUIREMENT_SETS: Readonly<
  Record<"excel" | "word", Record<string, readonly string[]>>
> = {
  excel: { ExcelApi: versions(1, 20) },
  word: { WordApi: versions(1, 9) },
};

function versions(from: number, to: number): string[] {
  const out: string[] = [];
  for (let minor = from; minor <= to; minor++) out.push(`1.${minor}`);
  return out;
}

/** The highest consecutive version supported of each set (sets are cumulative). */
export function highestVersions(
  sets: Readonly<Record<string, readonly string[]>>,
  isSetSupported: (name: string, version: string) => boolean,
): { name: string; highest: string | null }[] {
  return Object.entries(sets).map(([name, list]) => {
    let highest: string | null = null;
    for (const version of list) {
      if (!isSetSupported(name, version)) break;
      highest = version;
    }
    return { name, highest };
  });
}

const STATUS: Readonly<Record<DiagnosticStep["status"], string>> = {
  ok: "réussie",
  failed: "échec",
  skipped: "non exécutée",
};

export function formatDiagnosticReport(
  env: OfficeEnvironment,
  steps: readonly DiagnosticStep[],
  at: Date,
): string {
  const when = at.toLocaleString("fr-FR", { dateStyle: "short", timeStyle: "short" });
  const sets = env.requirementSets
    .map((s) => (s.highest ? `${s.name} ${s.highest}` : `${s.name} non pris en charge`))
    .join(", ");
  const passed = steps.filter((s) => s.status === "ok").length;
  return [
    `Diagnostic du complément SPASER — ${when}`,
    `Application : ${env.application} (${env.platform}, version ${env.version})`,
    `Ensembles d’API : ${sets}`,
    `Navigateur intégré : ${env.userAgent}`,
    "Étapes :",
    ...steps.map(
      (s, i) => `${i + 1}. ${s.label} : ${STATUS[s.status]}${s.detail ? ` (${s.detail})` : ""}`,
    ),
    `Résultat : ${passed} ${passed > 1 ? "étapes réussies" : "étape réussie"} sur ${steps.length}.`,
  ].join("\n");
}
