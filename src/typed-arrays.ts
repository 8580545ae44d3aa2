/** A typed array of `length` (at least `array.length`) starting with `array`'s values: how a growing typed array grows. */
export function grown<T extends Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}
