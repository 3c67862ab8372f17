/**
 * The one place the Word pane touches the browser's storage: favourites and the selection go
 * through it. Storage may be missing or refuse reads and writes (private browsing, sandboxed
 * frames, quota): every access is best effort, the pane then keeps its data for the session only.
 *
 * In Office, add-ins must partition localStorage with `Office.context.partitionKey` (Office on the
 * web gives every document's add-in frame the same origin): keys are prefixed with it there.
 */

/** The part of the Web Storage API used here (localStorage fits it). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** window.localStorage, or null where reading it throws (sandboxed frames, disabled storage). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** `storage` with every key prefixed by Office's partition key (unchanged without one). */
export function partitioned(
  storage: KeyValueStorage | null,
  partitionKey: string | null | undefined,
): KeyValueStorage | null {
  if (!storage || !partitionKey) return storage;
  const key = (k: string): string => `${partitionKey}/${k}`;
  return {
    getItem: (k) => storage.getItem(key(k)),
    setItem: (k, v) => storage.setItem(key(k), v),
    removeItem: (k) => storage.removeItem(key(k)),
  };
}

/** Office's partition key once Office.js is ready; undefined outside Office or when absent. */
export function officePartitionKey(): string | undefined {
  try {
    const key: unknown = typeof Office !== "undefined" ? Office.context?.partitionKey : undefined;
    return typeof key === "string" && key !== "" ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The stored text, or null when absent or unreadable. */
export function readItem(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes (or removes, with null) one key; false when the storage refused. */
export function writeItem(
  storage: KeyValueStorage | null,
  key: string,
  value: string | null,
): boolean {
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
