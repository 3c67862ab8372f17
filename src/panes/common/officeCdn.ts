/**
 * Office.js is loaded from Microsoft's CDN, as the store requires (office-notes.md), by a
 * `<script id="office-js" async>` in the <head> of every page (src/panes/common/page.html).
 */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The id of that <script>: the ES5 bootstrap and the loader find it by this id. */
export const OFFICE_SCRIPT_ID = "office-js";

/**
 * How long after navigation starts the pane waits for Office before settling into browser mode,
 * when the page shows signs of running in Office (see officeSignals.ts).
 */
export const OFFICE_TIMEOUT_MS = 1500;
