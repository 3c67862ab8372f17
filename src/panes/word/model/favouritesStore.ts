/**
 * Favourite clauses, kept between sessions in the browser's storage (Office's roamingSettings are
 * not available in Word task panes), one key per template id so that two panes open at once never
 * overwrite each other's whole list. Unreadable storage means session-only favourites, never a
 * crash (see paneStorage.ts).
 */
import { type KeyValueStorage, readItem, writeItem } from "./paneStorage";

export type { KeyValueStorage } from "./paneStorage";
export { browserStorage } from "./paneStorage";

export const FAVOURITE_KEY_PREFIX = "spaser.favori.";

export function favouriteKey(templateId: string): string {
  return `${FAVOURITE_KEY_PREFIX}${templateId}`;
}

/** The favourites among `templateIds` (unknown ids left in storage by an older library are ignored). */
export function loadFavourites(
  storage: KeyValueStorage | null,
  templateIds: readonly string[],
): Set<string> {
  return new Set(templateIds.filter((id) => readItem(storage, favouriteKey(id)) === "1"));
}

/** Toggles one favourite and returns the new set; the storage write is best effort. */
export function toggleFavourite(
  storage: KeyValueStorage | null,
  current: ReadonlySet<string>,
  templateId: string,
): Set<string> {
  const next = new Set(current);
  const on = !next.has(templateId);
  if (on) next.add(templateId);
  else next.delete(templateId);
  writeItem(storage, favouriteKey(templateId), on ? "1" : null);
  return next;
}
