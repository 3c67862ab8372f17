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
import { M } from "./messages";
import type { DecpPanelState } from "./model/decpImport";
import { pilotSemesters, type PaneState } from "./model/paneState";
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
          disabled={state.busy !== null}
          onFile={actions.openFile}
        />
      )}

      {state.busy === "inspect" && <Spinner size="small" label={M.inspecting} />}
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
          onSemester={actions.chooseSemester}
          onRefresh={actions.refresh}
        />
      )}

      {result && state.busy !== "refresh" && (
        <>
          <MessageBar intent="success" layout="multiline">
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
          {result.download && (
            <div className={styles.inline}>
              <Button appearance="primary" onClick={actions.download} data-testid="download">
                {M.download}
              </Button>
              <Caption1 className={layout.subtle}>
                {M.downloadName(result.download.fileName)}
              </Caption1>
            </div>
          )}
          <SummaryPanel report={result.report} />
          {state.shownCell && (
            <Text role="status">
              {state.shownCell.selected
                ? M.issueSelected(state.shownCell.sheet, state.shownCell.cell)
                : M.issueShownBrowser(state.shownCell.sheet, state.shownCell.cell)}
            </Text>
          )}
          <IssueList issues={result.report.issues} onShow={actions.showIssue} />
        </>
      )}

      {inspection && !noPilot && !state.mappingOpen && !state.unsupported && (
        <BilanAnnuel
          mode={state.mode}
          semesters={pilotSemesters(inspection, state.mapping)}
          readGrids={actions.readGrids}
          mapping={state.mapping}
          disabled={state.busy !== null || decp.running}
        />
      )}
    </main>
  );
}
