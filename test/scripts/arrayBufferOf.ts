/** A Node Buffer's bytes as an ArrayBuffer: ExcelJS's `load` type does not accept Node 20's Buffer type. */
export function arrayBufferOf(bytes: Buffer): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}
