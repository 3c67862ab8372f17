/**
 * `spaser clauses …` — the clause library on the command line.
 *   list [--json] | show ID | render ID [--set nom=valeur…] [--json]
 *   export --out FICHIER.docx [ID…] [--set ID.nom=valeur…]
 *   hours --montant M [--main-oeuvre 0,5] [--taux 5 %] [--cout-horaire 30] [--json]
 *   check FICHIER.docx | --clauses ID,ID… --lancement AAAA-MM-JJ --montant M
 *         --nature travaux|fournitures|services|services-sociaux [--document RC|CCAP|CCTP]
 *         [--note-exception] [--json]
 * `check` exits 0 when the check ran (whatever its findings), 1 when the file is unreadable.
 * Numbers accept « 0,5 » and « 0.5 », and rates « 5 % » (a bare rate is a fraction: 0,05).
 * Exit codes: 0 ok; 1 unusable input (unknown clause, invalid value, file not writable);
 * 2 usage error. Messages on stderr are French sentences.
 */
import { argsErrorMessage } from "./argsError";
import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ClauseParametersError, exportClausesDocx } from "../clauses/docxExport";
import { formatFrenchNumber, formatFrenchPercent, withUnit } from "../clauses/formatFrench";
import { computeInsertionHours, INSERTION_HOURS_PARAMETERS } from "../clauses/insertionHours";
import { schemaFor } from "../clauses/parameters";
import { findTemplate, listTemplates } from "../clauses/registry";
import { renderTemplate } from "../clauses/render";
import {
  type ClauseTemplate,
  DOCUMENT_TYPES,
  type DocumentType,
  LEVER_TEXT,
  type ParameterSpec,
} from "../clauses/types";
import {
  checkDocument,
  type ClausePresent,
  type DocumentCheckInput,
  FINDING_LABELS,
  type FindingStatus,
} from "../clauses/documentCheck";
import { MAX_DOCX_BYTES, readDocxClauses } from "../clauses/docxClauses";
import { NEED_NATURE_CLI, NEED_NATURE_TEXT } from "../clauses/natures";
import { parseFrenchNumber } from "../clauses/parseNumber";
import { FileWriteError, writeFileAtomic } from "./fileOutput";
import { type CliIo, EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE } from "./io";

export const CLAUSES_USAGE = [
  "Usage\u00a0: spaser clauses <commande>",
  "  list [--json]                                  liste les modèles de clauses",
  "  show ID                                        affiche un modèle, ses paramètres et son texte",
  "  render ID [--set nom=valeur…] [--json]         produit le texte d’une clause",
  "  export --out FICHIER.docx [ID…] [--set ID.nom=valeur…]",
  "                                                 exporte des clauses (toutes par défaut) en .docx",
  "  hours --montant M [--main-oeuvre 0,5] [--taux 5\u00a0%] [--cout-horaire 30] [--json]",
  "                                                 calcule les heures d’insertion",
  "  check FICHIER.docx --lancement AAAA-MM-JJ --montant M --nature NATURE [--document RC|CCAP|CCTP]",
  "        [--note-exception] [--json]",
  "  check --clauses ID,ID… --lancement AAAA-MM-JJ --montant M --nature NATURE …",
  "                                                 contrôle un document (ou un jeu de clauses prévu)",
  "        NATURE\u00a0: travaux, fournitures, services ou services-sociaux (services sociaux et autres",
  "        services spécifiques)\u00a0; --note-exception\u00a0: une note justifiant l’exception à l’article",
  "        L2112-2-1 est versée au dossier.",
  "Les nombres s’écrivent «\u00a00,5\u00a0» ou «\u00a00.5\u00a0»\u00a0; les taux «\u00a05\u00a0%\u00a0» ou «\u00a00,05\u00a0».",
].join("\n");

class UsageError extends Error {}
class InputError extends Error {}

function parse(
  args: string[],
  options: NonNullable<Parameters<typeof parseArgs>[0]>["options"],
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    return {
      values: values as Record<string, string | boolean | string[] | undefined>,
      positionals,
    };
  } catch (error) {
    throw new UsageError(argsErrorMessage(error));
  }
}

