import { makeStyles, tokens } from "@fluentui/react-components";

export const useWordPaneStyles = makeStyles({
  // Where the eye is after an action anywhere in the pane: stuck to the bottom of the view.
  footer: {
    position: "sticky",
    bottom: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});
