import { makeStyles, tokens } from "@fluentui/react-components";

export const useSectionTabsStyles = makeStyles({
  // Cells as wide as their label, spread over the row: five one-word labels fit at 320 px
  // (equal cells would cut « Sélection » there).
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    flex: "1 1 auto",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    minHeight: "48px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
    fontWeight: tokens.fontWeightRegular,
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
  },
  // Not colour alone: a bar under the label and a bolder label mark the current section.
  selected: {
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 0 -3px 0 ${tokens.colorBrandStroke1}`,
  },
  icon: { position: "relative", display: "inline-flex", fontSize: "20px", lineHeight: 1 },
  badge: { position: "absolute", top: "-6px", left: "12px" },
  label: {
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "@media (max-width: 319px)": { fontSize: "11px" },
  },
});
