import { type ReactNode, useRef } from "react";
import { ActionFeedback } from "./components/ActionFeedback";
import { CheckPanel } from "./components/CheckPanel";
import { BilanSection } from "./components/BilanSection";
import { ClauseForm } from "./components/ClauseForm";
import { ClauseLibrary } from "./components/ClauseLibrary";
import { DocumentPanel } from "./components/DocumentPanel";
import { SectionTabs } from "./components/SectionTabs";
import { SelectionPanel } from "./components/SelectionPanel";
import { useStickyBottom } from "./components/useStickyBottom";
import { M } from "./messages";
import { inSelection } from "./model/selection";
import { SECTIONS } from "./sections";
import type { WordPaneActions, WordPaneState } from "./useWordPane";
import { useWordPaneStyles } from "./WordPane.styles";
import { usePaneLayoutStyles } from "../common/paneLayout.styles";
import { PaneAlerts } from "../common/PaneAlerts";
import { PaneHeader } from "../common/PaneHeader";
import { AboutSection } from "../common/AboutSection";

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
  const formOpen = usable && state.tab === "library" && state.open !== null;
  const focus = state.focus;
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
        notice={null}
        onDismiss={actions.dismiss}
        text={M}
      />

      {usable && (
        <SectionTabs
          sections={SECTIONS}
          current={state.tab}
          context={{ office, selectionSize: state.selection.length }}
          onChoose={actions.chooseTab}
        />
      )}

      {usable && state.tab === "library" && !state.open && (
        <ClauseLibrary
          filter={state.filter}
          visible={state.visible}
          favourites={state.favourites}
          focusClause={focus?.target === "clause-item" ? focus.templateId : null}
          onFocused={actions.focusDone}
          onFilter={actions.changeFilter}
          onClearFilters={actions.clearFilters}
          onOpen={actions.openClause}
          onToggleFavourite={actions.toggleFavourite}
        />
      )}
      {formOpen && state.open && (
        <ClauseForm
          template={state.open}
          draft={state.draft}
          office={office}
          busy={state.busy === "insert"}
          inSelection={inSelection(state.selection, state.open.id)}
          feedback={state.feedback}
          focusTitle={focus?.target === "clause-title"}
          onFocused={actions.focusDone}
          onDismissFeedback={actions.dismiss}
          onUndoReset={actions.undoReset}
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

      {/* The clause form has its own action bar; elsewhere the answer sits at the bottom. */}
      {usable && !formOpen && (
        <FeedbackFooter className={styles.footer} state={state} actions={actions} />
      )}
      <AboutSection host="word" office={office} />
    </main>
  );
}

function FeedbackFooter({
  className,
  state,
  actions,
}: WordPaneProps & { readonly className: string }): ReactNode {
  const footer = useRef<HTMLDivElement>(null);
  useStickyBottom(footer);
  return (
    <div ref={footer} className={className}>
      <ActionFeedback
        feedback={state.feedback}
        onDismiss={actions.dismiss}
        focusAfter={() => document.querySelector<HTMLElement>("nav [aria-current='page']")}
      />
    </div>
  );
}
