/**
 * Content-control tag of an inserted clause: `spaser:<id>@<version>#<instance>`, e.g.
 * `spaser:clause-insertion@1#k7f3q9zt`. The instance key makes each insertion unique (the same
 * clause may appear twice) and keys its parameters in the document settings, so no extra
 * round-trip is needed to read back Word's own control id after inserting.
 */
export const TAG_PREFIX = "spaser:";

export interface ClauseTag {
  readonly id: string;
  readonly version: number;
  readonly instance: string;
}

const TAG = /^spaser:([a-z0-9]+(?:-[a-z0-9]+)*)@(\d+)#([a-z0-9]+)$/;

export function formatClauseTag(tag: ClauseTag): string {
  return `${TAG_PREFIX}${tag.id}@${tag.version}#${tag.instance}`;
}

export function parseClauseTag(text: string): ClauseTag | null {
  const m = TAG.exec(text);
  if (!m) return null;
  return { id: m[1] ?? "", version: Number(m[2]), instance: m[3] ?? "" };
}

/** A random key of 10 base-36 characters (Web Crypto: present in Office's browsers and Node 20). */
export function newInstanceKey(): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => (b % 36).toString(36)).join("");
}
