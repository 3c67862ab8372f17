import type { ReactNode } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { BilanAnnuel } from "./components/BilanAnnuel";
import { DecpImport } from "./components/DecpImport";
import type { DecpImportActions } from "./components/useDecpImport";
import { FileOpener } from "./components/FileOpener";
import { IssueList } from "./components/IssueList";
import { MappingScreen } from "./components/MappingScreen";
import { RefreshPanel } from "./components/RefreshPanel";
import { SummaryPanel } from "./components/SummaryPanel";
import { useExcelPaneStyles } from "./ExcelPane.styles";
import { usePaneLayoutStyles } from "../common/paneLayout.styles";
import { PaneAlerts } from "../common/PaneAlerts";
import { PaneHeader } from "../common/PaneHeader";
import { AboutSection } from "../common/AboutSection";
import { M } from "./messages";
import type { DecpPanelState } from "./model/decpImport";
import { pilotSemesters, unsavedWork, type PaneState } from "./model/paneState";
import { noValueRead } from "./model/resultView";
import { semesterOptions } from "./model/semesterOptions";
import type { ExcelPaneActions } from "./useExcelPane";

export interface ExcelPaneProps {
  readonly state: PaneState;
  readonly actions: ExcelPaneActions;
  readonly decp: DecpPanelState;
  readonly decpActions: DecpImportActions;
}

