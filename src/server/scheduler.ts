/**
 * Decides when each document is linted. A change after a quiet spell is linted at once (on the
 * next turn of the event loop, so changes already received are coalesced); changes in a burst
 * (typing, undo, multi-cursor edits) restart a timer and are linted once, `delay` after the last
 * one. This is a debounce with a leading edge: an isolated edit shows its findings as fast as
 * the lint runs, and fast typing does not lint every keystroke.
 */
export class LintScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastChange = new Map<string, number>();

  constructor(
    private readonly run: (uri: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A document changed: lint it soon, coalescing with the changes around it. */
  changed(uri: string, delay: number): void {
    const now = this.now();
    const previous = this.lastChange.get(uri);
    this.lastChange.set(uri, now);
    const quiet = previous === undefined || now - previous >= delay;
    this.start(uri, quiet && !this.timers.has(uri) ? 0 : delay);
  }

  /** Lint on the next turn of the event loop (open, save, config change). */
  soon(uri: string): void {
    this.start(uri, 0);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
    this.lastChange.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private start(uri: string, delay: number): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri);
      }, delay),
    );
  }
}
