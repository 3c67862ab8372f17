import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";

/** Renders a pane into the page's #root at once: the first render never waits on Office.js. */
export function mountPane(content: ReactNode): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("#root missing from the page template");
  createRoot(container).render(content);
}