/** Render of the Excel pane: composes the parts according to the state (see useExcelPane). */
export function ExcelPane({ state, actions, decp, decpActions }: ExcelPaneProps): ReactNode {
  const styles = useExcelPaneStyles();
  const layout = usePaneLayoutStyles();
  const { inspection, result } = state;
  const browser = state.mode === "browser";
  const noPilot = inspection !== null && inspection.pilotSheet === null && state.mapping === null;
  const canRefresh = inspection !== null && state.busy === null && !noPilot && !decp.running;
  const readShare = state.progress
    ? state.progress.total > 0
      ? Math.min(1, state.progress.done / state.progress.total)
      : 0
    : null;
  // After a refresh in browser mode the next thing to do is to download, and with the DECP panel
  // open it is « Importer »: one primary button at a time.
  const downloadOffered = result !== null && state.download !== null && state.busy === null;
  const empty = result !== null && state.mapping !== null && noValueRead(result.report);

  return (
    <main className={layout.root}>
      <PaneHeader
        title={M.title}
        subtitle={M.subtitle}
        mode={state.mode === "detecting" ? M.detecting : browser ? M.modeBrowser : M.modeOffice}
      />

      <PaneAlerts
        unsupported={state.unsupported}
        error={state.error}
        notice={state.notice}
        onDismiss={actions.dismiss}
        text={M}
      />

      {browser && (
        <FileOpener
          fileName={state.fileName}
          disabled={state.busy !== null || state.heldFile !== null}
          secondary={state.fileName !== null}
          onFile={actions.openFile}
        />
      )}

      {state.heldFile && unsavedWork(state) && (
        <MessageBar intent="warning" layout="multiline" data-testid="unsaved">
          <MessageBarBody>
            <MessageBarTitle>{M.unsavedTitle}</MessageBarTitle>
            <br />
            {M.unsavedBody(state.heldFile)}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={actions.downloadThenOpenHeldFile}>
              {M.unsavedDownload}
            </Button>
            <Button onClick={actions.openHeldFile}>{M.unsavedOpen}</Button>
            <Button onClick={actions.keepCurrentFile}>{M.unsavedKeep}</Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {state.busy === "inspect" && (
        <div className={styles.inline}>
          <Spinner
            size="small"
            label={
              readShare === null
                ? M.inspecting
                : `${M.inspecting} ${M.readProgress(Math.floor(readShare * 100))}`
            }
          />
          {browser && <Button onClick={actions.cancel}>{M.cancel}</Button>}
        </div>
      )}
      {state.busy === "template" && <Spinner size="small" label={M.creatingTemplate} />}

      {inspection && !state.unsupported && (
        <div className={styles.found}>
          {state.mapping ? (
            <div className={styles.inline}>
              <Text>{M.mappingActive(state.mapping.sheet)}</Text>
              <Button size="small" onClick={actions.resetMapping}>
                {M.mappingReset}
              </Button>
            </div>
          ) : (
            inspection.pilotSheet && <Text>{M.pilotFound(inspection.pilotSheet)}</Text>
          )}
          {!noPilot && (
            <Text className={layout.subtle}>
              {inspection.registerSheet ? M.registerFound(inspection.registerSheet) : M.noRegister}
            </Text>
          )}
        </div>
      )}

      {noPilot && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{M.noPilotTitle}</MessageBarTitle>
            <br />
            {M.noPilotBody}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={actions.createTemplate} disabled={state.busy !== null}>
              {M.createTemplate}
            </Button>
            {!state.mappingOpen && <Button onClick={actions.openMapping}>{M.openMapping}</Button>}
          </MessageBarActions>
        </MessageBar>
      )}

      {browser && !inspection && state.busy === null && (
        <div>
          <Button appearance="secondary" onClick={actions.createTemplate}>
            {M.createTemplate}
          </Button>
        </div>
      )}

      {inspection && state.mappingOpen && (
        <MappingScreen
          inspection={inspection}
          previous={state.mapping}
          onApply={actions.applyMapping}
          onCancel={actions.closeMapping}
        />
      )}

      {inspection && !state.mappingOpen && !state.unsupported && (
        <DecpImport
          state={decp}
          actions={decpActions}
          disabled={state.busy !== null}
          browser={browser}
        />
      )}

      {inspection && !state.mappingOpen && !state.unsupported && (
        <RefreshPanel
          semester={state.semester}
          options={semesterOptions(pilotSemesters(inspection, state.mapping), new Date())}
          busy={state.busy === "refresh"}
          disabled={!canRefresh}
          step={state.step}
          failedStep={state.failedStep}
          finished={result !== null && state.busy === null && state.failedStep === null}
          readShare={readShare}
          secondary={downloadOffered || decp.open}
          onSemester={actions.chooseSemester}
          onRefresh={actions.refresh}
          {...(browser ? { onCancel: actions.cancel } : {})}
        />
      )}

      {result && state.busy !== "refresh" && (
        <>
          {empty && (
            <MessageBar intent="warning" layout="multiline" data-testid="refresh-empty">
              <MessageBarBody>
                <MessageBarTitle>{M.refreshEmptyTitle(result.report.semester)}</MessageBarTitle>
                <br />
                {M.refreshEmpty}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={actions.openMapping}>{M.openMapping}</Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <MessageBar intent={empty ? "info" : "success"} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{M.refreshDone(result.report.semester)}</MessageBarTitle>
              {M.sheetsWritten(result.report.sheetsWritten)}
              {result.note && (
                <>
                  <br />
                  {M.note} : {result.note}
                </>
              )}
            </MessageBarBody>
          </MessageBar>
          {downloadOffered && state.download && (
            <div className={styles.download}>
              <Button appearance="primary" onClick={actions.download} data-testid="download">
                {M.download}
              </Button>
              <Caption1 className={layout.subtle}>
                {M.downloadName(state.download.fileName)}
                {(state.download.semesters?.length ?? 0) > 1 && (
                  <>
                    <br />
                    {M.downloadHolds(state.download.semesters ?? [])}
                  </>
                )}
              </Caption1>
            </div>
          )}
          <SummaryPanel report={result.report} />
          <IssueList
            issues={result.report.issues}
            onShow={actions.showIssue}
            shown={state.shownCell}
          />
        </>
      )}
      {inspection && !noPilot && !state.mappingOpen && !state.unsupported && (
        <BilanAnnuel
          mode={state.mode}
          semesters={pilotSemesters(inspection, state.mapping)}
          makeBilan={actions.makeBilan}
          mapping={state.mapping}
          disabled={state.busy !== null || decp.running}
        />
      )}
      <AboutSection host="excel" office={state.mode === "office"} />
    </main>
  );
}
