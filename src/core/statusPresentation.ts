/**
 * How each status and severity is shown: colour AND text label AND symbol (never colour alone).
 * Colours are Excel's familiar good/neutral/bad tints; every text colour has a contrast ratio of
 * at least 4.5:1 on its fill (checked by a test) and the tints print well in grey.
 */
import type { Severity, StatusKey } from "./status";

export interface Presentation {
  readonly label: string;
  readonly symbol: string;
  readonly fill: string;
  readonly color: string;
}

export const STATUS_PRESENTATION: Readonly<Record<StatusKey, Presentation>> = {
  atteint: { label: "Atteint", symbol: "✔", fill: "C6EFCE", color: "006100" },
  en_bonne_voie: { label: "En bonne voie", symbol: "↗", fill: "E2EFDA", color: "375623" },
  a_surveiller: { label: "À surveiller", symbol: "⚠", fill: "FFEB9C", color: "6B5000" },
  en_retard: { label: "En retard", symbol: "✖", fill: "FFC7CE", color: "9C0006" },
  non_renseigne: { label: "Non renseigné", symbol: "?", fill: "EDEDED", color: "3A3A3A" },
  invalide: { label: "Invalide", symbol: "⊘", fill: "FCE4D6", color: "843C0C" },
  suivi: { label: "Suivi", symbol: "•", fill: "DDEBF7", color: "1F4E79" },
};

export const SEVERITY_PRESENTATION: Readonly<Record<Severity, Presentation>> = {
  erreur: { label: "Erreur", symbol: "✖", fill: "FFC7CE", color: "9C0006" },
  avertissement: { label: "Avertissement", symbol: "⚠", fill: "FFEB9C", color: "6B5000" },
  info: { label: "Information", symbol: "ℹ", fill: "DDEBF7", color: "1F4E79" },
};

export function statusText(s: StatusKey): string {
  const p = STATUS_PRESENTATION[s];
  return `${p.symbol} ${p.label}`;
}

export function severityText(s: Severity): string {
  const p = SEVERITY_PRESENTATION[s];
  return `${p.symbol} ${p.label}`;
}

/** WCAG 2 contrast ratio between two "RRGGBB" colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string): number => {
    const ch = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = ch.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
