import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { bootState } from "./bootState";

/**
 * Renders a pane into the page's #root at once: the first render never waits on Office.js
 * (the pane then starts Office from `Office.onReady`, see loadOffice.ts). In an old webview the
 * ES5 bootstrap has already replaced « Chargement… » with its message: nothing is mounted then.
 */
export function mountPane(content: ReactNode): void {
  if (process.env.NODE_ENV !== "production") reportCspViolations();
  if (bootState()?.legacy) return;
  const container = document.getElementById("root");
  if (!container) throw new Error("#root missing from the page template");
  createRoot(container).render(content);
}

/** Development builds: every Content-Security-Policy violation, in the console, in full. */
function reportCspViolations(): void {
  document.addEventListener("securitypolicyviolation", (event) => {
    console.error(
      `CSP : « ${event.violatedDirective} » a bloqué ${event.blockedURI || "un script en ligne"}` +
        (event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ""),
    );
  });
}
