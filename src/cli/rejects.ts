import type { Issue } from '../errors.js';
import { inputError } from './errors.js';
import { whereText, type Row, type Where } from './input/assessments.js';
import type { Sink } from './output/sink.js';

/** A bad row as the rejects file records it (one JSON object a line). */
export interface RejectRecord {
  readonly file: string;
  readonly line?: number;
  readonly item?: number;
  readonly child?: string;
  /** Set when a whole child was skipped because one of its rows was bad. */
  readonly skipped?: 'child';
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
  private first: string | null = null;

  constructor(
    private readonly keepGoing: boolean,
    private readonly sink: Sink | null,
    private readonly stderr: { write(text: string): unknown },
  ) {}

  /** Counts the bad rows reported, and the children skipped because of them. */
  get counts(): { rows: number; children: number } {
    return { rows: this.rows, children: this.children };
  }

  private async record(record: RejectRecord): Promise<void> {
    const line = `${record.file}: ${record.message}`;
    this.first ??= line;
    if (this.sink === null) this.stderr.write(`graded-care: ${line}\n`);
    else await this.sink.write(`${JSON.stringify(record)}\n`);
  }

  /** A bad row: stops the run, or is recorded. */
  async row(row: Extract<Row, { ok: false }>): Promise<void> {
    if (!this.keepGoing) throw inputError(`${row.where.file}: ${row.message}`);
    this.rows++;
    await this.record({ ...row.where, ...(row.childId === undefined ? {} : { child: row.childId }), message: row.message, issues: row.issues });
  }

  /** A child whose history had a bad row: its other rows are not used either. */
  async child(childId: string, where: Where, badRows: number): Promise<void> {
    this.children++;
    const message = `${whereText(where)}: child ${JSON.stringify(childId)} skipped: ${badRows} of its rows ${badRows === 1 ? 'was' : 'were'} rejected, and a history with a gap would mislead`;
    await this.record({ ...where, child: childId, skipped: 'child', message });
  }

  /** The closing line on stderr, or `null` when nothing was rejected. */
  summary(): string | null {
    if (this.rows === 0) return null;
    const skipped = this.children === 0 ? '' : `; ${this.children} ${this.children === 1 ? 'child' : 'children'} skipped`;
    const where = this.sink?.path == null ? 'listed above' : `see ${this.sink.path}`;
    return `${this.rows} bad ${this.rows === 1 ? 'row' : 'rows'}${skipped} (${where}); first: ${this.first ?? ''}`;
  }
}
