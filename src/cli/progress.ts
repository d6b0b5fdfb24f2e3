import type { Writable } from 'node:stream';

/** Redraw at most this often: a terminal that redraws for every file slows a fast run down. */
const redrawEveryMs = 100;
/** A run that ends sooner shows nothing, so quick runs do not flash a line. */
const quietForMs = 300;

/**
 * One line on a terminal's standard error while files are linted: files done of the total, the
 * rate and the time left, redrawn in place and wiped when the run ends. Only for a terminal: a
 * CI log or a pipe gets nothing, and standard output (a report, maybe JSON) is never touched.
 */
export class ProgressLine {
  private done = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started: number;

  constructor(
    private readonly stream: Writable,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** One more file is done. */
  tick(): void {
    this.done++;
    const time = this.now();
    if (time - this.started < quietForMs || (time - this.lastDraw < redrawEveryMs && this.done < this.total)) return;
    this.lastDraw = time;
    this.drawn = true;
    this.stream.write(`\r\x1b[2K${describeProgress(this.done, this.total, (time - this.started) / 1000)}`);
  }

  /** Wipes the line, leaving the terminal as it was for the report. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}

/** "healthlint: 120/500 files, 41 files/s, about 9 s left" */
export function describeProgress(done: number, total: number, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const parts = [`healthlint: ${done}/${total} files`];
  if (rate > 0) {
    parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} files/s`);
    if (done < total) parts.push(`about ${formatDuration((total - done) / rate)} left`);
  }
  return parts.join(', ');
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
