import type { ReactNode } from "react";
import { ThemedRoot } from "../common/ThemedRoot";
import { readOfficeBackground } from "../common/useThemeKind";
import { ExcelPane } from "./ExcelPane";
import { useExcelPane } from "./useExcelPane";

/** The Excel pane inside Fluent's provider, themed like Office once Office is known. */
export function ExcelApp(): ReactNode {
  const { state, actions, decp, decpActions } = useExcelPane();
  const officeBackground = state.mode === "office" ? readOfficeBackground() : undefined;
  return (
    <ThemedRoot officeBackground={officeBackground}>
      <ExcelPane state={state} actions={actions} decp={decp} decpActions={decpActions} />
    </ThemedRoot>
  );
}