function requireTemplate(id: string | undefined): ClauseTemplate {
  if (!id)
    throw new UsageError(
      "Indiquez l’identifiant d’un modèle (voir «\u00a0spaser clauses list\u00a0»).",
    );
  const t = findTemplate(id);
  if (!t)
    throw new InputError(
      `Modèle inconnu\u00a0: «\u00a0${id}\u00a0». La liste s’obtient avec «\u00a0spaser clauses list\u00a0».`,
    );
  return t;
}

function parseSet(entries: readonly string[]): [string, string][] {
  return entries.map((entry) => {
    const eq = entry.indexOf("=");
    if (eq <= 0)
      throw new UsageError(`«\u00a0--set ${entry}\u00a0»\u00a0: écrivez --set nom=valeur.`);
    return [entry.slice(0, eq).trim(), entry.slice(eq + 1)];
  });
}

function describeSpec(spec: ParameterSpec): string {
  switch (spec.kind) {
    case "number":
      return `nombre${spec.integer ? " entier" : ""} de ${withUnit(formatFrenchNumber(spec.min), spec.unit)} à ${withUnit(formatFrenchNumber(spec.max), spec.unit)}, par défaut ${withUnit(formatFrenchNumber(spec.default), spec.unit)}${spec.help ? `. ${spec.help}` : ""}`;
    case "percent":
      return `taux de ${formatFrenchPercent(spec.min)} à ${formatFrenchPercent(spec.max)}, par défaut ${formatFrenchPercent(spec.default)}`;
    case "text":
      return `texte de ${spec.maxLength} caractères au plus, par défaut «\u00a0${spec.default}\u00a0»`;
    case "choice":
      return `au choix\u00a0: ${spec.options.map((o) => `«\u00a0${o}\u00a0»`).join(", ")}\u00a0; par défaut «\u00a0${spec.default}\u00a0»`;
  }
}

function summary(t: ClauseTemplate): object {
  return {
    id: t.id,
    version: t.version,
    title: t.title,
    kind: t.kind,
    category: t.category,
    lever: t.lever,
    documents: t.documents,
    decp: t.decp,
    legalBasis: t.legalBasis,
  };
}

function list(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, { json: { type: "boolean" } });
  if (positionals.length > 0)
    throw new UsageError(`Argument inattendu\u00a0: «\u00a0${positionals[0]}\u00a0».`);
  const templates = listTemplates();
  if (values["json"]) {
    io.stdout(`${JSON.stringify(templates.map(summary), null, 2)}\n`);
    return EXIT_OK;
  }
  const lines = templates.map(
    (t) =>
      `${`${t.id}@${t.version}`.padEnd(38)} ${t.category.padEnd(17)} ${LEVER_TEXT[t.lever].padEnd(24)} ${(t.documents.join("/") || "interne").padEnd(10)} ${t.title}`,
  );
  io.stdout(`${lines.join("\n")}\n${templates.length} modèles.\n`);
  return EXIT_OK;
}

function show(args: string[], io: CliIo): number {
  const { positionals } = parse(args, {});
  if (positionals.length > 1)
    throw new UsageError(`Argument inattendu\u00a0: «\u00a0${positionals[1]}\u00a0».`);
  const t = requireTemplate(positionals[0]);
  const rendered = renderTemplate(t);
  if (!rendered.ok) throw new InputError(rendered.errors.map((e) => e.message).join(" "));
  const params = Object.entries(t.parameters).map(
    ([name, spec]) => `  ${name} — ${spec.label}\u00a0: ${describeSpec(spec)}`,
  );
  const out = [
    `${t.title}`,
    `Identifiant\u00a0: ${t.id} (version ${t.version})`,
    `Catégorie\u00a0: ${t.category} — levier\u00a0: ${LEVER_TEXT[t.lever]} — documents\u00a0: ${t.documents.length > 0 ? t.documents.join(", ") : "aucun (note interne, à ne pas publier)"}`,
    `Données essentielles (DECP)\u00a0: ${t.decp}`,
    `Fondement juridique\u00a0: ${t.legalBasis.join("\u00a0; ")}`,
    `Usage\u00a0: ${t.usage}`,
    "Points de vigilance\u00a0:",
    ...t.vigilance.map((v) => `  - ${v}`),
    params.length > 0 ? "Paramètres\u00a0:" : "Paramètres\u00a0: aucun",
    ...params,
    "",
    "Texte (valeurs par défaut)\u00a0:",
    ...rendered.clause.paragraphs,
  ];
  io.stdout(`${out.join("\n")}\n`);
  return EXIT_OK;
}

