import { makeStyles, tokens } from "@fluentui/react-components";

export const useDecpImportStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  subtle: { color: tokens.colorNeutralForeground2 },
  input: { display: "none" },
  inline: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "center",
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
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
  severity: { fontWeight: tokens.fontWeightSemibold },
});
