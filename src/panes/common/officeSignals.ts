/**
 * Whether the page shows signs of running inside an Office application, before Office.js is there:
 * Office adds `_host_Info` to the pane's URL, Office on the web puts the pane in an iframe, and the
 * desktop apps expose their webview bridge. A plain browser tab has none of these, so browser mode
 * can show at once instead of waiting for Office.js to load or time out.
 */
export interface PageSignals {
  readonly inFrame: boolean;
  readonly url: string;
  readonly hasWebviewBridge: boolean;
}

export function looksLikeOffice(signals: PageSignals): boolean {
  return signals.inFrame || /[?&#]_host_Info=/i.test(signals.url) || signals.hasWebviewBridge;
}

/** Reads the signals from the current window. */
export function currentPageSignals(): PageSignals {
  const w = window as Window & {
    chrome?: { webview?: unknown };
    webkit?: { messageHandlers?: unknown };
    external?: { GetContext?: unknown };
  };
  let inFrame: boolean;
  try {
    inFrame = w.self !== w.top;
  } catch {
    // A cross-origin parent cannot even be compared: that is a frame too.
    inFrame = true;
  }
  return {
    inFrame,
    url: w.location.href,
    hasWebviewBridge:
      w.chrome?.webview !== undefined ||
      w.webkit?.messageHandlers !== undefined ||
      typeof w.external?.GetContext === "function",
  };
}
