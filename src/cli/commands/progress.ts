import { getInstrument, trackProgress, type Assessment, type ThresholdPolicy, type TrackOptions } from '../../index.js';
import type { Command } from '../command.js';
import { AS_OF_OPTION, asOfOf } from '../options.js';
import { writePerChild } from '../per-child.js';
import { needTypesOf, POLICY_OPTION, policyFitCheck, policyOf } from '../policy-file.js';
import { progressCsvColumns, progressCsvRow } from './progress-columns.js';

/** A child's history split by instrument, in the order the instruments first appear. */
function byInstrument(history: readonly Assessment[]): Assessment[][] {
  const groups = new Map<string, Assessment[]>();
  for (const a of history) {
    const group = groups.get(a.instrument);
    if (group === undefined) groups.set(a.instrument, [a]);
    else group.push(a);
  }
  return [...groups.values()];
}

/**
 * The options `trackProgress` takes from a threshold policy for one instrument, so that
 * `progress --policy` judges bands and persistence as `place --policy` does: the policy's
 * `persistenceDays` and bands, and its need mapping for the instrument (if it has one). Star
 * readings have neither bands nor need types: for them, only `asOf`. The review date stays
 * `trackProgress`'s cadence (latest + 90 days): a policy's reviews belong to levels, and
 * progress places no one on a level.
 */
function trackOptionsOf(instrumentId: string, asOf: string, policy: ThresholdPolicy | null): TrackOptions {
  if (policy === null || getInstrument(instrumentId).family !== 'gcp') return { asOf };
  const needs = policy.needs[instrumentId];
  return { asOf, persistenceDays: policy.persistenceDays, bands: policy.bands, ...(needs === undefined ? {} : { needs }) };
}

/**
 * `graded-care progress FILE --as-of DATE [--policy FILE]`: each child's progress
 * (`trackProgress`), one report per child and instrument (a child with GCP2 assessments and
 * Star readings has two), one history at a time. JSON and NDJSON: the reports; CSV: see
 * `progress-columns.ts`.
 */
export const progressCommand: Command = {
  name: 'progress',
  synopsis: 'progress FILE --as-of YYYY-MM-DD [--policy FILE]',
  summary: "track each child's progress from baseline to latest, per instrument (input grouped by child)",
  inputs: { min: 1, max: 1 },
  options: {
    'as-of': AS_OF_OPTION,
    policy: { ...POLICY_OPTION, description: "judge bands, need types and persistence by a local threshold policy as JSON, as place --policy does (default: each instrument's own)" },
  },
  async run(context) {
    const asOf = asOfOf('progress', context.values['as-of']);
    const policy = typeof context.values['policy'] === 'string' ? await policyOf(context.values['policy']) : null;
    const fits = policy === null ? () => undefined : policyFitCheck(policy, context.values['policy']);
    const track = (h: Assessment[]) => trackProgress(h, trackOptionsOf((h[0] as Assessment).instrument, asOf, policy));
    const columns = progressCsvColumns(policy === null ? [] : needTypesOf(policy));
    const progress = (history: readonly Assessment[]) => {
      fits(history);
      return byInstrument(history).map(track);
    };
    await writePerChild(context, progress, { columns, row: progressCsvRow });
  },
};
