import { terminalText } from './terminal-text.js';
/** A line on stderr saying how far a long read has got: only on a terminal, redrawn at most 4 times a second. */
export class ProgressLine {
  private last = 0;
  private shown = false;

  constructor(
    private readonly stderr: { write(text: string): unknown; isTTY?: boolean },
    private readonly file: string,
  ) {}

  update = (line: number, bytes: number): void => {
    if (this.stderr.isTTY !== true) return;
    const now = performance.now();
    if (now - this.last < 250) return;
    this.last = now;
    this.shown = true;
    this.stderr.write(`\r\x1b[Kgraded-care: ${terminalText(this.file)}: ${line.toLocaleString('en-GB')} lines, ${(bytes / 1_048_576).toFixed(1)} MiB read`);
  };

  /** Clears the line, so that the closing messages start clean. */
  clear(): void {
    if (this.shown) this.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}
