import { bootState } from "./bootState";
import { OFFICE_JS_URL, OFFICE_SCRIPT_ID, OFFICE_TIMEOUT_MS } from "./officeCdn";
import { type HostKind, hostKindFromInfo, withTimeout } from "./officeHost";
import { currentPageSignals, looksLikeOffice } from "./officeSignals";

export interface OfficeDetection {
  /** The host to start with: settles within the time-out (at once in a plain browser tab). */
  readonly initial: Promise<HostKind>;
  /** The host once Office.js has really answered; may come after `initial`, or never (offline). */
  readonly late: Promise<HostKind>;
}

let detection: OfficeDetection | undefined;

/**
 * Tells which host the page runs in, from `Office.onReady`. Office.js itself is requested by the
 * page's <head> (`<script id="office-js" async>`, before the bundle, as Microsoft documents);
 * this waits for that script, then for `Office.onReady`. Never blocks the first render.
 *
 * Offline, or in a plain browser, the script fails or `onReady` reports no host; `initial` then
 * settles on browser mode (null): at once when the page shows no sign of Office, otherwise once
 * OFFICE_TIMEOUT_MS have passed since navigation started. A slow Office.js that answers later
 * still reaches the pane through `late`.
 */
export function detectOfficeHost(): OfficeDetection {
  if (!detection) {
    const late = officeScriptSettled().then(askOffice);
    // The time-out counts from the start of navigation, not from when this code runs: a slow
    // parse of the bundle must not push browser mode past its 2 s budget.
    const wait = looksLikeOffice(currentPageSignals())
      ? Math.max(0, OFFICE_TIMEOUT_MS - performance.now())
      : 0;
    detection = { initial: withTimeout(late, wait, null), late };
  }
  return detection;
}

function askOffice(): Promise<HostKind> {
  if (typeof Office === "undefined") return Promise.resolve(null);
  return Office.onReady().then(hostKindFromInfo);
}

/** Resolves once the Office.js script has loaded or failed (at once if Office is already there). */
function officeScriptSettled(): Promise<void> {
  if (typeof Office !== "undefined") return Promise.resolve();
  const script = document.getElementById(OFFICE_SCRIPT_ID);
  if (!(script instanceof HTMLScriptElement)) return injectOfficeScript();
  const boot = bootState();
  if (boot && boot.office !== "pending") return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = (event: Event): void => {
      if (event.target !== script) return;
      document.removeEventListener("load", done, true);
      document.removeEventListener("error", done, true);
      resolve();
    };
    // Capture phase: a script's load and error events do not bubble.
    document.addEventListener("load", done, true);
    document.addEventListener("error", done, true);
  });
}

/** A page built without the <head> tag (never ours): load Office.js the old way. */
function injectOfficeScript(): Promise<void> {
  return new Promise<void>((resolve) => {
    const script = document.createElement("script");
    script.id = OFFICE_SCRIPT_ID;
    script.src = OFFICE_JS_URL;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => resolve();
    document.head.appendChild(script);
  });
}
