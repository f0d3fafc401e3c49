// Three contrasting children placed on the neglect continuum under the reference policy.
import { readFileSync } from 'node:fs';
import { placeOnContinuum, type Assessment } from 'graded-care';

const all = JSON.parse(readFileSync(new URL('./data/assessments.json', import.meta.url), 'utf8')) as Assessment[];

for (const child of ['C-102', 'C-103', 'C-105']) {
  const placement = placeOnContinuum(all.filter((a) => a.child.id === child), { asOf: '2025-11-20' });
  console.log(`${child}: ${placement.levelTitle} (${placement.level}${placement.urgent ? ', urgent' : ''}) by rule ${placement.rule}`);
  for (const line of placement.explanation) console.log(`  - ${line}`);
}
