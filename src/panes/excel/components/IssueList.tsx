import { useState, type ReactNode } from "react";
import { Button, Field, Select, Subtitle2, Text, mergeClasses } from "@fluentui/react-components";
import type { ReportIssue } from "../../../core/report";
import { useFitSelectStyles } from "../../common/fitSelect.styles";
import { SEVERITY_TEXT, M } from "../messages";
import {
  issueTarget,
  severityCounts,
  severityOrder,
  visibleIssues,
  type SeverityFilter,
} from "../model/issueView";
import type { ShownCell } from "../model/paneState";
import { useIssueListStyles } from "./IssueList.styles";

export interface IssueListProps {
  readonly issues: readonly ReportIssue[];
  readonly onShow: (issue: ReportIssue) => void;
  /** The issue last clicked: its confirmation is shown right under it. */
  readonly shown: ShownCell | null;
}

/** Rendering many hundred rows at once slows the pane: show a page, then more on request. */
const PAGE = 50;

/** The coordinator's to-do list; a click on an issue goes to its cell. */
export function IssueList({ issues, onShow, shown: shownCell }: IssueListProps): ReactNode {
  const styles = useIssueListStyles();
  const fit = useFitSelectStyles();
  const [filter, setFilter] = useState<SeverityFilter>("toutes");
  const [shown, setShown] = useState(PAGE);
  const counts = severityCounts(issues);
  const visible = visibleIssues(issues, filter);
  return (
    <section className={styles.root} aria-labelledby="issues-title">
      <Subtitle2 as="h2" id="issues-title">
        {M.issuesTitle(issues.length)}
      </Subtitle2>
      {issues.length > 0 && (
        <Field label={M.issuesFilterLabel}>
          <Select
            className={fit.root}
            select={{ className: fit.select }}
            value={filter}
            onChange={(_, data) => {
              setFilter(data.value as SeverityFilter);
              setShown(PAGE);
            }}
          >
            <option value="toutes">
              {M.issuesAll} ({issues.length})
            </option>
            {severityOrder().map((s) => (
              <option key={s} value={s}>
                {SEVERITY_TEXT[s].label} ({counts[s]})
              </option>
            ))}
          </Select>
        </Field>
      )}
      <ul className={styles.list} data-testid="issue-list">
        {visible.slice(0, shown).map((issue, index) => {
          const target = issueTarget(issue);
          const body = (
            <>
              <span className={mergeClasses(styles.meta, styles[issue.severity])}>
                <span aria-hidden="true">{SEVERITY_TEXT[issue.severity].symbol} </span>
                {SEVERITY_TEXT[issue.severity].label}
                {issue.code ? ` · ${issue.code}` : ""}
                {" · "}
                {target ? M.issueWhere(target.sheet, target.cell) : M.issueNoCell}
              </span>
              <span className={styles.message}>{issue.message}</span>
            </>
          );
          return (
            <li key={index}>
              {target ? (
                <Button
                  appearance="subtle"
                  className={styles.item}
                  title={M.issueGoTo(target.sheet, target.cell)}
                  onClick={() => onShow(issue)}
                >
                  {body}
                </Button>
              ) : (
                <div className={styles.plain}>{body}</div>
              )}
              {shownCell?.issue === issue && (
                <Text role="status" className={styles.shown} data-testid="issue-shown">
                  {shownCell.selected
                    ? M.issueSelected(shownCell.sheet, shownCell.cell)
                    : M.issueShownBrowser(shownCell.sheet, shownCell.cell)}
                </Text>
              )}
            </li>
          );
        })}
      </ul>
      {visible.length > shown && (
        <Button appearance="secondary" onClick={() => setShown(shown + PAGE)}>
          {M.issuesMore(Math.min(PAGE, visible.length - shown))}
        </Button>
      )}
    </section>
  );
}
