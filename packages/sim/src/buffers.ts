/**
 * Typed arrays written into the buffer of one no longer in use, where it is large enough: a run on a new seed
 * then allocates none of the buffers its histories and lever caches refill. Fresh memory for them cost the page
 * faults of new pages, and the collections their external size set off. A view's values are whatever the old
 * array held: the caller writes every value it reads.
 */

export function float64Room(old: Float64Array | undefined, n: number): Float64Array {
  return old && old.buffer.byteLength >= 8 * n ? new Float64Array(old.buffer, 0, n) : new Float64Array(n);
}

export function int32Room(old: Int32Array | undefined, n: number): Int32Array {
  return old && old.buffer.byteLength >= 4 * n ? new Int32Array(old.buffer, 0, n) : new Int32Array(n);
}

export function uint8Room(old: Uint8Array | undefined, n: number): Uint8Array {
  return old && old.buffer.byteLength >= n ? new Uint8Array(old.buffer, 0, n) : new Uint8Array(n);
}
