/**
 * The panes' rasteriser of the bilan's charts: the browser's own SVG renderer (an <img> of the
 * SVG drawn on a canvas). The pages' Content-Security-Policy allows blob: images but no
 * WebAssembly compilation, and the platform already does the job: no dependency is loaded.
 */
import type { Chart } from "../../bilan/charts";

export async function rasteriseInBrowser(chart: Chart, scale: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([chart.svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(chart.width * scale);
    canvas.height = Math.round(chart.height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("Le navigateur ne permet pas de dessiner les graphiques.");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("Le navigateur n’a pas pu produire l’image des graphiques.");
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
