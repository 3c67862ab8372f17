/**
 * Entry of index.html, the manifest's DefaultSettings page for clients that ignore
 * VersionOverrides: it opens the pane of the host application. Outside Office the page's static
 * links to both panes stay visible. No React here: this page must stay tiny.
 */
import { detectOfficeHost } from "../common/loadOffice";
import { paneForHost } from "./paneForHost";

function route(host: Parameters<typeof paneForHost>[0]): void {
  const page = paneForHost(host);
  // Keep the query (Office's _host_Info) so that the pane sees the same signals.
  if (page) window.location.replace(page + window.location.search);
}

const detection = detectOfficeHost();
void detection.initial.then(route);
void detection.late.then(route);
