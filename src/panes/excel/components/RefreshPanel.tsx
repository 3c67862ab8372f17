import type { ReactNode } from "react";
import {
  Button,
  Field,
  ProgressBar,
  Select,
  Spinner,
  mergeClasses,
} from "@fluentui/react-components";
import { REFRESH_STEPS, type RefreshStep } from "../host/workbookHost";
import { useFitSelectStyles } from "../../common/fitSelect.styles";
import { M } from "../messages";
import { stepStates, type StepState } from "../model/paneState";
import type { SemesterOption } from "../model/semesterOptions";
import { useRefreshPanelStyles } from "./RefreshPanel.styles";

export interface RefreshPanelProps {
  readonly semester: string;
  readonly options: readonly SemesterOption[];
  readonly busy: boolean;
  readonly disabled: boolean;
  readonly step: RefreshStep | null;
  readonly failedStep: RefreshStep | null;
  readonly finished: boolean;
  /** Share of the workbook read (0–1) while reading, when the host tells it. */
  readonly readShare: number | null;
  /** Another action is the primary one now (the download after a refresh). */
  readonly secondary: boolean;
  readonly onSemester: (semester: string) => void;
  readonly onRefresh: () => void;
  /** Shown while busy when the host can stop (browser mode). */
  readonly onCancel?: () => void;
}

const STEP_SYMBOL: Record<StepState, string> = {
  done: "✔",
  current: "➜",
  pending: "○",
  failed: "✖",
};

/** Semester picker, refresh button and the three steps of a refresh (lecture, analyse, écriture). */
export function RefreshPanel(props: RefreshPanelProps): ReactNode {
  const styles = useRefreshPanelStyles();
  const fit = useFitSelectStyles();
  const states = stepStates(REFRESH_STEPS, props.step, props.failedStep, props.finished);
  const done = REFRESH_STEPS.filter((s) => states[s] === "done").length;
  const reading = props.busy && states.lecture === "current" && props.readShare !== null;
  const share = reading ? (props.readShare ?? 0) : 0;
  const showSteps = props.busy || props.finished || props.failedStep !== null;
  const stateClass: Record<StepState, string | undefined> = {
    done: styles.stepDone,
    current: styles.stepCurrent,
    pending: undefined,
    failed: styles.stepFailed,
  };
  return (
    <section className={styles.root} aria-label={M.refresh}>
      <Field label={M.semesterLabel} hint={M.semesterHint}>
        <Select
          className={fit.root}
          select={{ className: fit.select }}
          value={props.semester}
          disabled={props.busy}
          onChange={(_, data) => props.onSemester(data.value)}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button
          appearance={props.secondary ? "secondary" : "primary"}
          disabled={props.disabled || props.busy}
          onClick={props.onRefresh}
          icon={props.busy ? <Spinner size="tiny" /> : undefined}
        >
          {props.busy ? M.refreshing : M.refresh}
        </Button>
        {props.busy && props.onCancel && <Button onClick={props.onCancel}>{M.cancel}</Button>}
      </div>
      {showSteps && (
        <div>
          <ProgressBar
            value={(done + share) / REFRESH_STEPS.length}
            aria-label={M.stepsLabel}
            color={props.failedStep ? "error" : "brand"}
          />
          <ol className={styles.steps} aria-label={M.stepsLabel} aria-live="polite">
            {REFRESH_STEPS.map((s) => (
              <li key={s} className={mergeClasses(styles.step, stateClass[states[s]])}>
                <span aria-hidden="true">{STEP_SYMBOL[states[s]]} </span>
                {M.steps[s]} — {M.stepState[states[s]]}
                {s === "lecture" && reading && (
                  // The progress bar carries the figure for assistive tools: no announcement per percent.
                  <span aria-hidden="true"> ({M.readProgress(Math.floor(share * 100))})</span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
