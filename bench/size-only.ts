import { benchSize } from './size.bench.js';

if (!(await benchSize())) process.exitCode = 1;
