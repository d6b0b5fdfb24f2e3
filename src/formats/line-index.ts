/** Converts between UTF-16 offsets and 1-based line/column points, with one index built per file. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const code = source.charCodeAt(i);
      // CR alone, LF alone and CRLF each end a line, as in micromark and editors.
      if (code === 10) this.starts.push(i + 1);
      else if (code === 13 && source.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  point(offset: number): { line: number; column: number; offset: number } {
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (this.starts[low] as number) + 1, offset: clamped };
  }

  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] ?? 0;
    return Math.min(this.source.length, start + Math.max(0, column - 1));
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
