import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chunksOf } from "../../src/decp/textChunks";

export const FIXTURES = join(__dirname, "..", "fixtures", "decp");

/** A fixture file as a chunk source, cut in small chunks so that values straddle chunk ends. */
export function fixtureChunks(name: string, chunkSize = 7): AsyncIterable<Uint8Array> {
  return chunksOf(readFileSync(join(FIXTURES, name)), chunkSize);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
