import { AlertMessage } from "../../common/PaneAlerts";
import { useId, useRef, type ReactNode } from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Subtitle2,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import { DECP_STEPS } from "../host/workbookHost";
import { M, SEVERITY_TEXT } from "../messages";
import { anomalyView, countLines, decpStepStates, type DecpPanelState } from "../model/decpImport";
import type { StepState } from "../model/paneState";
import { useDecpImportStyles } from "./DecpImport.styles";
import type { DecpImportActions } from "./useDecpImport";

export interface DecpImportProps {
  readonly state: DecpPanelState;
  readonly actions: DecpImportActions;
  /** Another action of the pane is running (refresh, reading the workbook…). */
  readonly disabled: boolean;
  readonly browser: boolean;
}

const STEP_SYMBOL: Record<StepState, string> = {
  done: "✔",
  current: "➜",
  pending: "○",
  failed: "✖",
};

/** « Importer des DECP »: file, optional buyer SIRET, steps, counts and anomalies. */
export function DecpImport({ state, actions, disabled, browser }: DecpImportProps): ReactNode {
  const styles = useDecpImportStyles();
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  if (!state.open) {
    return (
      <div>
        <Button onClick={actions.open} disabled={disabled} data-testid="decp-open">
          {M.decp.open}
        </Button>
      </div>
    );
  }
  const states = decpStepStates(state);
  const showSteps = state.running || state.outcome !== null || state.failedStep !== null;
  const stateClass: Record<StepState, string | undefined> = {
    done: styles.stepDone,
    current: styles.stepCurrent,
    pending: undefined,
    failed: styles.stepFailed,
  };
  const report = state.outcome?.report;
  const anomalies = report ? anomalyView(report) : null;
  const busy = state.running || disabled;

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="decp-panel">
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {M.decp.title}
      </Subtitle2>
      <Text className={styles.subtle}>{M.decp.intro}</Text>

      <div className={styles.inline}>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".json,.xml,.csv,.xlsx"
          aria-label={M.decp.fileLabel}
          tabIndex={-1}
          data-testid="decp-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) actions.chooseFile(file);
            e.target.value = "";
          }}
        />
        <Button disabled={busy} onClick={() => input.current?.click()}>
          {M.decp.fileButton}
        </Button>
        <Caption1 className={styles.subtle} aria-live="polite">
          {state.file ? M.decp.fileChosen(state.file.name) : M.decp.fileNone}
        </Caption1>
      </div>

      <Field
        label={M.decp.siretLabel}
        hint={M.decp.siretHint}
        validationState={state.siretError ? "error" : "none"}
        validationMessage={state.siretError ?? undefined}
      >
        <Input
          value={state.siret}
          inputMode="numeric"
          autoComplete="off"
          disabled={busy}
          data-testid="decp-siret"
          onChange={(_, data) => actions.typeSiret(data.value)}
          onBlur={actions.checkSiret}
        />
      </Field>

      <div className={styles.inline}>
        <Button
          appearance="primary"
          disabled={busy || state.file === null}
          onClick={actions.start}
          icon={state.running ? <Spinner size="tiny" /> : undefined}
          data-testid="decp-start"
        >
          {state.running ? M.decp.running : M.decp.start}
        </Button>
        <Button disabled={state.running} onClick={actions.close}>
          {M.decp.close}
        </Button>
      </div>

      {showSteps && (
        <div>
          <ProgressBar
            value={DECP_STEPS.filter((s) => states[s] === "done").length / DECP_STEPS.length}
            aria-label={M.decp.stepsLabel}
            color={state.failedStep ? "error" : "brand"}
          />
          <ol className={styles.steps} aria-label={M.decp.stepsLabel} aria-live="polite">
            {DECP_STEPS.map((s) => (
              <li key={s} className={mergeClasses(styles.step, stateClass[states[s]])}>
                <span aria-hidden="true">{STEP_SYMBOL[states[s]]} </span>
                {M.decp.steps[s]} — {M.stepState[states[s]]}
              </li>
            ))}
          </ol>
        </div>
      )}

      {state.error && <AlertMessage intent="error" title={M.errorTitle} text={state.error} />}

      {report && state.outcome && anomalies && (
        <div className={styles.root} data-testid="decp-result">
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{M.decp.done(report.sheet, state.outcome.created)}</MessageBarTitle>
              {report.appendedColumns.length > 0 && M.decp.appended(report.appendedColumns)}
            </MessageBarBody>
          </MessageBar>
          <ul className={styles.list} aria-label={M.decp.countsLabel} data-testid="decp-counts">
            {countLines(report).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Text weight="semibold">{M.decp.anomaliesTitle(anomalies.total)}</Text>
          {anomalies.shown.length > 0 && (
            <ul className={styles.list} data-testid="decp-anomalies">
              {anomalies.shown.map((issue, i) => (
                <li key={i}>
                  <span className={styles.severity}>
                    <span aria-hidden="true">{SEVERITY_TEXT[issue.severity].symbol} </span>
                    {SEVERITY_TEXT[issue.severity].label}
                  </span>{" "}
                  — {M.decp.anomalyLine(issue.record, issue.field, issue.value, issue.action)}
                </li>
              ))}
              {anomalies.more > 0 && <li>{M.decp.anomaliesMore(anomalies.more)}</li>}
            </ul>
          )}
          <Text className={styles.subtle}>{M.decp.nextStep}</Text>
          {browser && state.outcome.download && (
            <div className={styles.inline}>
              <Button onClick={actions.download} data-testid="decp-download">
                {M.decp.download}
              </Button>
              <Caption1 className={styles.subtle}>
                {M.decp.downloadName(state.outcome.download.fileName)}
              </Caption1>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
