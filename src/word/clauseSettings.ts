/**
 * Parameters of the clauses inserted in a document, kept in the document's settings under one
 * key (tags can be lost by copy/paste on the web: office-notes). The stored shape is validated
 * on read, since a document can come from anywhere.
 */
import { z } from "zod";
import type { ParameterValues } from "../clauses/types";
import { WORD_MESSAGES } from "./messages";
import type { DocumentSettings } from "./wordApi";

export const SETTINGS_KEY = "spaser.clauses";

const storedClause = z.object({
  id: z.string(),
  version: z.number().int(),
  values: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type StoredClause = {
  readonly id: string;
  readonly version: number;
  readonly values: ParameterValues;
};

export class ClauseSettings {
  constructor(private readonly settings: DocumentSettings) {}

  /** Every valid entry, by instance key; malformed entries are skipped. */
  all(): Map<string, StoredClause> {
    const raw = this.settings.get(SETTINGS_KEY);
    const out = new Map<string, StoredClause>();
    if (raw === null || typeof raw !== "object") return out;
    for (const [instance, value] of Object.entries(raw as Record<string, unknown>)) {
      const parsed = storedClause.safeParse(value);
      if (parsed.success) out.set(instance, parsed.data);
    }
    return out;
  }

  get(instance: string): StoredClause | undefined {
    return this.all().get(instance);
  }

  put(instance: string, clause: StoredClause): void {
    const next = Object.fromEntries(this.all());
    next[instance] = { id: clause.id, version: clause.version, values: { ...clause.values } };
    this.settings.set(SETTINGS_KEY, next);
  }

  delete(instance: string): void {
    const next = Object.fromEntries(this.all());
    delete next[instance];
    this.settings.set(SETTINGS_KEY, next);
  }

  /** Persists the settings in the document; rejects with a French message on failure. */
  save(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => {
        // Office.AsyncResultStatus.Failed is the string "failed" at run time.
        if (String(result.status).toLowerCase() === "failed")
          reject(new Error(WORD_MESSAGES.saveFailed(result.error?.message ?? "erreur inconnue")));
        else resolve();
      });
    });
  }
}
