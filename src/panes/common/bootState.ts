/**
 * What the ES5 bootstrap (bootstrap.es5.js, the pages' first script) leaves on `window` for the
 * bundle: whether the Office.js <script> has loaded or failed yet, and whether the webview is
 * too old for the bundle (then the bootstrap shows its own message and the pane must not mount).
 */
export interface BootState {
  office: "pending" | "loaded" | "failed";
  readonly legacy: boolean;
  readonly engine: string;
}

export function bootState(): BootState | undefined {
  if (typeof window === "undefined") return undefined;
  return (window as Window & { spaserBoot?: BootState }).spaserBoot;
}