function render(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, {
    set: { type: "string", multiple: true },
    json: { type: "boolean" },
  });
  if (positionals.length > 1)
    throw new UsageError(`Argument inattendu\u00a0: «\u00a0${positionals[1]}\u00a0».`);
  const t = requireTemplate(positionals[0]);
  const input = Object.fromEntries(parseSet((values["set"] as string[] | undefined) ?? []));
  const rendered = renderTemplate(t, input);
  if (!rendered.ok) throw new InputError(rendered.errors.map((e) => e.message).join("\n"));
  if (values["json"]) io.stdout(`${JSON.stringify(rendered.clause, null, 2)}\n`);
  else io.stdout(`${rendered.clause.title}\n\n${rendered.clause.paragraphs.join("\n\n")}\n`);
  return EXIT_OK;
}

async function exportDocx(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    set: { type: "string", multiple: true },
  });
  const out = values["out"];
  if (typeof out !== "string" || out.trim() === "")
    throw new UsageError("Indiquez le fichier à écrire\u00a0: --out FICHIER.docx.");
  if (!/\.docx$/i.test(out))
    throw new UsageError(
      `Le fichier de sortie doit avoir l’extension .docx (reçu «\u00a0${out}\u00a0»).`,
    );
  const templates =
    positionals.length > 0 ? positionals.map((id) => requireTemplate(id)) : [...listTemplates()];
  const params: Record<string, Record<string, string>> = {};
  for (const [key, value] of parseSet((values["set"] as string[] | undefined) ?? [])) {
    const dot = key.indexOf(".");
    if (dot <= 0)
      throw new UsageError(
        `«\u00a0--set ${key}=…\u00a0»\u00a0: pour un export, écrivez --set ID.nom=valeur.`,
      );
    const id = key.slice(0, dot);
    if (!templates.some((t) => t.id === id))
      throw new InputError(
        `«\u00a0--set ${key}=…\u00a0»\u00a0: le modèle «\u00a0${id}\u00a0» ne fait pas partie de l’export.`,
      );
    (params[id] ??= {})[key.slice(dot + 1)] = value;
  }
  let bytes: Uint8Array;
  try {
    bytes = await exportClausesDocx(templates, params);
  } catch (error) {
    if (error instanceof ClauseParametersError) throw new InputError(error.message);
    throw error;
  }
  const path = resolve(io.cwd, out);
  try {
    await writeFileAtomic(path, bytes, { displayName: out });
  } catch (error) {
    if (error instanceof FileWriteError) throw new InputError(error.message);
    throw error;
  }
  io.stdout(
    `${templates.length} ${templates.length > 1 ? "clauses exportées" : "clause exportée"} dans ${path}.\n`,
  );
  return EXIT_OK;
}

function hours(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, {
    montant: { type: "string" },
    "main-oeuvre": { type: "string" },
    taux: { type: "string" },
    "cout-horaire": { type: "string" },
    json: { type: "boolean" },
  });
  if (positionals.length > 0)
    throw new UsageError(`Argument inattendu\u00a0: «\u00a0${positionals[0]}\u00a0».`);
  if (values["montant"] === undefined)
    throw new UsageError("Indiquez le montant estimé\u00a0: --montant 1000000.");
  const P = INSERTION_HOURS_PARAMETERS;
  const read = (option: string, spec: ParameterSpec): number => {
    const raw = values[option];
    const parsed = schemaFor(spec).safeParse(typeof raw === "string" ? raw : spec.default);
    if (!parsed.success || typeof parsed.data !== "number")
      throw new InputError(
        `--${option}\u00a0: ${parsed.success ? "valeur invalide." : parsed.error.issues[0]?.message}`,
      );
    return parsed.data;
  };
  const input = {
    montant: read("montant", P.montant),
    partMainOeuvre: read("main-oeuvre", P.partMainOeuvre),
    taux: read("taux", P.taux),
    coutHoraire: read("cout-horaire", P.coutHoraire),
  };
  const result = computeInsertionHours(input);
  if (values["json"]) {
    io.stdout(`${JSON.stringify({ ...input, heures: result })}\n`);
    return EXIT_OK;
  }
  const exact = (input.montant * input.partMainOeuvre * input.taux) / input.coutHoraire;
  io.stdout(
    `${formatFrenchNumber(result)} heures d’insertion ` +
      `(${withUnit(formatFrenchNumber(input.montant), "€ HT")} × ${formatFrenchPercent(input.partMainOeuvre)} × ` +
      `${formatFrenchPercent(input.taux)} ÷ ${withUnit(formatFrenchNumber(input.coutHoraire), "€/h")} = ` +
      `${formatFrenchNumber(exact)}, arrondi à l’heure la plus proche).\n`,
  );
  return EXIT_OK;
}

