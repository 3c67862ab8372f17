/**
 * Gives the page's event loop a turn (input, painting) between two long steps of work that has
 * to run on the main thread (Office mode: the core between two Office.js round-trips; the bilan
 * annuel between two refreshes).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
