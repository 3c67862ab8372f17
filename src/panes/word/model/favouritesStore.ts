/**
 * Favourite clauses, kept between sessions in localStorage (Office's roamingSettings are not
 * available in Word task panes), one key per template id so that two panes open at once never
 * overwrite each other's whole list. Storage may be missing or refuse writes (private browsing,
 * quota): favourites then live for the session only, never a crash.
 */

/** The part of the Web Storage API used here (localStorage fits it). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const FAVOURITE_KEY_PREFIX = "spaser.favori.";

export function favouriteKey(templateId: string): string {
  return `${FAVOURITE_KEY_PREFIX}${templateId}`;
}

/** The favourites among `templateIds` (unknown ids left in storage by an older library are ignored). */
export function loadFavourites(
  storage: KeyValueStorage | null,
  templateIds: readonly string[],
): Set<string> {
  const out = new Set<string>();
  if (!storage) return out;
  for (const id of templateIds) {
    try {
      if (storage.getItem(favouriteKey(id)) === "1") out.add(id);
    } catch {
      // Storage unreadable (blocked by the browser): no favourites, as on a first visit.
      return out;
    }
  }
  return out;
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
  try {
    if (on) storage?.setItem(favouriteKey(templateId), "1");
    else storage?.removeItem(favouriteKey(templateId));
  } catch {
    // Quota or privacy mode: the favourite holds for this session only.
  }
  return next;
}

/** window.localStorage, or null where reading it throws (sandboxed frames, disabled storage). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}
