/**
 * Parameters of the clauses inserted in a document, kept in the document's settings under one
 * key (tags can be lost by copy/paste on the web: office-notes). The stored shape is validated
 * on read, since a document can come from anywhere.
 *
 * Co-authoring: `Office.context.document.settings` is an in-memory copy loaded when the add-in
 * starts, and `saveAsync` writes the whole copy back; Word has no settingsChanged event (Excel on
 * the web only). So every change goes through `commit`: reload the document's settings
 * (`refreshAsync`), change this one clause's entry, save at once. A co-author's clauses saved in
 * the meantime are kept; only two changes to the same clause within that instant can collide,
 * and then the last one wins, as in the document text itself. See src/word/README.md.
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
  /** Removed while track changes was on: kept until the deletion is accepted (see README). */
  removed: z.literal(true).optional(),
});
export type StoredClause = {
  readonly id: string;
  readonly version: number;
  readonly values: ParameterValues;
  readonly removed?: true;
};

export class ClauseSettings {
  constructor(private readonly settings: DocumentSettings) {}

  /** Every valid entry, removed ones included, by instance key; malformed entries are skipped. */
  entries(): Map<string, StoredClause> {
    const raw = this.settings.get(SETTINGS_KEY);
    const out = new Map<string, StoredClause>();
    if (raw === null || typeof raw !== "object") return out;
    for (const [instance, value] of Object.entries(raw as Record<string, unknown>)) {
      const parsed = storedClause.safeParse(value);
      if (parsed.success) out.set(instance, parsed.data);
    }
    return out;
  }

  /** The entries of the clauses present (not removed), by instance key. */
  all(): Map<string, StoredClause> {
    return new Map([...this.entries()].filter(([, clause]) => !clause.removed));
  }

  get(instance: string): StoredClause | undefined {
    return this.all().get(instance);
  }

  put(instance: string, clause: StoredClause): void {
    const next = Object.fromEntries(this.entries());
    next[instance] = {
      id: clause.id,
      version: clause.version,
      values: { ...clause.values },
      ...(clause.removed ? { removed: true as const } : {}),
    };
    this.settings.set(SETTINGS_KEY, next);
  }

  delete(instance: string): void {
    const next = Object.fromEntries(this.entries());
    delete next[instance];
    this.settings.set(SETTINGS_KEY, next);
  }

  /**
   * Reloads the settings saved in the document (a co-author may have saved since). A host
   * without `refreshAsync`, or a failed refresh, keeps the copy in memory.
   */
  refresh(): Promise<void> {
    return new Promise((resolve) => {
      if (typeof this.settings.refreshAsync !== "function") {
        resolve();
        return;
      }
      this.settings.refreshAsync(() => resolve());
    });
  }

  /**
   * Changes one clause's entry on top of the document's current settings and saves: put
   * `clause`, or delete the entry when `clause` is null.
   */
  async commit(instance: string, clause: StoredClause | null): Promise<void> {
    await this.refresh();
    if (clause) this.put(instance, clause);
    else this.delete(instance);
    await this.save();
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
