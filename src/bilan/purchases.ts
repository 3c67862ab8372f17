/**
 * Responsible purchases of the year (L2111-3): contracts notified 1 Jan–31 Dec of the year, in
 * number and in value (sum of amounts HT), by the register flags the core computed — all, with an
 * environmental consideration, with a social one, with an insertion clause, reserved, SPASER
 * label — with their shares; the same by direction and by nature.
 */
import type { ContractFlag } from "../core/catalogue";
import { missingColumnsFor, yearToDate } from "../core/compute";
import type { RefreshModel } from "../core/refreshModel";
import { type Contract, type Register, hasFlag } from "../core/register";
import type { BilanPurchases, PurchaseGroup, PurchaseLine } from "./model";

type LineKey = PurchaseLine["key"];

interface LineSpec {
  readonly key: LineKey;
  readonly label: string;
  readonly available: (r: Register) => boolean;
  readonly test: (c: Contract) => boolean;
}

const flagLine = (key: LineKey, label: string, flag: ContractFlag): LineSpec => ({
  key,
  label,
  available: (r) => missingColumnsFor(flag, r) === undefined,
  test: (c) => hasFlag(c, flag),
});

export const PURCHASE_LINES: readonly LineSpec[] = [
  { key: "tous", label: "Marchés notifiés", available: () => true, test: () => true },
  flagLine("env", "avec une considération environnementale", "env"),
  flagLine("social", "avec une considération sociale", "social"),
  flagLine("insertion", "avec une clause d’insertion", "clauseInsertion"),
  {
    key: "reserve",
    label: "réservés (marché réservé)",
    available: (r) => r.has("social"),
    test: (c) => c.reserved,
  },
  flagLine("label", "labellisés SPASER", "labelSpaser"),
];

export const NO_DIRECTION = "Direction non précisée";
export const NO_NATURE = "Nature non précisée";
const NATURES = ["Travaux", "Fournitures", "Services"] as const;

function group(name: string, contracts: readonly Contract[], register: Register): PurchaseGroup {
  let totalAmount = 0;
  for (const c of contracts) totalAmount += c.amount ?? 0;
  const lines = PURCHASE_LINES.map((spec): PurchaseLine => {
    const available = spec.available(register);
    let count = 0;
    let amount = 0;
    if (available)
      for (const c of contracts)
        if (spec.test(c)) {
          count++;
          amount += c.amount ?? 0;
        }
    return {
      key: spec.key,
      label: spec.label,
      available,
      count,
      amount,
      shareCount: available && contracts.length > 0 ? count / contracts.length : null,
      shareAmount:
        available && register.has("montant") && totalAmount > 0 ? amount / totalAmount : null,
    };
  });
  return { name, lines };
}

/** The L2111-3 figures of the year of the model's semester (its year to date at S2 = the year). */
export function purchasesOfYear(model: RefreshModel): BilanPurchases {
  const register = model.register;
  if (!register || !register.has("dateNotification"))
    return {
      available: false,
      withoutAmount: 0,
      total: { name: "Tous", lines: [] },
      byDirection: [],
      byNature: [],
    };
  const year = { year: model.semester.year, half: 2 as const };
  const contracts = yearToDate(register, year);
  const directions = new Map<string, Contract[]>();
  for (const c of contracts) {
    const d = c.direction ?? NO_DIRECTION;
    const list = directions.get(d) ?? [];
    list.push(c);
    directions.set(d, list);
  }
  const directionNames = [...directions.keys()].sort((a, b) =>
    a === NO_DIRECTION ? 1 : b === NO_DIRECTION ? -1 : a.localeCompare(b, "fr"),
  );
  const natures: string[] = [...NATURES];
  if (contracts.some((c) => c.nature === null)) natures.push(NO_NATURE);
  return {
    available: true,
    withoutAmount: contracts.filter((c) => c.amount === null).length,
    total: group("Tous", contracts, register),
    byDirection: register.has("direction")
      ? directionNames.map((d) => group(d, directions.get(d)!, register))
      : [],
    byNature: natures.map((n) =>
      group(
        n,
        contracts.filter((c) => (c.nature ?? NO_NATURE) === n),
        register,
      ),
    ),
  };
}
