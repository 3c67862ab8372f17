/**
 * The bilan inserted at the cursor through Word's APIs (against the fake of that API subset):
 * built-in styles, tables with a repeated header row and shaded status cells, the two charts as
 * PNG pictures with alt text, the user's paragraph untouched, one round trip.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { FakeWordBilan, type BilanNode } from "./fakeWordBilan";
import { insertBilan } from "../../src/word/insertBilan";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { buildBilan } from "../../src/bilan/buildBilan";
import type { Bilan } from "../../src/bilan/model";
import { rasteriseWithResvg } from "../../src/cli/bilanRaster";
import { formatValue, frenchTypography } from "../../src/bilan/format";
import { STATUS_PRESENTATION, statusText } from "../../src/core/statusPresentation";
import { catalogueByCode } from "../../src/core/catalogue";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "pilotage-spaser-exemple.xlsx");
let bilan: Bilan;
let fake: FakeWordBilan;
let result: Awaited<ReturnType<typeof insertBilan>>;

beforeAll(async () => {
  const read = await readWorkbook(new Uint8Array(fs.readFileSync(SAMPLE)), "exemple.xlsx");
  const out = buildBilan(read.grids, {
    workbookName: "exemple.xlsx",
    year: 2026,
    date: new Date(Date.UTC(2027, 0, 15)),
  });
  if (!out.ok) throw new Error(out.message);
  bilan = out.bilan;
  fake = new FakeWordBilan();
  result = await insertBilan(fake.context, bilan, rasteriseWithResvg);
}, 60_000);

const paragraphs = () =>
  fake.committed.filter(
    (n): n is Extract<BilanNode, { kind: "paragraph" }> => n.kind === "paragraph",
  );
const tables = () =>
  fake.committed.filter((n): n is Extract<BilanNode, { kind: "table" }> => n.kind === "table");

test("one round trip, after the user's paragraph, which is untouched", () => {
  expect(fake.syncCount).toBe(1);
  expect(fake.committed[0]).toEqual({
    kind: "paragraph",
    text: "Texte de l’utilisateur",
    style: "Normal",
    picture: null,
  });
  expect(fake.committed[1]).toMatchObject({
    kind: "paragraph",
    style: "Title",
    text: "Bilan annuel 2026 du SPASER 2026-2030 — Département du Nord",
  });
  expect(result.tables).toBe(tables().length);
  expect(result.pictures).toBe(2);
});

test("headings in Word's built-in styles (navigation pane, table of contents)", () => {
  const h1 = paragraphs()
    .filter((p) => p.style === "Heading1")
    .map((p) => p.text);
  expect(h1.slice(0, 1)).toEqual(["L’essentiel"]);
  expect(h1).toEqual(expect.arrayContaining(["Achats responsables de l’année", "Méthode"]));
  expect(h1.filter((h) => h.startsWith("Axe "))).toHaveLength(bilan.axes.length);
  expect(paragraphs().filter((p) => p.style === "Heading2").length).toBeGreaterThan(5);
  expect(paragraphs().filter((p) => p.style === "ListBullet").length).toBeGreaterThan(3);
});

test("tables: a header row repeated, statuses by symbol + label + shading", () => {
  expect(tables().every((t) => t.headerRowCount === 1)).toBe(true);
  const rowsOf = tables().filter((t) => t.values[0]![0] === "Code");
  let shaded = 0;
  for (const ind of bilan.reports.s2.indicators) {
    if (ind.code !== null && catalogueByCode(ind.code)?.periodicity === "A1") continue;
    const t = rowsOf.find((x) => x.values.some((r) => r[0] === (ind.code ?? "—")))!;
    const r = t.values.findIndex((row) => row[0] === (ind.code ?? "—"));
    expect(t.values[r]![4]).toBe(frenchTypography(formatValue(ind.value, ind.unit)));
    expect(t.values[r]![7]).toBe(statusText(ind.status));
    expect(t.shading[`${r},7`]).toBe(`#${STATUS_PRESENTATION[ind.status].fill}`);
    shaded++;
  }
  expect(shaded).toBeGreaterThan(30);
});

test("two charts as PNG pictures with alt text and a size", () => {
  const pics = paragraphs()
    .filter((p) => p.picture !== null)
    .map((p) => p.picture!);
  expect(pics).toHaveLength(2);
  for (const p of pics) {
    expect(Buffer.from(p.base64, "base64").subarray(0, 4)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    );
    expect(p.altTextTitle).not.toBe("");
    expect(p.altTextDescription.length).toBeGreaterThan(40);
    expect(p.width).toBe(453);
    expect(p.height).toBeGreaterThan(100);
  }
  expect(pics[0]!.altTextDescription).toContain("Gouvernance");
});
