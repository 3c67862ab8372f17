import { useEffect, useState } from "react";
import { detectOfficeHost } from "../common/loadOffice";

export type WordMode = "detecting" | "office" | "browser";

/** State hook of the Word pane: for now, only where it runs. */
export function useWordPane(): { mode: WordMode } {
  const [mode, setMode] = useState<WordMode>("detecting");
  useEffect(() => {
    let cancelled = false;
    const detection = detectOfficeHost();
    void detection.initial.then((kind) => {
      if (!cancelled) setMode(kind === "word" ? "office" : "browser");
    });
    // Office.js may answer after the time-out on a slow network.
    void detection.late.then((kind) => {
      if (!cancelled && kind === "word") setMode("office");
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return { mode };
}