const STATUS_SYMBOL: Readonly<Record<FindingStatus, string>> = {
  ok: "✓",
  manquant: "✗",
  a_verifier: "?",
};

function isCalendarDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The document type named in a file name (« RC », « CCAP », « CCTP » as a word), if exactly one. */
export function documentTypeFromName(name: string): DocumentType | null {
  const words = new Set(name.toUpperCase().split(/[^A-Z]+/));
  const found = DOCUMENT_TYPES.filter((t) => words.has(t));
  return found.length === 1 ? found[0]! : null;
}

/** `--clauses ID,ID@2,…`: a planned set; without a version, the library's current one. */
function plannedClauses(list: string): ClausePresent[] {
  const ids = list
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "");
  if (ids.length === 0)
    throw new UsageError(
      "«\u00a0--clauses\u00a0»\u00a0: indiquez au moins un identifiant de clause.",
    );
  return ids.map((entry) => {
    const m = /^([^@]+)(?:@(\d+))?$/.exec(entry);
    if (!m)
      throw new UsageError(`«\u00a0--clauses ${entry}\u00a0»\u00a0: écrivez ID ou ID@version.`);
    const id = m[1]!.trim();
    if (m[2] !== undefined) return { id, version: Number(m[2]) };
    const t = requireTemplate(id);
    return { id: t.id, version: t.version };
  });
}

