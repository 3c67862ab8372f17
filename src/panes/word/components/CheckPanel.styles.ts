import { makeStyles, tokens } from "@fluentui/react-components";

export const useCheckPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  subtle: { color: tokens.colorNeutralForeground2 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  run: { alignSelf: "flex-start" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  status: { fontWeight: tokens.fontWeightSemibold },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  manquant: { color: tokens.colorPaletteRedForeground1 },
  a_verifier: { color: tokens.colorNeutralForeground1 },
  article: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  decp: { margin: 0, display: "grid", gridTemplateColumns: "auto", gap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
});
