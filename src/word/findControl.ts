/** The content control carrying a tag, or undefined: one `context.sync()` (WordApi 1.1 getByTag). */
import type { WordContentControl, WordContext } from "./wordApi";

export async function findControl(
  context: WordContext,
  tag: string,
): Promise<WordContentControl | undefined> {
  const found = context.document.contentControls.getByTag(tag);
  found.load("items/id");
  await context.sync();
  return found.items[0];
}