async function readClausesOfFile(file: string, io: CliIo): Promise<ClausePresent[]> {
  if (!/\.docx$/i.test(file))
    throw new UsageError(
      `Le document à contrôler doit être un fichier Word .docx (reçu «\u00a0${file}\u00a0»).`,
    );
  const path = resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`«\u00a0${file}\u00a0» n’est pas un fichier.`);
    if (info.size > MAX_DOCX_BYTES)
      throw new InputError(
        `Impossible de lire «\u00a0${file}\u00a0»\u00a0: le fichier dépasse ${MAX_DOCX_BYTES / 1024 / 1024} Mo.`,
      );
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as { code?: string }).code ?? "";
    throw new InputError(
      code === "ENOENT"
        ? `Le fichier «\u00a0${file}\u00a0» n’existe pas.`
        : `Impossible de lire «\u00a0${file}\u00a0» (${code || "erreur de lecture"}).`,
    );
  }
  const read = await readDocxClauses(bytes);
  if (!read.ok)
    throw new InputError(`Impossible de lire «\u00a0${file}\u00a0»\u00a0: ${read.error}.`);
  return [...read.clauses];
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    lancement: { type: "string" },
    montant: { type: "string" },
    nature: { type: "string" },
    document: { type: "string" },
    clauses: { type: "string" },
    "note-exception": { type: "boolean" },
    json: { type: "boolean" },
  });
  if (positionals.length > 1)
    throw new UsageError(`Argument inattendu\u00a0: «\u00a0${positionals[1]}\u00a0».`);
  const file = positionals[0];
  const planned = values["clauses"];
  if (file !== undefined && typeof planned === "string")
    throw new UsageError("Indiquez soit un fichier .docx, soit --clauses, pas les deux.");
  if (file === undefined && typeof planned !== "string")
    throw new UsageError("Indiquez le document à contrôler (FICHIER.docx) ou --clauses ID,ID….");
  const launch = values["lancement"];
  if (typeof launch !== "string")
    throw new UsageError(
      "Indiquez la date de lancement de la consultation\u00a0: --lancement AAAA-MM-JJ.",
    );
  if (!isCalendarDay(launch.trim()))
    throw new UsageError(
      `«\u00a0--lancement ${launch}\u00a0»\u00a0: écrivez une date AAAA-MM-JJ valide.`,
    );
  const rawAmount = values["montant"];
  if (typeof rawAmount !== "string")
    throw new UsageError("Indiquez la valeur estimée du besoin\u00a0: --montant 250000.");
  const amount = parseFrenchNumber(rawAmount.replace(/€/g, "").replace(/\bHT\b/gi, ""));
  if (amount === null || amount < 0)
    throw new UsageError(
      `«\u00a0--montant ${rawAmount}\u00a0»\u00a0: écrivez un montant positif en euros HT.`,
    );
  const rawNature = values["nature"];
  if (typeof rawNature !== "string")
    throw new UsageError(
      "Indiquez la nature du besoin\u00a0: --nature travaux|fournitures|services|services-sociaux.",
    );
  const nature = NEED_NATURE_CLI[rawNature.trim().toLowerCase()];
  if (!nature)
    throw new UsageError(
      `«\u00a0--nature ${rawNature}\u00a0»\u00a0: écrivez travaux, fournitures, services ou services-sociaux.`,
    );
  const rawDocument = values["document"];
  let documentType: DocumentType;
  if (typeof rawDocument === "string") {
    const upper = rawDocument.trim().toUpperCase();
    const found = DOCUMENT_TYPES.find((t) => t === upper);
    if (!found)
      throw new UsageError(
        `«\u00a0--document ${rawDocument}\u00a0»\u00a0: écrivez RC, CCAP ou CCTP.`,
      );
    documentType = found;
  } else documentType = (file ? documentTypeFromName(basename(file)) : null) ?? "CCAP";

  const clauses =
    typeof planned === "string" ? plannedClauses(planned) : await readClausesOfFile(file!, io);
  const input: DocumentCheckInput = {
    launchDate: launch.trim(),
    estimatedValue: amount,
    nature,
    documentType,
    clauses,
    ...(values["note-exception"] ? { exceptionNoteOnFile: true } : {}),
  };
  const outcome = checkDocument(input);
  if (!outcome.ok) throw new UsageError(outcome.errors.join(" "));
  const { result } = outcome;
  if (values["json"]) {
    io.stdout(
      `${JSON.stringify(
        {
          ...(file ? { file } : {}),
          documentType,
          launchDate: input.launchDate,
          estimatedValue: amount,
          nature,
          exceptionNoteOnFile: input.exceptionNoteOnFile === true,
          clauses,
          findings: result.findings,
          decp: result.decp,
          label: result.label,
        },
        null,
        2,
      )}\n`,
    );
    return EXIT_OK;
  }
  const [y, m, d] = input.launchDate.split("-");
  const subject = file ? `du document «\u00a0${file}\u00a0»` : "du jeu de clauses prévu";
  const lines = [
    `Contrôle ${subject}\u00a0: ${documentType}, ${NEED_NATURE_TEXT[nature]}, lancement le ${d}/${m}/${y}, besoin estimé à ${withUnit(formatFrenchNumber(amount), "€ HT")}.`,
    clauses.length === 0
      ? "Aucune clause SPASER trouvée."
      : `Clauses SPASER (${clauses.length})\u00a0: ${clauses.map((c) => `${c.id}@${c.version}`).join(", ")}.`,
    "",
    ...result.findings.map(
      (f) =>
        `${STATUS_SYMBOL[f.status]} ${FINDING_LABELS[f.status]} — ${f.article}\u00a0: ${f.message}`,
    ),
    "",
    `Données essentielles\u00a0: considérations sociales\u00a0: ${result.decp.considerationsSociales.join(", ")}\u00a0; considérations environnementales\u00a0: ${result.decp.considerationsEnvironnementales.join(", ")}.`,
    result.label.ready
      ? "Label interne SPASER\u00a0: le document est prêt."
      : `Label interne SPASER\u00a0: pas encore prêt (${result.label.reasons.length} ${result.label.reasons.length > 1 ? "points" : "point"} à traiter).`,
  ];
  io.stdout(`${lines.join("\n")}\n`);
  return EXIT_OK;
}

export async function runClausesCommand(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "list":
        return list(rest, io);
      case "show":
        return show(rest, io);
      case "render":
        return render(rest, io);
      case "export":
        return await exportDocx(rest, io);
      case "hours":
        return hours(rest, io);
      case "check":
        return await check(rest, io);
      case "help":
      case "--help":
      case "-h":
        io.stdout(`${CLAUSES_USAGE}\n`);
        return EXIT_OK;
      default:
        throw new UsageError(
          command ? `Commande inconnue\u00a0: «\u00a0${command}\u00a0».` : "Indiquez une commande.",
        );
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${CLAUSES_USAGE}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr(`${error.message}\n`);
      return EXIT_UNUSABLE;
    }
    throw error;
  }
}
