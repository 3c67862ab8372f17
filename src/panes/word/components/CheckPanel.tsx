import { ChoiceField } from "./ChoiceField";
import { type ReactNode, useEffect, useRef } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Spinner,
  Subtitle2,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import type { DocumentCheckResult } from "../../../clauses/documentCheck";
import { DOCUMENT_TYPES } from "../../../clauses/types";
import { NEED_NATURES, NEED_NATURE_TEXT } from "../../../clauses/natures";
import { DOCUMENT_TEXT, FINDING_TEXT, M } from "../messages";
import type { CheckDraft, CheckField } from "../model/checkDraft";
import { useCheckPanelStyles } from "./CheckPanel.styles";

export interface CheckPanelProps {
  readonly office: boolean;
  readonly selectionSize: number;
  readonly draft: CheckDraft;
  readonly errors: Readonly<Partial<Record<CheckField, string>>>;
  readonly result: DocumentCheckResult | null;
  readonly busy: boolean;
  readonly onChange: (patch: Partial<CheckDraft>) => void;
  readonly onRun: () => void;
}

/** The document check: the consultation's facts in, findings, DECP values and label readiness out. */
export function CheckPanel(props: CheckPanelProps): ReactNode {
  const { draft, errors, result, busy, onChange } = props;
  const styles = useCheckPanelStyles();
  const form = useRef<HTMLFormElement>(null);
  // A refused check leaves focus on the first field to correct.
  useEffect(() => {
    if (Object.keys(errors).length > 0)
      form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [errors]);
  return (
    <section className={styles.root} aria-labelledby="check-title">
      <Subtitle2 as="h2" id="check-title">
        {M.checkTitle}
      </Subtitle2>
      <Text className={styles.subtle}>
        {props.office ? M.checkIntroOffice : M.checkIntroBrowser(props.selectionSize)}
      </Text>
      <form
        ref={form}
        className={styles.fields}
        onSubmit={(e) => {
          e.preventDefault();
          props.onRun();
        }}
      >
        <Field
          label={M.launchDateLabel}
          validationState={errors.launchDate ? "error" : "none"}
          validationMessage={errors.launchDate}
        >
          <Input
            type="date"
            value={draft.launchDate}
            onChange={(_, data) => onChange({ launchDate: data.value })}
            data-testid="check-date"
          />
        </Field>
        <Field
          label={M.valueLabel}
          hint={M.valueHint}
          validationState={errors.estimatedValue ? "error" : "none"}
          validationMessage={errors.estimatedValue}
        >
          <Input
            inputMode="decimal"
            value={draft.estimatedValue}
            onChange={(_, data) => onChange({ estimatedValue: data.value })}
            data-testid="check-value"
          />
        </Field>
        <ChoiceField
          label={M.natureLabel}
          value={draft.nature}
          choices={NEED_NATURES}
          text={NEED_NATURE_TEXT}
          onChange={(nature) => onChange({ nature })}
        />
        <ChoiceField
          label={M.documentTypeLabel}
          value={draft.documentType}
          choices={DOCUMENT_TYPES}
          text={DOCUMENT_TEXT}
          onChange={(documentType) => onChange({ documentType })}
        />
        <Checkbox
          label={M.exceptionNoteLabel}
          checked={draft.exceptionNoteOnFile}
          onChange={(_, data) => onChange({ exceptionNoteOnFile: data.checked === true })}
        />
        <Button className={styles.run} appearance="primary" type="submit" disabled={busy}>
          {M.runCheck}
        </Button>
      </form>
      {busy && <Spinner size="small" label={M.checking} />}
      {result && <CheckResult result={result} />}
    </section>
  );
}

function CheckResult({ result }: { readonly result: DocumentCheckResult }): ReactNode {
  const styles = useCheckPanelStyles();
  const ready = result.label.ready;
  return (
    <div className={styles.root} data-testid="check-result" role="status">
      <Text className={styles.label}>
        <span aria-hidden="true">{ready ? M.labelSymbolReady : M.labelSymbolNotReady} </span>
        {ready ? M.labelReady : M.labelNotReady}
      </Text>
      <Subtitle2 as="h3">{M.findingsTitle}</Subtitle2>
      <ul className={styles.list} data-testid="findings">
        {result.findings.map((f, i) => {
          const status = FINDING_TEXT[f.status];
          return (
            <li key={`${f.rule}-${i}`} className={styles.finding} data-status={f.status}>
              <span className={mergeClasses(styles.status, styles[f.status])}>
                <span aria-hidden="true">{status.symbol} </span>
                {status.label}
              </span>
              <span>{f.message}</span>
              <span className={styles.article}>{M.findingArticle(f.article)}</span>
            </li>
          );
        })}
      </ul>
      <Subtitle2 as="h3">{M.decpTitle}</Subtitle2>
      <dl className={styles.decp} data-testid="decp">
        <dt className={styles.term}>{M.decpSocial}</dt>
        <dd className={styles.definition}>{result.decp.considerationsSociales.join(", ")}</dd>
        <dt className={styles.term}>{M.decpEnvironmental}</dt>
        <dd className={styles.definition}>
          {result.decp.considerationsEnvironnementales.join(", ")}
        </dd>
      </dl>
    </div>
  );
}
