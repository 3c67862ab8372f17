import { type ReactNode, useEffect, useRef } from "react";
import { Button, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import type { ClauseTemplate } from "../../../clauses/types";
import { CATEGORY_TEXT, LEVER_TEXT, M } from "../messages";
import {
  calculatorFields,
  derivedPreview,
  draftErrors,
  previewClause,
  type ParameterDraft,
} from "../model/parameterDraft";
import type { Feedback } from "../model/feedback";
import { ActionFeedback } from "./ActionFeedback";
import { ParameterField } from "./ParameterField";
import { useClauseFormStyles } from "./ClauseForm.styles";
import { useStickyBottom } from "./useStickyBottom";

export interface ClauseFormProps {
  readonly template: ClauseTemplate;
  readonly draft: ParameterDraft;
  readonly office: boolean;
  readonly busy: boolean;
  readonly inSelection: boolean;
  /** The answer to the last action, shown in the sticky bar by the buttons. */
  readonly feedback: Feedback | null;
  readonly onDismissFeedback: () => void;
  readonly onUndoReset: () => void;
  /** Set just after the clause was opened: focus goes to its title, then `onFocused`. */
  readonly focusTitle: boolean;
  readonly onFocused: () => void;
  readonly onChange: (name: string, text: string) => void;
  readonly onReset: () => void;
  readonly onBack: () => void;
  readonly onInsert: () => void;
  readonly onCopy: () => void;
  readonly onAddToSelection: () => void;
}

/** A clause: what it is for, its parameter form (with the hours calculator) and a live preview. */
export function ClauseForm(props: ClauseFormProps): ReactNode {
  const { template, draft, office, busy } = props;
  const styles = useClauseFormStyles();
  const errors = draftErrors(template, draft);
  const preview = previewClause(template, draft);
  const calculator = new Set(calculatorFields(template));
  const derived = derivedPreview(template, draft);
  const field = (name: string): ReactNode => {
    const spec = template.parameters[name];
    return spec ? (
      <ParameterField
        key={name}
        name={name}
        spec={spec}
        value={draft[name] ?? ""}
        error={errors.get(name)}
        onChange={props.onChange}
      />
    ) : null;
  };
  const names = Object.keys(template.parameters);
  const root = useRef<HTMLElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  useStickyBottom(bar);
  // Opening a clause moves focus to its title, so that reading starts there (and not at the top).
  const { focusTitle, onFocused } = props;
  useEffect(() => {
    if (!focusTitle) return;
    root.current?.querySelector<HTMLElement>("#clause-title")?.focus();
    onFocused();
  }, [focusTitle, onFocused]);
  /** An action refused for invalid fields leaves focus on the first of them. */
  const guarded = (action: () => void) => () => {
    action();
    if (errors.size > 0) root.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  };
  return (
    <section ref={root} className={styles.root} aria-labelledby="clause-title">
      <Button className={styles.back} appearance="subtle" onClick={props.onBack}>
        {M.backToList}
      </Button>
      <div className={styles.heading}>
        <Subtitle2 as="h2" id="clause-title" tabIndex={-1} className={styles.title}>
          {template.title}
        </Subtitle2>
        <Caption1 className={styles.subtle}>
          {CATEGORY_TEXT[template.category]} · {LEVER_TEXT[template.lever]} ·{" "}
          {M.documents(template.documents)} · {M.version(template.version)}
        </Caption1>
        <Caption1 className={styles.subtle}>{M.decp(template.decp)}</Caption1>
      </div>
      <details className={styles.details}>
        <summary className={styles.summary}>{M.legalBasisTitle}</summary>
        <ul className={styles.list}>
          {template.legalBasis.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      </details>
      <details className={styles.details}>
        <summary className={styles.summary}>{M.usageTitle}</summary>
        <Text>{template.usage}</Text>
      </details>
      {template.vigilance.length > 0 && (
        <details className={styles.details}>
          <summary className={styles.summary}>{M.vigilanceTitle}</summary>
          <ul className={styles.list}>
            {template.vigilance.map((v) => (
              <li key={v}>{v}</li>
            ))}
          </ul>
        </details>
      )}

      <Subtitle2 as="h3">{M.parametersTitle}</Subtitle2>
      {names.length === 0 && <Text>{M.noParameters}</Text>}
      <div className={styles.fields}>
        {calculator.size > 0 && (
          <fieldset className={styles.calculator} data-testid="hours-calculator">
            <legend className={styles.legend}>{M.calculatorTitle}</legend>
            {[...calculator].map(field)}
            <Caption1 className={styles.subtle}>{M.calculatorFormula}</Caption1>
            {derived.map((d) => (
              <output
                key={d.name}
                className={styles.result}
                aria-live="polite"
                data-testid={`derived-${d.name}`}
              >
                {d.text
                  ? M.derivedResult(d.label, d.text)
                  : M.derivedUnavailable(d.label, d.invalid)}
              </output>
            ))}
          </fieldset>
        )}
        {names.filter((n) => !calculator.has(n)).map(field)}
        {calculator.size === 0 &&
          derived.map((d) => (
            <output
              key={d.name}
              className={styles.result}
              aria-live="polite"
              data-testid={`derived-${d.name}`}
            >
              {d.text ? M.derivedResult(d.label, d.text) : M.derivedUnavailable(d.label, d.invalid)}
            </output>
          ))}
        {names.length > 0 && (
          <Button
            className={styles.back}
            appearance="secondary"
            size="small"
            onClick={props.onReset}
            data-reset
          >
            {M.resetDefaults}
          </Button>
        )}
      </div>

      <Subtitle2 as="h3" id="preview-title">
        {M.previewTitle}
      </Subtitle2>
      <div
        className={styles.preview}
        aria-labelledby="preview-title"
        role="region"
        data-testid="preview"
      >
        {preview.ok ? (
          preview.clause.paragraphs.map((p, i) => (
            <p key={i} className={styles.previewText}>
              {p}
            </p>
          ))
        ) : (
          <Text>{M.previewInvalid}</Text>
        )}
      </div>

      <div ref={bar} className={styles.actions} data-testid="action-bar">
        <ActionFeedback
          feedback={props.feedback}
          onDismiss={props.onDismissFeedback}
          onUndo={props.onUndoReset}
          focusAfter={() =>
            props.feedback?.undo
              ? root.current?.querySelector<HTMLElement>("[data-reset]")
              : bar.current?.querySelector<HTMLElement>("[data-actions] button:not([disabled])")
          }
        />
        <div className={styles.buttons} data-actions>
          {office && (
            <Button appearance="primary" disabled={busy} onClick={guarded(props.onInsert)}>
              {busy ? M.inserting : M.insert}
            </Button>
          )}
          <Button appearance={office ? "secondary" : "primary"} onClick={guarded(props.onCopy)}>
            {M.copy}
          </Button>
          {!office && (
            <Button appearance="secondary" onClick={guarded(props.onAddToSelection)}>
              {props.inSelection ? M.replaceInSelection : M.addToSelection}
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
