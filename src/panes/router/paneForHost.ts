import type { HostKind } from "../common/officeHost";

/** The pane page of each Office application; null outside Office (the page then offers both). */
export function paneForHost(host: HostKind): string | null {
  switch (host) {
    case "excel":
      return "excel.html";
    case "word":
      return "word.html";
    case null:
      return null;
  }
}
