/**
 * The bilan's two charts, drawn by the project as SVG text (same code in Node and the browser):
 * statuses per axis (stacked bars, each segment labelled with its count, a legend with symbols),
 * and the trajectory of the four key rates over every semester with the target line.
 * Each chart comes with its alt text. Rasterising (PNG) is the host's job: see raster*.ts.
 */
import { STATUS_KEYS } from "../core/status";
import { STATUS_PRESENTATION } from "../core/statusPresentation";
import type { Bilan } from "./model";
import { frenchPercent } from "./format";

export interface Chart {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** Short title and long description for the picture's alt text. */
  readonly title: string;
  readonly description: string;
}

export const CHART_FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";

function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function text(
  x: number,
  y: number,
  body: string,
  opts: { size?: number; anchor?: "start" | "middle" | "end"; fill?: string; bold?: boolean } = {},
): string {
  return `<text x="${x}" y="${y}" font-family="${CHART_FONT}" font-size="${opts.size ?? 12}"${
    opts.anchor && opts.anchor !== "start" ? ` text-anchor="${opts.anchor}"` : ""
  } fill="#${opts.fill ?? "1F1F1F"}"${opts.bold ? ' font-weight="bold"' : ""}>${esc(body)}</text>`;
}

/** Splits a label into at most two lines of about `max` characters (an ellipsis beyond). */
export function wrap(label: string, max: number): string[] {
  if (label.length <= max) return [label];
  const cut = label.lastIndexOf(" ", max);
  const first = label.slice(0, cut > 0 ? cut : max);
  let rest = label.slice(first.length).trim();
  if (rest.length > max) rest = `${rest.slice(0, max - 1).trimEnd()}…`;
  return [first, rest];
}

function svgDocument(width: number, height: number, body: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#FFFFFF"/>${body.join("")}</svg>`;
}

