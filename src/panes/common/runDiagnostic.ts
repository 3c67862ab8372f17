/**
 * Runs the adapter's self-test in the Office application hosting the pane and returns the
 * report to copy. Office only: the pane offers it once Office.js has answered. The adapters are
 * loaded on demand (their own chunks), like the rest of the Office code.
 */
import {
  formatDiagnosticReport,
  highestVersions,
  type OfficeEnvironment,
  REQUIREMENT_SETS,
} from "./diagnosticReport";

export type DiagnosticHost = "excel" | "word";

function environment(host: DiagnosticHost): OfficeEnvironment {
  const info = Office.context.diagnostics;
  const requirements = Office.context.requirements;
  return {
    application: host === "excel" ? "Excel" : "Word",
    platform: String(info?.platform ?? "inconnue"),
    version: info?.version ?? "inconnue",
    requirementSets: highestVersions(REQUIREMENT_SETS[host], (name, version) =>
      requirements.isSetSupported(name, version),
    ),
    userAgent: navigator.userAgent,
  };
}

export async function runDiagnostic(host: DiagnosticHost): Promise<string> {
  const env = environment(host);
  if (host === "excel") {
    const [{ runExcelDiagnostic }, { officeSupports }] = await Promise.all([
      import(/* webpackChunkName: "diagnostic-excel" */ "../../excel/diagnostic"),
      import(/* webpackChunkName: "diagnostic-excel" */ "../../excel/writePlans"),
    ]);
    const steps = await Excel.run((context) =>
      runExcelDiagnostic(context, { supports: officeSupports }),
    );
    return formatDiagnosticReport(env, steps, new Date());
  }
  const [{ runWordDiagnostic }, { ClauseSettings }, { officeWordFeatures }] = await Promise.all([
    import(/* webpackChunkName: "diagnostic-word" */ "../../word/diagnostic"),
    import(/* webpackChunkName: "diagnostic-word" */ "../../word/clauseSettings"),
    import(/* webpackChunkName: "diagnostic-word" */ "../../word/wordFeatures"),
  ]);
  const features = officeWordFeatures();
  const steps = await Word.run((context) =>
    runWordDiagnostic(context, {
      settings: new ClauseSettings(Office.context.document.settings),
      features,
      builtInStyles: features.parentControls,
    }),
  );
  return formatDiagnosticReport(env, steps, new Date());
}
