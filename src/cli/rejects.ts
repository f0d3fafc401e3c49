import type { Issue } from '../errors.js';
import { inputError } from './errors.js';
import { whereText, type Row, type Where } from './input/assessments.js';
import { ndjsonLine } from './output/records.js';
import type { Sink } from './output/sink.js';
import { terminalText } from './terminal-text.js';

/** A bad row as the rejects file records it (one JSON object a line). */
export interface RejectRecord {
  readonly file: string;
  readonly line?: number;
  readonly item?: number;
  readonly child?: string;
  /**
   * Set when a whole child was skipped: `child` because one of its rows was bad, `history`
   * because the command refused the child's history (a Star-only history cannot be placed).
   */
  readonly skipped?: 'child' | 'history';
  readonly message: string;
  readonly issues?: readonly Issue[];
}

/**
 * What happens to bad rows. Without `--keep-going` the first one stops the run (exit 2) with
 * its one-line message. With it, each goes to the rejects file (`--rejects FILE`, NDJSON) or,
 * without one, to stderr, and the run ends with exit status 2 and a count: nothing is dropped
 * silently.
 */
export class Rejects {
  private rows = 0;
  private children = 0;
  private refused = 0;
  private first: string | null = null;

  constructor(
    private readonly keepGoing: boolean,
    private readonly sink: Sink | null,
    private readonly stderr: { write(text: string): unknown },
    /** Clears the progress line (on a terminal), so that a message does not run on from it. */
    private readonly clearProgress: () => void = () => undefined,
  ) {}

  /** Counts the bad rows reported, the children skipped because of them, and the histories refused. */
  get counts(): { rows: number; children: number; refused: number } {
    return { rows: this.rows, children: this.children, refused: this.refused };
  }

  private async record(record: RejectRecord): Promise<void> {
    const line = `${record.file}: ${record.message}`;
    this.first ??= line;
    if (this.sink === null) {
      this.clearProgress();
      this.stderr.write(`graded-care: ${terminalText(line)}\n`);
    }
    else await this.sink.write(ndjsonLine(record));
  }

  /** A bad row: stops the run, or is recorded. */
  async row(row: Extract<Row, { ok: false }>): Promise<void> {
    if (!this.keepGoing) throw inputError(`${row.where.file}: ${row.message}`);
    this.rows++;
    await this.record({ ...row.where, ...(row.childId === undefined ? {} : { child: row.childId }), message: row.message, issues: row.issues });
  }

  /**
   * A bad row of a command that reads whole histories (`progress`, `place`, `cohort`,
   * `chart`). With `--keep-going` its child is skipped whole; a row that names no child could
   * be anyone's, so any history could have a gap: the run stops, as without `--keep-going`.
   */
  async historyRow(row: Extract<Row, { ok: false }>): Promise<void> {
    if (this.keepGoing && row.childId === undefined) {
      throw inputError(`${row.where.file}: ${row.message}; the row names no child, so any child's history could have a gap (--keep-going cannot skip it: fix the row)`);
    }
    await this.row(row);
  }

  /** A child whose history had a bad row: its other rows are not used either. */
  async child(childId: string, where: Where, badRows: number): Promise<void> {
    this.children++;
    const message = `${whereText(where)}: child ${JSON.stringify(childId)} skipped: ${badRows} of its rows ${badRows === 1 ? 'was' : 'were'} rejected, and a history with a gap would mislead`;
    await this.record({ ...where, child: childId, skipped: 'child', message });
  }

  /**
   * A child whose history the command refused (the library's error, in one line): stops the
   * run, or is recorded and counted. `where` is the child's first row.
   */
  async history(childId: string, where: Where, reason: string, issues?: readonly Issue[]): Promise<void> {
    const message = `${whereText(where)}: child ${JSON.stringify(childId)}: ${reason}`;
    if (!this.keepGoing) throw inputError(`${where.file}: ${message}`);
    this.refused++;
    await this.record({ ...where, child: childId, skipped: 'history', message, ...(issues === undefined ? {} : { issues }) });
  }

  /** The closing line on stderr, or `null` when nothing was rejected. */
  summary(): string | null {
    if (this.rows === 0 && this.refused === 0) return null;
    const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
    const parts = [
      ...(this.rows === 0 ? [] : [plural(this.rows, 'bad row', 'bad rows')]),
      ...(this.children === 0 ? [] : [`${plural(this.children, 'child', 'children')} skipped`]),
      ...(this.refused === 0 ? [] : [`${plural(this.refused, 'child', 'children')} refused`]),
    ];
    const where = this.sink?.path == null ? 'listed above' : `see ${this.sink.path}`;
    return `${parts.join('; ')} (${where}); first: ${this.first ?? ''}`;
  }
}
