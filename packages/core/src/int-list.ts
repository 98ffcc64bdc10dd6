/** A growable Int32Array: per-character offsets of a long text (a line index, a normalized text's
 *  map, a document's source map) without a boxed number per entry for the garbage collector to
 *  trace, and at a quarter of a number[]'s memory. */
export class IntList {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  /** Pushes from, from + 1, …, to − 1 (a run of consecutive offsets). */
  pushRange(from: number, to: number): void {
    const n = to - from;
    if (n <= 0) return;
    if (this.length + n > this.data.length) {
      const next = new Int32Array(Math.max(this.data.length * 2, this.length + n));
      next.set(this.data);
      this.data = next;
    }
    const data = this.data;
    let k = this.length;
    for (let v = from; v < to; v++) data[k++] = v;
    this.length = k;
  }

  at(i: number): number {
    return this.data[i];
  }

  /** The values pushed so far (a view: later pushes may or may not show in it). */
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
