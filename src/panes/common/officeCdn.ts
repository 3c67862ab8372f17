/** Office.js is loaded from Microsoft's CDN, as the store requires (office-notes.md). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * How long after navigation starts the pane waits for Office before settling into browser mode,
 * when the page shows signs of running in Office (see officeSignals.ts).
 */
export const OFFICE_TIMEOUT_MS = 1500;
