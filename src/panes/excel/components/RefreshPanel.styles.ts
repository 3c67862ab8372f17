import { makeStyles, tokens } from "@fluentui/react-components";

export const useRefreshPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  steps: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    flexWrap: "wrap",
  },
  step: { color: tokens.colorNeutralForeground2 },
  stepCurrent: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  stepDone: { color: tokens.colorNeutralForeground1 },
  stepFailed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});
