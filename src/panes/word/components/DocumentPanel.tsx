import type { ReactNode } from "react";
import { Button, Spinner, Subtitle2, Text, mergeClasses } from "@fluentui/react-components";
import type { DocumentClause } from "../../../word/listDocumentClauses";
import { CLAUSE_STATE_TEXT, M } from "../messages";
import { useListPanelStyles } from "./ListPanel.styles";

export interface DocumentPanelProps {
  readonly clauses: readonly DocumentClause[] | null;
  readonly busy: boolean;
  readonly onReload: () => void;
  readonly onSelect: (clause: DocumentClause) => void;
  readonly onUpdate: (clause: DocumentClause) => void;
  readonly onRemove: (clause: DocumentClause) => void;
}

/** Office mode: the SPASER clauses of the open document; a click selects one in Word. */
export function DocumentPanel(props: DocumentPanelProps): ReactNode {
  const { clauses, busy } = props;
  const styles = useListPanelStyles();
  return (
    <section className={styles.root} aria-labelledby="document-title">
      <Subtitle2 as="h2" id="document-title">
        {M.documentTitle}
      </Subtitle2>
      <Button appearance="secondary" disabled={busy} onClick={props.onReload}>
        {M.reloadList}
      </Button>
      {busy && <Spinner size="small" label={M.documentLoading} />}
      {clauses !== null && clauses.length === 0 && (
        <Text className={styles.subtle}>{M.documentEmpty}</Text>
      )}
      {clauses !== null && clauses.length > 0 && (
        <ul className={styles.list} aria-label={M.documentListLabel} data-testid="document-clauses">
          {clauses.map((c) => {
            const state = CLAUSE_STATE_TEXT[c.state];
            return (
              <li key={c.tag} className={styles.row}>
                <Button
                  appearance="subtle"
                  className={styles.main}
                  title={M.selectInDocument(c.title)}
                  disabled={busy}
                  onClick={() => props.onSelect(c)}
                >
                  <span className={styles.title}>{c.title}</span>
                  <span
                    className={mergeClasses(styles.meta, c.state === "obsolete" && styles.outdated)}
                  >
                    <span aria-hidden="true">{state.symbol} </span>
                    {M.clauseVersion(state.label, c.version)}
                  </span>
                </Button>
                <div className={styles.actions}>
                  {c.state === "obsolete" && (
                    <Button
                      size="small"
                      appearance="primary"
                      disabled={busy}
                      aria-label={M.updateLabel(c.title)}
                      onClick={() => props.onUpdate(c)}
                    >
                      {M.update}
                    </Button>
                  )}
                  <Button
                    size="small"
                    disabled={busy}
                    aria-label={M.deleteLabel(c.title)}
                    onClick={() => props.onRemove(c)}
                  >
                    {M.delete}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
