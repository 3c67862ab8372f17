import type { ReactNode } from "react";
import { ThemedRoot } from "../common/ThemedRoot";
import { readOfficeBackground } from "../common/useThemeKind";
import { useWordPane } from "./useWordPane";
import { WordPane } from "./WordPane";

/** The Word pane inside Fluent's provider, themed like Office once Office is known. */
export function WordApp(): ReactNode {
  const { state, actions } = useWordPane();
  const officeBackground = state.mode === "office" ? readOfficeBackground() : undefined;
  return (
    <ThemedRoot officeBackground={officeBackground}>
      <WordPane state={state} actions={actions} />
    </ThemedRoot>
  );
}
