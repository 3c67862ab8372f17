/**
 * The steps of an adapter's self-test (« À propos › Diagnostic »), shared by the Excel and Word
 * adapters and the pane's report: each step ok, failed with the host's error code, or skipped
 * because a step it needs failed. Pure: the adapters say how to read their host's errors.
 */

export interface DiagnosticStep {
  /** French label of the step. */
  readonly label: string;
  readonly status: "ok" | "failed" | "skipped";
  /** The host's error code (e.g. "InvalidArgument"), or a French detail. */
  readonly detail?: string;
}

export interface DiagnosticRun {
  /** The steps run so far, in order. */
  readonly steps: DiagnosticStep[];
  /**
   * Runs one step when `ok` (its prerequisite succeeded), else records it as skipped. The body
   * returns a French problem or nothing; a throw is a failure with `describe(error)`. Never throws.
   */
  step(label: string, ok: boolean, body: () => Promise<string | void>): Promise<boolean>;
}

export function diagnosticRun(describe: (error: unknown) => string): DiagnosticRun {
  const steps: DiagnosticStep[] = [];
  return {
    steps,
    async step(label, ok, body) {
      if (!ok) {
        steps.push({ label, status: "skipped", detail: "étape précédente en échec" });
        return false;
      }
      try {
        const problem = await body();
        steps.push(
          problem ? { label, status: "failed", detail: problem } : { label, status: "ok" },
        );
        return !problem;
      } catch (error) {
        steps.push({ label, status: "failed", detail: describe(error) });
        return false;
      }
    },
  };
}
