import { OFFICE_JS_URL, OFFICE_TIMEOUT_MS } from "./officeCdn";
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
 * Loads Office.js asynchronously and tells which host the page runs in.
 * Never blocks the first render: the panes render first, then call this. Offline, or in a plain
 * browser, the script fails or `onReady` reports no host; `initial` then settles on browser mode
 * (null): at once when the page shows no sign of Office, otherwise once OFFICE_TIMEOUT_MS have
 * passed since navigation started. A slow
 * Office.js that answers later still reaches the pane through `late`.
 */
export function detectOfficeHost(): OfficeDetection {
  if (!detection) {
    const late = loadAndWait();
    // The time-out counts from the start of navigation, not from when this code runs: a slow
    // parse of the bundle must not push browser mode past its 2 s budget.
    const wait = looksLikeOffice(currentPageSignals())
      ? Math.max(0, OFFICE_TIMEOUT_MS - performance.now())
      : 0;
    detection = { initial: withTimeout(late, wait, null), late };
  }
  return detection;
}

function loadAndWait(): Promise<HostKind> {
  return new Promise<HostKind>((resolve, reject) => {
    const ready = (): void => {
      if (typeof Office === "undefined") {
        resolve(null);
        return;
      }
      Office.onReady().then((info) => resolve(hostKindFromInfo(info)), reject);
    };
    if (typeof Office !== "undefined") {
      ready();
      return;
    }
    const script = document.createElement("script");
    script.src = OFFICE_JS_URL;
    script.async = true;
    script.onload = ready;
    script.onerror = () => resolve(null);
    document.head.appendChild(script);
  });
}
