import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A fresh directory holding `files` (name → text or bytes; a name ending in `/` is a directory). */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'graded-care-test-'));
  for (const [name, content] of Object.entries(files)) {
    if (name.endsWith('/')) mkdirSync(join(dir, name), { recursive: true });
    else {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
  }
  return dir;
}

/** Every file under `dir` with a hash of its content: compare before and after a run. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const path = join(sub, name);
      const info = statSync(join(dir, path));
      if (info.isDirectory()) {
        out[`${path}/`] = 'directory';
        walk(path);
      } else if (!info.isFile()) out[path] = 'special'; // A FIFO: reading it would wait for a writer.
      else out[path] = createHash('sha256').update(readFileSync(join(dir, path))).digest('hex');
    }
  };
  walk('');
  return out;
}
