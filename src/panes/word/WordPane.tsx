import type { ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { CheckPanel } from "./components/CheckPanel";
import { BilanSection } from "./components/BilanSection";
import { ClauseForm } from "./components/ClauseForm";
import { ClauseLibrary } from "./components/ClauseLibrary";
import { DocumentPanel } from "./components/DocumentPanel";
import { SelectionPanel } from "./components/SelectionPanel";
import { M } from "./messages";
import { inSelection } from "./model/selection";
import type { PaneTab, WordPaneActions, WordPaneState } from "./useWordPane";
import { useWordPaneStyles } from "./WordPane.styles";
import { usePaneLayoutStyles } from "../common/paneLayout.styles";
import { PaneAlerts } from "../common/PaneAlerts";
import { PaneHeader } from "../common/PaneHeader";

const SECTIONS: readonly PaneTab[] = ["library", "document", "check", "bilan"];

export interface WordPaneProps {
  readonly state: WordPaneState;
  readonly actions: WordPaneActions;
}

/** Render of the Word pane: composes the parts according to the state (see useWordPane). */
export function WordPane({ state, actions }: WordPaneProps): ReactNode {
  const styles = useWordPaneStyles();
  const layout = usePaneLayoutStyles();
  const office = state.mode === "office";
  const usable = state.unsupported === null;
  return (
    <main className={layout.root}>
      <PaneHeader
        title={M.title}
        subtitle={M.subtitle}
        mode={state.mode === "detecting" ? M.detecting : office ? M.modeOffice : M.modeBrowser}
      />

      <PaneAlerts
        unsupported={state.unsupported}
        error={state.error}
        notice={state.notice}
        onDismiss={actions.dismiss}
        text={M}
      />

      {usable && (
        // Plain buttons rather than Fluent's TabList: its focus helpers (tabster dummy elements,
        // aria-hidden yet focusable) fail axe's aria-hidden-focus rule (fluentui#27517).
        <nav className={styles.tabs} aria-label={M.tabsLabel}>
          {SECTIONS.map((section) => (
            <Button
              key={section}
              appearance={state.tab === section ? "primary" : "subtle"}
              aria-current={state.tab === section ? "page" : undefined}
              onClick={() => actions.chooseTab(section)}
            >
              {section === "bilan"
                ? "Bilan"
                : section === "library"
                  ? M.tabLibrary
                  : section === "check"
                    ? M.tabCheck
                    : office
                      ? M.tabDocument
                      : M.tabSelection(state.selection.length)}
            </Button>
          ))}
        </nav>
      )}

      {usable && state.tab === "library" && !state.open && (
        <ClauseLibrary
          filter={state.filter}
          visible={state.visible}
          favourites={state.favourites}
          onFilter={actions.changeFilter}
          onOpen={actions.openClause}
          onToggleFavourite={actions.toggleFavourite}
        />
      )}
      {usable && state.tab === "library" && state.open && (
        <ClauseForm
          template={state.open}
          draft={state.draft}
          office={office}
          busy={state.busy === "insert"}
          inSelection={inSelection(state.selection, state.open.id)}
          onChange={actions.changeParameter}
          onReset={actions.resetParameters}
          onBack={actions.closeClause}
          onInsert={actions.insert}
          onCopy={actions.copy}
          onAddToSelection={actions.addToSelection}
        />
      )}
      {usable && state.tab === "document" && office && (
        <DocumentPanel
          clauses={state.documentClauses}
          busy={state.busy === "document"}
          onReload={actions.reloadDocument}
          onSelect={actions.selectInDocument}
          onUpdate={actions.updateInDocument}
          onRemove={actions.removeFromDocument}
        />
      )}
      {usable && state.tab === "document" && !office && (
        <SelectionPanel
          selection={state.selection}
          downloading={state.busy === "download"}
          onEdit={actions.editSelected}
          onRemove={actions.removeSelected}
          onDownload={actions.download}
        />
      )}
      {usable && state.tab === "check" && (
        <CheckPanel
          office={office}
          selectionSize={state.selection.length}
          draft={state.checkDraft}
          errors={state.checkErrors}
          result={state.checkResult}
          busy={state.busy === "check"}
          onChange={actions.changeCheck}
          onRun={actions.runCheck}
        />
      )}
      {usable && state.tab === "bilan" && <BilanSection office={office} />}
    </main>
  );
}
