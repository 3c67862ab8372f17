import type { ReactNode } from "react";
import { Button, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { findTemplate } from "../../../clauses/registry";
import { M } from "../messages";
import type { Selection } from "../model/selection";
import { useListPanelStyles } from "./ListPanel.styles";

export interface SelectionPanelProps {
  readonly selection: Selection;
  readonly downloading: boolean;
  readonly onEdit: (templateId: string) => void;
  readonly onRemove: (templateId: string) => void;
  readonly onDownload: () => void;
}

/** Browser mode's basket: the chosen clauses, downloadable as one .docx. */
export function SelectionPanel(props: SelectionPanelProps): ReactNode {
  const { selection, downloading } = props;
  const styles = useListPanelStyles();
  return (
    <section className={styles.root} aria-labelledby="selection-title">
      <Subtitle2 as="h2" id="selection-title">
        {M.selectionTitle}
      </Subtitle2>
      {selection.length === 0 ? (
        <Text className={styles.subtle}>{M.selectionEmpty}</Text>
      ) : (
        <ul className={styles.list} aria-label={M.selectionListLabel} data-testid="selection-list">
          {selection.map((entry) => {
            const title = findTemplate(entry.templateId)?.title ?? entry.templateId;
            return (
              <li key={entry.templateId} className={styles.row}>
                <Button
                  appearance="subtle"
                  className={styles.main}
                  aria-label={M.editInSelection(title)}
                  onClick={() => props.onEdit(entry.templateId)}
                >
                  <span className={styles.title}>{title}</span>
                </Button>
                <div className={styles.actions}>
                  <Button
                    size="small"
                    aria-label={M.removeFromSelection(title)}
                    onClick={() => props.onRemove(entry.templateId)}
                  >
                    {M.remove}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Button
        appearance="primary"
        disabled={selection.length === 0 || downloading}
        onClick={props.onDownload}
        data-testid="download-docx"
      >
        {M.download}
      </Button>
      {downloading && <Spinner size="small" label={M.downloading} />}
    </section>
  );
}
