import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePolicy, placeOnContinuum, referencePolicy, type Placement, type ThresholdPolicyDefinition } from '../../src/index.js';
import { csvObjects, sampleHistories } from '../support/children.js';
import { snapshot, tempDir } from '../support/files.js';
import { runCli } from '../support/run.js';
import { SAMPLE } from '../support/sample.js';

const AS_OF = '2025-11-20';
/** Worked by hand from examples/data under the reference policy (see docs/policy.md). */
const HAND: Record<string, [level: string, rule: string]> = {
  'C-101': ['universal', 'needs-met'],
  'C-102': ['child-protection', 'immediate-safety'],
  'C-103': ['child-in-need', 'definition-2-partial'],
  'C-104': ['universal', 'needs-met'],
  'C-105': ['additional-support', 'borderline'],
  'C-106': ['child-protection', 'definition-2'],
  'C-107': ['early-help', 'definition-1'],
};
const expected = sampleHistories().map(([, history]) => placeOnContinuum(history, { asOf: AS_OF }));

describe('graded-care place on the sample data', () => {
  it('the library agrees with the hand-worked levels (the CLI is checked against both)', () => {
    expect(Object.fromEntries(expected.map((p) => [p.childId, [p.level, p.rule]]))).toEqual(HAND);
  });

  it.each(['json', 'ndjson', 'csv'])('reads assessments.%s and writes every placement as the library makes it', (ext) => {
    const run = runCli(['place', `examples/data/assessments.${ext}`, '--as-of', AS_OF]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const placements = JSON.parse(run.stdout) as Placement[];
    expect(Object.fromEntries(placements.map((p) => [p.childId, [p.level, p.rule]]))).toEqual(HAND);
    const byChild = (a: Placement, b: Placement) => (a.childId < b.childId ? -1 : 1);
    expect(placements.sort(byChild)).toEqual(JSON.parse(JSON.stringify(expected)).sort(byChild));
  });

  it('writes NDJSON, one placement a line, citing the policy', () => {
    const run = runCli(['place', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--output-format', 'ndjson']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Placement);
    expect(lines.map((p) => p.childId)).toEqual(['C-101', 'C-102', 'C-103', 'C-104', 'C-105', 'C-106', 'C-107']);
    expect(lines.every((p) => p.policy.id === 'reference-2016' && p.asOf === AS_OF)).toBe(true);
  });

  it('places under the bundled local policy, examples/data/local-policy.json, as the library does', () => {
    const policy = definePolicy(JSON.parse(readFileSync('examples/data/local-policy.json', 'utf8')) as ThresholdPolicyDefinition);
    expect([policy.id, policy.levels.map((l) => l.id)]).toEqual(['riverside-2026', ['tier-4', 'tier-3', 'tier-2', 'tier-1']]);
    const run = runCli(['place', 'examples/data/assessments.csv', '--as-of', AS_OF, '--policy', 'examples/data/local-policy.json', '--output-format', 'ndjson']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Placement);
    const library = sampleHistories().map(([, history]) => placeOnContinuum(history, { asOf: AS_OF, policy }));
    expect(lines.map((p) => [p.childId, p.level, p.rule, p.nextReviewDue])).toEqual(library.map((p) => [p.childId, p.level, p.rule, p.nextReviewDue]));
    expect(lines.find((p) => p.childId === 'C-102')?.level).toBe('tier-4');
  });

  it('--out placements.csv: one row per child with the documented columns, hand-checked', () => {
    const dir = tempDir();
    const run = runCli(['place', 'examples/data/assessments.csv', '--as-of', AS_OF, '--out', join(dir, 'placements.csv')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(Object.keys(snapshot(dir))).toEqual(['placements.csv']);
    const text = readFileSync(join(dir, 'placements.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      'childId,level,levelTitle,rule,urgent,earlyHelpMet,safeguardingMet,needsAtConcern,persistentNeeds,seriousImpairmentLikely,seriousImpairmentReasons,highRiskGroups,notAssessed,' +
        'latestAssessmentId,latestAssessedOn,instrument,edition,assessments,ignored,nextReviewDue,overdue,asOf,policyId,policyVersion,' +
        'need.medical,need.nutritional,need.physical,need.supervisory,need.emotional',
    );
    const rows = Object.fromEntries(csvObjects(text).map((r) => [r['childId'], r]));
    expect(Object.keys(rows)).toHaveLength(7);
    // C-102: supervisory 5 (safety.in-absence) in A-102-3 of 2025-08-04; disabled; review 90 days on, 2025-11-02: overdue on 2025-11-20.
    expect(rows['C-102']).toMatchObject({ level: 'child-protection', rule: 'immediate-safety', urgent: 'true', highRiskGroups: 'disabled', 'need.supervisory': '5', latestAssessmentId: 'A-102-3', nextReviewDue: '2025-11-02', overdue: 'true', assessments: '3', ignored: '0' });
    // C-105: borderline only; additional support is reviewed after 180 days: 2025-06-30 + 180 = 2025-12-27, not yet due.
    expect(rows['C-105']).toMatchObject({ level: 'additional-support', urgent: 'false', needsAtConcern: '', highRiskGroups: 'runaway', nextReviewDue: '2025-12-27', overdue: 'false' });
    // C-101: universal has no review; its two Star readings are not used.
    expect(rows['C-101']).toMatchObject({ level: 'universal', nextReviewDue: '', overdue: 'false', assessments: '3', ignored: '2', policyId: 'reference-2016', policyVersion: '1.0.0' });
    // C-107: housing and hygiene 4 → physical need at concern; 2025-10-06 + 90 = 2026-01-04.
    expect(rows['C-107']).toMatchObject({ level: 'early-help', earlyHelpMet: 'true', safeguardingMet: 'false', needsAtConcern: 'physical', 'need.physical': '4', nextReviewDue: '2026-01-04' });
    // C-103: five months old (pre-mobile), nutritional 4: serious impairment likely, nothing persistent yet.
    expect(rows['C-103']).toMatchObject({ persistentNeeds: '', seriousImpairmentLikely: 'true', seriousImpairmentReasons: 'high-risk:pre-mobile', highRiskGroups: 'pre-mobile' });
    expect(text).not.toMatch(/NaN|undefined/);
  });

  it('--policy FILE places under a local policy: C-106 has been at concern 119 days, short of 200', () => {
    // C-106: physical and supervisory at concern since A-106-2 (2025-05-19) to A-106-3 (2025-09-15), 119 days.
    const dir = tempDir({ 'local.json': JSON.stringify({ ...referencePolicy, id: 'local-2026', version: '2.0.0', persistenceDays: 200 }) });
    const run = runCli(['place', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--policy', join(dir, 'local.json'), '--output-format', 'csv']);
    expect(run.status).toBe(0);
    const rows = Object.fromEntries(csvObjects(run.stdout).map((r) => [r['childId'], r]));
    expect(rows['C-106']).toMatchObject({ level: 'child-in-need', rule: 'definition-2-partial', persistentNeeds: '', policyId: 'local-2026', policyVersion: '2.0.0' });
    expect(rows['C-102']).toMatchObject({ level: 'child-protection', rule: 'immediate-safety' });
  });
});

describe('graded-care place refuses, in one line, leaving no output', () => {
  it('a policy file that is not a valid policy, naming the file and the path (exit 2)', () => {
    const dir = tempDir({ 'policy.json': JSON.stringify({ ...referencePolicy, persistenceDays: 'ninety' }) });
    const run = runCli(['place', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--policy', join(dir, 'policy.json'), '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`graded-care: ${join(dir, 'policy.json')}: not a valid threshold policy: persistenceDays: expected a number, received the string "ninety"\n`);
    expect(Object.keys(snapshot(dir))).toEqual(['policy.json']);
  });

  it.each([
    ['not JSON', '{"id": "local",', /policy\.json: line 1: not valid JSON \(.+\)$/],
    ['a policy whose last rule is not the catch-all', JSON.stringify({ ...referencePolicy, rules: referencePolicy.rules.slice(0, 2) }), /policy\.json: not a valid threshold policy: rules\[1\]\.id: expected "needs-met" as the last rule .*$/],
    ['missing', null, /policy\.json: cannot read the file \(no such file or directory\)$/],
    [
      'one whose definition-1 comes before definition-2 (which then never fires)',
      JSON.stringify({ ...referencePolicy, rules: [referencePolicy.rules[3], referencePolicy.rules[1], referencePolicy.rules[5]] }),
      /policy\.json: not a valid threshold policy: rules\[1\]\.id: expected a rule that can fire: definition-1 \(rules\[0\]\) fires first on every child definition-2 fires on .*$/,
    ],
  ])('a policy file that is %s', (_what, text, message) => {
    const dir = tempDir(text === null ? {} : { 'policy.json': text });
    const run = runCli(['place', 'examples/data/assessments.ndjson', '--as-of', AS_OF, '--policy', join(dir, 'policy.json'), '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(Object.keys(snapshot(dir))).toEqual(text === null ? [] : ['policy.json']);
  });

  it("a child flagged almost like one of the local policy's high-risk groups: refused with --keep-going, the others placed", () => {
    // C-107 (hygiene and housing at concern) flagged Young-Carer; the bundled policy's group is young-carer.
    const sample = readFileSync('examples/data/assessments.ndjson', 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const rows = sample.map((a) => (String(a['id']).startsWith('A-107') ? { ...a, child: { ...(a['child'] as object), flags: ['Young-Carer'] } } : a));
    const dir = tempDir({ 'in.ndjson': rows.map((a) => `${JSON.stringify(a)}\n`).join('') });
    const run = runCli(['place', join(dir, 'in.ndjson'), '--as-of', AS_OF, '--policy', 'examples/data/local-policy.json', '--out', join(dir, 'out.csv'), '--keep-going', '--rejects', join(dir, 'rejects.ndjson')]);
    expect(run.status).toBe(2);
    const rejects = readFileSync(join(dir, 'rejects.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rejects.map((r) => [r['child'], r['message']])).toEqual([
      ['C-107', expect.stringMatching(/: child "C-107": placeOnContinuum: A-107-1: child\.flags\[0\] "Young-Carer" is a near miss of the high-risk group "young-carer" of policy riverside-2026; write it exactly "young-carer" \(or use a flag that is not a variant of it\)$/)],
    ]);
    expect(csvObjects(readFileSync(join(dir, 'out.csv'), 'utf8')).map((r) => r['childId'])).toEqual(['C-101', 'C-102', 'C-103', 'C-104', 'C-105', 'C-106']);
  });

  // C-101's Star readings without its GCP2 assessments, then C-102.
  const starOnly = [...SAMPLE.filter((a) => String(a['id']).startsWith('S-101')), ...SAMPLE.filter((a) => String(a['id']).startsWith('A-102'))].map((a) => `${JSON.stringify(a)}\n`).join('');

  it('a child whose history cannot be placed (Star readings only): exit 2 naming the file, line and child', () => {
    const dir = tempDir({ 'in.ndjson': starOnly });
    const run = runCli(['place', join(dir, 'in.ndjson'), '--as-of', AS_OF, '--out', join(dir, 'out.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^graded-care: .*in\.ndjson: line 1: child "C-101": placeOnContinuum: the history holds Star readings only; .*GCP-family assessment\n$/);
    expect(Object.keys(snapshot(dir))).toEqual(['in.ndjson']);
  });

  it('with --keep-going: places the others, reports the child to the rejects file, exits 2', () => {
    const dir = tempDir({ 'in.ndjson': starOnly });
    const run = runCli(['place', join(dir, 'in.ndjson'), '--as-of', AS_OF, '--out', join(dir, 'out.csv'), '--keep-going', '--rejects', join(dir, 'rejects.ndjson')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^graded-care: 1 child refused \(see .*rejects\.ndjson\); first: .*in\.ndjson: line 1: child "C-101": placeOnContinuum: the history holds Star readings only/);
    expect(csvObjects(readFileSync(join(dir, 'out.csv'), 'utf8')).map((r) => [r['childId'], r['level']])).toEqual([['C-102', 'child-protection']]);
    const rejects = readFileSync(join(dir, 'rejects.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rejects).toEqual([{ file: join(dir, 'in.ndjson'), line: 1, child: 'C-101', skipped: 'history', message: expect.stringMatching(/^line 1: child "C-101": placeOnContinuum: the history holds Star readings only/) }]);
  });

  it('a child whose latest assessment has nothing assessed, with --keep-going, while the other children are placed', () => {
    const rows = [
      { schemaVersion: 1, id: 'A-1', instrument: 'gcp2', child: { id: 'C-1' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 4 } },
      { schemaVersion: 1, id: 'B-1', instrument: 'gcp2', child: { id: 'C-2' }, assessedOn: '2025-06-02', ratings: { 'physical.nutrition': 'not-scored' } },
    ];
    const dir = tempDir({ 'in.ndjson': rows.map((r) => `${JSON.stringify(r)}\n`).join('') });
    const run = runCli(['place', join(dir, 'in.ndjson'), '--as-of', AS_OF, '--keep-going', '--output-format', 'ndjson']);
    expect(run.status).toBe(2);
    const [refused, closing] = run.stderr.trimEnd().split('\n');
    expect(refused).toMatch(/^graded-care: .*in\.ndjson: line 2: child "C-2": placeOnContinuum: no need type is assessed in the latest assessment \(B-1\)/);
    expect(closing).toMatch(/^graded-care: 1 child refused \(listed above\); first: /);
    // C-1: nutritional 4 in its only assessment → Definition 1 → early help.
    expect(run.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as Placement).level)).toEqual(['early-help']);
  });

  it('an --as-of before a child\'s latest assessment, naming the child', () => {
    const dir = tempDir();
    const run = runCli(['place', 'examples/data/assessments.csv', '--as-of', '2025-09-01', '--out', join(dir, 'out.json')]);
    expect(run.status).toBe(2);
    // C-104's latest assessment is A-104-2 of 2025-09-08; C-101, C-102 and C-103 come before it in the file and are placed.
    expect(run.stderr).toMatch(/^graded-care: examples\/data\/assessments\.csv: line \d+: child "C-104": placeOnContinuum: asOf 2025-09-01 is before the latest assessment \(A-104-2, 2025-09-08\)\n$/);
    expect(snapshot(dir)).toEqual({});
  });

  it('reads CSV child.flags with spaces after the ;, so a disabled child is found in its high-risk group', () => {
    // Nutrition 4 on 2025-01-06 and 2025-04-07 (91 days ≥ 90): nutritional persistent. Disabled
    // (a high-risk group) with a need at concern: serious impairment likely. Both: Definition 2,
    // child protection. Read as " disabled", the flag would leave the child out of the group,
    // and at child in need. "mobile" rules out pre-mobile; the empty flag after the last ; is dropped.
    const csv = ['id,instrument,child.id,child.flags,assessedOn,physical.nutrition', 'A-1,gcp2,C-1,"mobile; disabled;",2025-01-06,4', 'A-2,gcp2,C-1,mobile ;  disabled,2025-04-07,4', ''].join('\n');
    const dir = tempDir({ 'in.csv': csv });
    const run = runCli(['place', join(dir, 'in.csv'), '--as-of', '2025-05-01', '--output-format', 'csv']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(csvObjects(run.stdout)[0]).toMatchObject({ level: 'child-protection', rule: 'definition-2', highRiskGroups: 'disabled', persistentNeeds: 'nutritional', seriousImpairmentReasons: 'high-risk:disabled' });
  });
});
