import { compactLabel } from "./normalizeLabel";
import type { DecpSourceRecord, RawModification } from "./decpTypes";

/** A JSON object or an XML element turned into one (see xmlRecordReader). */
export type PlainObject = Record<string, unknown>;

export function isPlainObject(v: unknown): v is PlainObject {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** `obj[name]`, else the first key equal to `name` once compacted (`DateNotification`, `date_notification`). */
export function getField(obj: PlainObject, name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(obj, name)) return obj[name];
  const wanted = compactLabel(name);
  for (const k in obj) if (compactLabel(k) === wanted) return obj[k];
  return undefined;
}

/**
 * A DECP list in any of its shapes: `[...]`, `{"considerationSociale": [...]}`,
 * `{"considerationSociale": "x"}` (XML with one child), a bare value, or a list of wrapped
 * items (`[{"modification": {...}}]`). undefined when the field is absent or null.
 */
export function unwrapList(value: unknown, itemName: string): unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  const out: unknown[] = [];
  const add = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) {
      for (const item of v) add(item, depth + 1);
    } else if (isPlainObject(v)) {
      const inner = getField(v, itemName);
      if (inner !== undefined) add(inner, depth + 1);
      else out.push(v);
    } else if (v !== undefined && v !== null) out.push(v);
  };
  add(value, 0);
  return out;
}

function firstDefined(...values: unknown[]): unknown {
  return values.find((v) => v !== undefined && v !== null);
}

/** The buyer's SIRET: `acheteur.id`, or a flat `acheteur` string, or `acheteur_id`. */
function buyerId(obj: PlainObject): unknown {
  const buyer = getField(obj, "acheteur");
  if (isPlainObject(buyer)) return getField(buyer, "id");
  return firstDefined(buyer, getField(obj, "acheteur.id"), getField(obj, "acheteurId"));
}

function isConcession(obj: PlainObject): boolean {
  const type = getField(obj, "_type");
  const nature = getField(obj, "nature");
  return [type, nature].some(
    (v) => typeof v === "string" && compactLabel(v).includes("concession"),
  );
}

/** A JSON object or XML element standing for one contract → what the mapper reads. */
export function recordFromObject(obj: PlainObject, location: string): DecpSourceRecord {
  if (isConcession(obj)) return { kind: "concession", location };
  const modifications: RawModification[] = (
    unwrapList(getField(obj, "modifications"), "modification") ?? []
  )
    .filter(isPlainObject)
    .map((m) => ({
      montant: getField(m, "montant"),
      dureeMois: getField(m, "dureeMois"),
      date: firstDefined(
        getField(m, "dateNotificationModification"),
        getField(m, "datePublicationDonneesModification"),
      ),
    }));
  return {
    kind: "marche",
    marche: {
      location,
      id: getField(obj, "id"),
      acheteurId: buyerId(obj),
      objet: getField(obj, "objet"),
      procedure: getField(obj, "procedure"),
      codeCPV: getField(obj, "codeCPV"),
      montant: getField(obj, "montant"),
      dateNotification: getField(obj, "dateNotification"),
      dureeMois: getField(obj, "dureeMois"),
      considerationsSociales: unwrapList(
        getField(obj, "considerationsSociales"),
        "considerationSociale",
      ),
      considerationsEnvironnementales: unwrapList(
        getField(obj, "considerationsEnvironnementales"),
        "considerationEnvironnementale",
      ),
      modifications,
    },
  };
}
