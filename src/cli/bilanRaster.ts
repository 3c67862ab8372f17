/**
 * Node rasteriser of the bilan's charts: resvg compiled to WebAssembly (no native module), with
 * the DejaVu Sans fonts shipped in assets/fonts (free licence, see DejaVuSans-LICENCE.txt), so
 * the PNG looks the same on every machine whatever fonts it has.
 */
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { Resvg, initWasm } from "@resvg/resvg-wasm";
import type { RasteriseSvg } from "../bilan/document";
import { packageRoot } from "./paths";

let ready: Promise<Uint8Array[]> | null = null;

async function load(): Promise<Uint8Array[]> {
  const wasm = await fs.readFile(require.resolve("@resvg/resvg-wasm/index_bg.wasm"));
  await initWasm(wasm);
  const dir = path.join(packageRoot(), "assets", "fonts");
  return Promise.all(
    ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map(
      async (f) => new Uint8Array(await fs.readFile(path.join(dir, f))),
    ),
  );
}

export const rasteriseWithResvg: RasteriseSvg = async (chart, scale) => {
  ready ??= load();
  const fontBuffers = await ready;
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: "width", value: Math.round(chart.width * scale) },
    font: { fontBuffers, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  try {
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    return png;
  } finally {
    resvg.free();
  }
};