/** Stacked horizontal bars: one per axis, statuses at `Y-S2` (year's status). */
export function statusesChart(b: Bilan): Chart {
  const width = 640;
  const left = 215;
  const right = 20;
  const barH = 26;
  const gap = 14;
  const top = 40;
  const legendH = 56;
  const height = top + b.axes.length * (barH + gap) + legendH;
  const max = Math.max(
    1,
    ...b.axes.map((a) => STATUS_KEYS.reduce((n, s) => n + a.statusCounts[s], 0)),
  );
  const scale = (width - left - right) / max;
  const body: string[] = [
    text(10, 22, `Statuts des indicateurs par axe — ${b.year}`, { size: 15, bold: true }),
  ];
  b.axes.forEach((axis, i) => {
    const y = top + i * (barH + gap);
    const lines = wrap(axis.label, 30);
    lines.forEach((line, k) =>
      body.push(
        text(left - 8, y + barH / 2 + 4 + (k - (lines.length - 1) / 2) * 13, line, {
          anchor: "end",
          size: 11,
        }),
      ),
    );
    let x = left;
    for (const s of STATUS_KEYS) {
      const n = axis.statusCounts[s];
      if (n === 0) continue;
      const w = n * scale;
      const p = STATUS_PRESENTATION[s];
      body.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="#${p.fill}" stroke="#${p.color}" stroke-width="1"/>`,
      );
      if (w >= 16)
        body.push(
          text(x + w / 2, y + barH / 2 + 4, String(n), {
            anchor: "middle",
            fill: p.color,
            bold: true,
          }),
        );
      x += w;
    }
  });
  const ly = top + b.axes.length * (barH + gap) + 8;
  STATUS_KEYS.forEach((s, i) => {
    const p = STATUS_PRESENTATION[s];
    const col = i % 4;
    const row = Math.floor(i / 4);
    const x = 10 + col * 155;
    const y = ly + row * 22;
    body.push(
      `<rect x="${x}" y="${y}" width="14" height="14" fill="#${p.fill}" stroke="#${p.color}"/>`,
      text(x + 20, y + 12, `${p.symbol} ${p.label}`, { size: 12, fill: p.color }),
    );
  });
  const description = b.axes
    .map(
      (a) =>
        `${a.label} : ${STATUS_KEYS.filter((s) => a.statusCounts[s] > 0)
          .map((s) => `${a.statusCounts[s]} ${STATUS_PRESENTATION[s].label.toLowerCase()}`)
          .join(", ")}`,
    )
    .join(" ; ")
    .replace(/ ([:;])/g, "\u00a0$1");
  return {
    svg: svgDocument(width, height, body),
    width,
    height,
    title: `Statuts des indicateurs par axe en ${b.year}`,
    description: `Barres empilées des statuts par axe${"\u00a0"}: ${description}.`,
  };
}

/** Four small panels (2 × 2): each key rate over every semester, with its target as a dashed line. */
export function trajectoriesChart(b: Bilan): Chart {
  const width = 640;
  const panelW = 310;
  const panelH = 190;
  const top = 36;
  const height = top + 2 * panelH + 10;
  const body: string[] = [
    text(10, 22, "Trajectoire des taux clés (en nombre de marchés)", { size: 15, bold: true }),
  ];
  const descriptions: string[] = [];
  b.trajectories.forEach((t, i) => {
    const ox = 10 + (i % 2) * (panelW + 10);
    const oy = top + Math.floor(i / 2) * panelH;
    const plotL = ox + 40;
    const plotR = ox + panelW - 28;
    const plotT = oy + 40;
    const plotB = oy + panelH - 34;
    const n = t.points.length;
    const xOf = (k: number) =>
      n <= 1 ? (plotL + plotR) / 2 : plotL + (k * (plotR - plotL)) / (n - 1);
    const yOf = (v: number) => plotB - Math.max(0, Math.min(1, v)) * (plotB - plotT);
    wrap(`${t.code} — ${t.label}`, 48).forEach((line, k) =>
      body.push(
        text(ox, oy + 12 + k * 13, line, { size: 10, fill: k === 0 ? "1F1F1F" : "3A3A3A" }),
      ),
    );
    for (const v of [0, 0.5, 1]) {
      body.push(
        `<line x1="${plotL}" y1="${yOf(v)}" x2="${plotR}" y2="${yOf(v)}" stroke="#D0D0D0" stroke-width="1"/>`,
        text(plotL - 4, yOf(v) + 4, frenchPercent(v, 0), {
          size: 10,
          anchor: "end",
          fill: "595959",
        }),
      );
    }
    if (t.targetValue !== null)
      body.push(
        `<line x1="${plotL}" y1="${yOf(t.targetValue)}" x2="${plotR}" y2="${yOf(t.targetValue)}" stroke="#9C0006" stroke-width="2" stroke-dasharray="6 4"/>`,
        text(plotR, yOf(t.targetValue) - 4, `cible ${frenchPercent(t.targetValue, 0)}`, {
          size: 10,
          anchor: "end",
          fill: "9C0006",
        }),
      );
    const pts = t.points
      .map((p, k) => (p.value === null ? null : { x: xOf(k), y: yOf(p.value), v: p.value }))
      .filter((p): p is { x: number; y: number; v: number } => p !== null);
    if (pts.length > 1)
      body.push(
        `<polyline fill="none" stroke="#1F4E79" stroke-width="2.5" points="${pts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ")}"/>`,
      );
    for (const p of pts)
      body.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="3.5" fill="#1F4E79"/>`);
    t.points.forEach((p, k) => {
      if (n > 6 && k % 2 === 1 && k !== n - 1) return;
      body.push(
        text(xOf(k), plotB + 16, p.semester, { size: 9, anchor: "middle", fill: "595959" }),
      );
    });
    descriptions.push(
      `${t.code}${"\u00a0"}: ${t.points
        .map((p) => `${p.semester} ${p.value === null ? "sans valeur" : frenchPercent(p.value, 1)}`)
        .join(", ")}${t.targetValue !== null ? ` (cible ${frenchPercent(t.targetValue, 0)})` : ""}`,
    );
  });
  return {
    svg: svgDocument(width, height, body),
    width,
    height,
    title: "Trajectoire des quatre taux clés",
    description: `Courbes par semestre, cible en pointillés${"\u00a0"}: ${descriptions.join(" ; ").replace(/ ;/g, "\u00a0;")}.`,
  };
}

export function bilanCharts(b: Bilan): readonly Chart[] {
  return [statusesChart(b), trajectoriesChart(b)];
}
