import type { ReactNode } from "react";
import { Field, ProgressBar, Subtitle2, Text, mergeClasses } from "@fluentui/react-components";
import type { RefreshReport } from "../../../core/report";
import { formatPercent, M } from "../messages";
import { statusLines } from "../model/issueView";
import { useSummaryPanelStyles } from "./SummaryPanel.styles";

export interface SummaryPanelProps {
  readonly report: RefreshReport;
}

/** Completeness and the number of indicators per status, at a glance. */
export function SummaryPanel({ report }: SummaryPanelProps): ReactNode {
  const styles = useSummaryPanelStyles();
  const { expected, filled, rate } = report.completeness;
  return (
    <section className={styles.root} aria-labelledby="summary-title">
      <Subtitle2 as="h2" id="summary-title">
        {M.summaryTitle} — {report.semester}
      </Subtitle2>
      <Field
        label={M.completeness}
        hint={
          rate === null
            ? M.completenessNone
            : M.completenessValue(filled, expected, formatPercent(rate))
        }
      >
        <ProgressBar value={rate ?? 0} max={1} thickness="large" />
      </Field>
      <ul className={styles.counts} aria-label={M.statusCountsLabel} data-testid="status-counts">
        {statusLines(report).map((line) => (
          <li key={line.key} className={mergeClasses(styles.count, styles[line.key])}>
            <span className={styles.symbol} aria-hidden="true">
              {line.symbol}
            </span>
            <Text className={styles.number}>{line.count}</Text>
            <Text>{line.label}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
