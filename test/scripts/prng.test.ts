import { createPrng } from "../../scripts/prng";

describe("createPrng", () => {
  it("gives the same sequence for the same seed and another one for another seed", () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    const seqB = Array.from({ length: 20 }, () => b.next());
    const seqC = Array.from({ length: 20 }, () => c.next());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it("stays in [0, 1) and int() stays within its bounds, reaching both", () => {
    const prng = createPrng(7);
    const ints = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = prng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = prng.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
      ints.add(n);
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it("weighted() follows the weights roughly and never picks a zero weight", () => {
    const prng = createPrng(11);
    const counts = { a: 0, b: 0, z: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        prng.weighted([
          ["a", 3],
          ["b", 1],
          ["z", 0],
        ] as const)
      ]++;
    expect(counts.z).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });
});
