/**
 * The shape of a clause template (PRODUCT §9). Templates are plain typed data so that the pane,
 * the CLI, the docx export and the document check all read the same source.
 */
import type { Nature } from "../core/thresholds";

export const CATEGORIES = ["sociale", "environnementale"] as const;
export type Category = (typeof CATEGORIES)[number];

export const LEVERS = [
  "condition d'exécution",
  "critère d'attribution",
  "spécification technique",
  "réservation",
] as const;
export type Lever = (typeof LEVERS)[number];

/**
 * How a lever is written for readers. The LEVERS values are keys shared with the Word pane and
 * the `clauses list --json` output (PRODUCT §9), kept as they are; texts use these labels.
 */
export const LEVER_TEXT: Readonly<Record<Lever, string>> = {
  "condition d'exécution": "condition d’exécution",
  "critère d'attribution": "critère d’attribution",
  "spécification technique": "spécification technique",
  réservation: "réservation",
};

export const DOCUMENT_TYPES = ["RC", "CCAP", "CCTP"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** DECP 2022 enums (domain-facts §4). */
export const DECP_SOCIAL = [
  "Clause sociale",
  "Critère social",
  "Marché réservé",
  "Pas de considération sociale",
] as const;
export const DECP_ENVIRONMENTAL = [
  "Clause environnementale",
  "Critère environnemental",
  "Pas de considération environnementale",
] as const;
export type DecpSocial = (typeof DECP_SOCIAL)[number];
export type DecpEnvironmental = (typeof DECP_ENVIRONMENTAL)[number];
export type DecpValue = DecpSocial | DecpEnvironmental;

/** Parameters are described as data; parameters.ts derives the zod schema from them. */
export type ParameterSpec =
  | {
      readonly kind: "number";
      readonly label: string;
      readonly default: number;
      readonly min: number;
      readonly max: number;
      /** Shown after the value in the text (« € HT », « heures », « mois »…). */
      readonly unit?: string;
      readonly integer?: boolean;
      /** A sentence explaining the bounds (shown by `spaser clauses show` and forms). */
      readonly help?: string;
    }
  | {
      /** Stored as a fraction (0.05), shown as « 5 % ». Bounds are fractions too. */
      readonly kind: "percent";
      readonly label: string;
      readonly default: number;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly kind: "text";
      readonly label: string;
      readonly default: string;
      readonly minLength: number;
      readonly maxLength: number;
    }
  | {
      readonly kind: "choice";
      readonly label: string;
      readonly default: string;
      readonly options: readonly string[];
    };

export type ParameterValue = number | string;
export type ParameterValues = Readonly<Record<string, ParameterValue>>;

/** A value computed from the parameters (e.g. the insertion hours), usable as a placeholder. */
export interface DerivedValue {
  readonly label: string;
  readonly unit?: string;
  readonly compute: (params: ParameterValues) => number;
}

/**
 * "clause": a stipulation producing a consideration. "note": an internal justification (the
 * L2112-2-1 exception note), which produces no consideration but answers a check.
 */
export type TemplateKind = "clause" | "note";

/**
 * Legal obligations the document check verifies, for the templates that must not satisfy one on
 * their own although their lever and category would suggest it (issue 12, points 2 and 3).
 */
export type Obligation = "L2152-7" | "L2112-2-1";

export interface ClauseTemplate {
  /** Stable, kebab-case; with the version, it is written in the Word content control's tag. */
  readonly id: string;
  /** Bumped whenever the text or the parameters change (documents then show it as outdated). */
  readonly version: number;
  readonly kind: TemplateKind;
  readonly title: string;
  readonly category: Category;
  readonly lever: Lever;
  readonly documents: readonly DocumentType[];
  /**
   * The DECP value the clause produces (arrêté of 22 December 2022): « Clause sociale » /
   * « Clause environnementale » for an execution condition, « Critère … » for an award criterion,
   * « Marché réservé » for a reservation; « Pas de considération sociale » for what is none of
   * these (a social technical specification, the internal note). See README.
   */
  readonly decp: DecpValue;
  /** Obligations this template does not satisfy on its own (see Obligation). */
  readonly notAlone?: readonly Obligation[];
  /** Articles, e.g. « Code de la commande publique, art. L2112-2 ». */
  readonly legalBasis: readonly string[];
  readonly usage: string;
  readonly vigilance: readonly string[];
  /** Natures for which the template is meant; empty = every nature. */
  readonly natures: readonly Nature[];
  readonly keywords: readonly string[];
  readonly parameters: Readonly<Record<string, ParameterSpec>>;
  readonly derived?: Readonly<Record<string, DerivedValue>>;
  /** Body paragraphs; `{{name}}` is replaced by a parameter or derived value. */
  readonly body: readonly string[];
}
