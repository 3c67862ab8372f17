/**
 * The browser-mode selection kept across reloads, in the same storage as the favourites. What
 * is read back is checked again: an entry whose template left the library, or whose parameters
 * the current library refuses (bounds changed), is dropped rather than exported wrong.
 */
import { z } from "zod";
import { validateParameters } from "../../../clauses/parameters";
import { findTemplate } from "../../../clauses/registry";
import { type KeyValueStorage, readItem, writeItem } from "./paneStorage";
import type { Selection, SelectionEntry } from "./selection";

export const SELECTION_KEY = "spaser.selection";

const STORED = z.object({
  v: z.literal(1),
  entries: z.array(
    z.object({
      templateId: z.string(),
      values: z.record(z.string(), z.union([z.number(), z.string()])),
    }),
  ),
});

export function loadSelection(storage: KeyValueStorage | null): Selection {
  const text = readItem(storage, SELECTION_KEY);
  if (text === null) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  const parsed = STORED.safeParse(raw);
  if (!parsed.success) return [];
  const out: SelectionEntry[] = [];
  for (const entry of parsed.data.entries) {
    const template = findTemplate(entry.templateId);
    if (!template || out.some((e) => e.templateId === template.id)) continue;
    const valid = validateParameters(template, entry.values);
    if (valid.ok) out.push({ templateId: template.id, values: valid.values });
  }
  return out;
}

/** Best effort: false when the storage refused (the selection then lasts for the session). */
export function saveSelection(storage: KeyValueStorage | null, selection: Selection): boolean {
  if (selection.length === 0) return writeItem(storage, SELECTION_KEY, null);
  return writeItem(storage, SELECTION_KEY, JSON.stringify({ v: 1, entries: selection }));
}
