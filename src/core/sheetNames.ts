import type { ExistingSheet } from "./api";

/**
 * Chooses where each output sheet goes: its own name when free or ours, else the first
 * `Name (2)`, `Name (3)`… that is free or ours. A sheet we did not write is never overwritten.
 */
export function resolveSheetName(
  wanted: string,
  existing: readonly ExistingSheet[],
  taken: ReadonlySetLike,
): string {
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? wanted : `${wanted} (${i})`;
    const key = candidate.toLowerCase();
    if (taken.has(key)) continue;
    const sheet = byName.get(key);
    if (!sheet || sheet.ours) return candidate;
  }
}

interface ReadonlySetLike {
  has(key: string): boolean;
}
