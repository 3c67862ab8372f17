/** French texts both panes share, so that they speak alike. */

/** Title of every error message, in both panes: what the user tried could not be done. */
export const PANE_ERROR_TITLE = "Action impossible";
