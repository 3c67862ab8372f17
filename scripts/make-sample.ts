/**
 * Writes the bundled sample workbook, assets/pilotage-spaser-exemple.xlsx (`npm run sample`:
 * node build/scripts/make-sample.js). Deterministic: two runs give the same bytes.
 *
 * What a refresh of 2026-S1 should show is reasoned in sampleIndicators.ts (typed values) and
 * below: values the register computes (seed SAMPLE_SEED, 300 rows of which 2 repeat a
 * Référence and 1 has no date, so 297 count; counted row by row with the rules of PRODUCT §3).
 * Scope 2026-S1 = 96 contracts notified 2026-01-01…06-30; 2025-S1 = 77.
 *
 * - GOV2-I3  label count 35, ↗ vs 2025-S1 11 ....................................... en_bonne_voie
 * - GOV2-I5  35/96 = 0.3646 ≥ expected 0.325 (Référence 25 % in 2025) ................ en_bonne_voie
 * - BES1-I1  sourcing among « Fonctionnement » 23, vs 22 ............................. en_bonne_voie
 * - BES1-I2  négociations 36 vs 19; BES1-I3 clauses de progrès 11 vs 8; BES1-I4 ACV 7 vs 1:
 *            all better ........................................................... en_bonne_voie
 * - BES1-I5  env count 74 (no target) ....................................................... suivi
 * - BES1-I6  register 74/96 = 0.7708 vs 0.82 typed: more than 0.5 point apart → avertissement;
 *            the typed value wins ........................................................ a_surveiller
 * - IMP2-I5  env among Achat numérique 8/12 = 0.667 < 1 × 0.9 ............................ en_retard
 *            (typed « Sans objet » is on MOB1-I1, not here)
 * - IMP3-I1  insertion clause 16/96; IMP3-I2 social count 27; IMP3-I4 reserved or insertion
 *            contracts running on 2026-06-30: 27; MOB2-I1 Numérique responsable criteria 8 .... suivi
 * - IMP3-I5  social 27/96 = 0.28125 < 0.35 × 0.9 = 0.315 (every semester: expected = target) . en_retard
 * - IMP3-I6  analysis among > 40 000 € 69/78 = 0.8846 < 0.9; the typed #DIV/0! is an erreur . en_retard
 * - MOB2-I3  critère environnemental among Voirie (both spellings) 30/30 = 1 ................. atteint
 * - CR-I1/2  every « Date de lancement » is before 2026-08-21: empty scope, no value ........... suivi
 * - GOV2-I4  completeness 22/24 = 0.9167 ≥ 1 × 0.9 ........................................ a_surveiller
 *
 * Listed in 2026-S1: 28 (26 S + 2 A1; annual ones not due and empty). Status counts:
 * atteint 4, en_bonne_voie 7, a_surveiller 3, en_retard 4, non_renseigne 1, invalide 1, suivi 8.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./repoRoot";
import { buildSampleWorkbook } from "./sampleWorkbook";
import { withFixedZipDates } from "./stableZip";

export const SAMPLE_PATH = ["assets", "pilotage-spaser-exemple.xlsx"] as const;

export async function writeSample(root: string = repoRoot()): Promise<string> {
  const file = join(root, ...SAMPLE_PATH);
  mkdirSync(join(root, SAMPLE_PATH[0]), { recursive: true });
  const raw = await buildSampleWorkbook().xlsx.writeBuffer();
  writeFileSync(file, await withFixedZipDates(Buffer.from(raw)));
  return file;
}

if (require.main === module) {
  writeSample()
    .then((file) => console.log(`Classeur d'exemple écrit : ${file}`))
    .catch((error: unknown) => {
      console.error(`Échec de l'écriture du classeur d'exemple : ${String(error)}`);
      process.exitCode = 1;
    });
}
