import { makeStyles, tokens } from "@fluentui/react-components";

export const useSummaryPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(9.5rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  count: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  number: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase400, minWidth: "2ch" },
  // The symbol repeats the status in shape; the colour only reinforces it (never alone).
  symbol: { width: "1.2em", textAlign: "center" },
  atteint: { borderLeft: `4px solid ${tokens.colorPaletteGreenBorderActive}` },
  en_bonne_voie: { borderLeft: `4px solid ${tokens.colorPaletteLightGreenBorderActive}` },
  a_surveiller: { borderLeft: `4px solid ${tokens.colorPaletteYellowBorderActive}` },
  en_retard: { borderLeft: `4px solid ${tokens.colorPaletteRedBorderActive}` },
  non_renseigne: { borderLeft: `4px solid ${tokens.colorNeutralStroke1}` },
  invalide: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorderActive}` },
  suivi: { borderLeft: `4px solid ${tokens.colorPaletteBlueBorderActive}` },
});
