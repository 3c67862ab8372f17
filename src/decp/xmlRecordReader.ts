import { SaxesParser } from "saxes";
import { compactLabel } from "./normalizeLabel";
import { recordFromObject, type PlainObject } from "./objectRecord";
import {
  DecpFormatError,
  newReadContext,
  type DecpReadContext,
  type DecpSourceRecord,
} from "./decpTypes";
import { decodeText, type TextEncodingName } from "./textChunks";

interface ElementFrame {
  readonly name: string;
  children: PlainObject | undefined;
  text: string;
}

/** `dec:marche` → `marche`: prefixes do not matter to us. */
function localName(name: string): string {
  const i = name.indexOf(":");
  return i >= 0 ? name.slice(i + 1) : name;
}

/**
 * Streams the records of a DECP XML file (`<marches><marche>…</marche></marches>`): each
 * `<marche>` is turned into a plain object (child elements → keys, repeated children → a
 * list, text-only elements → their text) and read like a JSON record. Concession elements
 * are counted and skipped without being assembled.
 */
export async function* readXmlRecords(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName = "utf-8",
  context: DecpReadContext = newReadContext(),
  onInvalidText?: (byteOffset: number) => void,
): AsyncGenerator<DecpSourceRecord> {
  const pending: DecpSourceRecord[] = [];
  const parser = new SaxesParser();
  /** Elements open inside the record being read. */
  let build: ElementFrame[] = [];
  let depth = 0;
  /** Depth of the `<marche>` being assembled (0 = none). */
  let recordDepth = 0;
  /** Depth of a concession being skipped (0 = none): its children are not looked at. */
  let skipDepth = 0;
  let count = 0;

  parser.on("opentag", (tag) => {
    depth++;
    if (skipDepth > 0) return;
    const name = localName(tag.name);
    if (build.length > 0) {
      build.push({ name, children: undefined, text: "" });
      return;
    }
    // Any `<marche>` outside another record is a contract, whatever wraps it (`<marches>`…).
    const key = compactLabel(name);
    if (key === "marches") context.listFound = true;
    if (key === "marche") {
      context.listFound = true;
      count++;
      recordDepth = depth;
      build = [{ name, children: undefined, text: "" }];
    } else if (key.includes("concession")) {
      count++;
      pending.push({ kind: "concession", location: `enregistrement n°\u00a0${count}` });
      skipDepth = depth;
    }
  });

  parser.on("text", (text) => {
    const top = build[build.length - 1];
    if (top) top.text += text;
  });
  parser.on("cdata", (text) => {
    const top = build[build.length - 1];
    if (top) top.text += text;
  });

  parser.on("closetag", () => {
    depth--;
    if (skipDepth > 0) {
      if (depth < skipDepth) skipDepth = 0;
      return;
    }
    const done = build.pop();
    if (!done) return;
    const value: unknown = done.children ?? done.text.trim();
    const parent = build[build.length - 1];
    if (parent) {
      const children = (parent.children ??= Object.create(null) as PlainObject);
      const previous = children[done.name];
      if (previous === undefined) children[done.name] = value;
      else if (Array.isArray(previous)) previous.push(value);
      else children[done.name] = [previous, value];
    } else if (depth + 1 === recordDepth) {
      const obj = done.children ?? (Object.create(null) as PlainObject);
      pending.push(recordFromObject(obj, `enregistrement n°\u00a0${count}`));
      build = [];
      recordDepth = 0;
    }
  });

  try {
    for await (const text of decodeText(chunks, encoding, onInvalidText)) {
      parser.write(text);
      yield* pending;
      pending.length = 0;
    }
    parser.close();
  } catch (e) {
    if (e instanceof DecpFormatError) throw e;
    throw new DecpFormatError(xmlErrorMessage(e instanceof Error ? e.message : String(e)));
  }
  yield* pending;
}

/** saxes's English messages, in French (the start of the message, without its position). */
const XML_ERRORS: readonly (readonly [RegExp, string])[] = [
  [/^undefined entity/, "une entité inconnue (&…;) y est utilisée"],
  [/^unexpected close tag/, "une balise fermante ne correspond pas à la balise ouverte"],
  [/^unexpected end/, "il s’arrête au milieu d’un élément"],
  [/^document must contain a root element/, "il ne contient aucun élément XML"],
  [/^documents may contain only one root/, "il contient plusieurs éléments racines"],
  [/^duplicate attribute/, "un attribut y est répété"],
  [/^text data outside of root node/, "du texte se trouve hors de l’élément racine"],
  [/^disallowed character/, "il contient un caractère interdit en XML"],
  [
    /^unquoted attribute value|^value must be quoted/,
    "une valeur d’attribut n’est pas entre guillemets",
  ],
  [/^malformed character entity/, "une référence de caractère (&#…;) est mal formée"],
  [/^malformed comment/, "un commentaire est mal formé"],
  [/xml declaration|XML declaration/i, "la déclaration XML (<?xml …?>) est mal formée"],
  [/unclosed tag/i, "une balise n’est pas fermée"],
];

/** One French sentence for a saxes error (`12:5: undefined entity.`): what and where. */
export function xmlErrorMessage(message: string): string {
  const m = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
  const detail = (m ? m[3]! : message).trim();
  const what =
    XML_ERRORS.find(([re]) => re.test(detail))?.[1] ?? "sa structure n’est pas du XML valide";
  const where = m ? ` (ligne ${m[1]}, colonne ${m[2]})` : "";
  return `Le fichier XML est mal formé${where}\u00a0: ${what}.`;
}
