// Preloaded into a benchmarked process: reports its peak resident set size on stderr at exit.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\npeak-rss-kib ${process.resourceUsage().maxRSS}\n`));
