/** Which Office application hosts the page, reduced to what the panes need. */
export type HostKind = "excel" | "word" | null;

/**
 * Maps `Office.onReady`'s info to a host kind. Compared as strings because the `Office.HostType`
 * enum only exists once Office.js has loaded; outside Office the host is null.
 */
export function hostKindFromInfo(info: { host?: unknown } | null | undefined): HostKind {
  const host = typeof info?.host === "string" ? info.host.toLowerCase() : "";
  if (host === "excel") return "excel";
  if (host === "word") return "word";
  return null;
}

/** Resolves with `promise`'s value, or with `fallback` once `ms` have passed — whichever is first. */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
