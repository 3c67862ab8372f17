import { makeStyles, tokens } from "@fluentui/react-components";

export const useWordPaneStyles = makeStyles({
  tabs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});
