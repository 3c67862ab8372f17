import { makeStyles, tokens } from "@fluentui/react-components";

export const useSectionTabsStyles = makeStyles({
  bar: {
    display: "grid",
    gridAutoFlow: "column",
    gridAutoColumns: "minmax(0, 1fr)",
    gap: tokens.spacingHorizontalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
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
    maxWidth: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
    textAlign: "center",
  },
});
