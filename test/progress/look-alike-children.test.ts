import { describe, expect, it } from 'vitest';
import { compareAssessments, compareWithReference, OperationError, placeOnContinuum, trackProgress } from '../../src/index.js';

// Two child ids that print alike but are different text, as web forms send them: "Zoë" typed
// as one precomposed letter (U+00EB, NFC) and as e + combining diaeresis (U+0065 U+0308, NFD),
// and an id with a zero-width space (U+200B) pasted into it.
const nfc = 'Zo\u00EB-17';
const nfd = 'Zoe\u0308-17';
const zeroWidth = 'Zo\u00EB\u200B-17';
const at = (id: string, childId: string, assessedOn: string) =>
  ({ schemaVersion: 1, id, instrument: 'gcp2', child: { id: childId }, assessedOn, ratings: { 'physical.nutrition': 4 } }) as const;

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OperationError);
    expect((error as OperationError).code).toBe('mixed-children');
    return (error as Error).message;
  }
  throw new Error('expected mixed-children');
}

describe('children whose ids print alike but differ', () => {
  it('are named with their characters escaped, so the message shows two different ids', () => {
    expect(messageOf(() => trackProgress([at('A-1', nfc, '2025-01-06'), at('A-2', nfd, '2025-04-07')]))).toBe(
      `trackProgress: a history is one child's; found children "${nfc}" and "${nfd}", alike on screen but different text ("Zo\\u00EB-17" and "Zoe\\u0308-17")`,
    );
    expect(messageOf(() => placeOnContinuum([at('A-1', nfc, '2025-01-06'), at('A-2', zeroWidth, '2025-04-07')]))).toMatch(
      /alike on screen but different text \("Zo\\u00EB-17" and "Zo\\u00EB\\u200B-17"\)$/,
    );
    expect(messageOf(() => compareAssessments(at('A-1', nfc, '2025-01-06'), at('A-2', nfd, '2025-04-07')))).toMatch(/\("Zo\\u00EB-17" and "Zoe\\u0308-17"\)\)$/);
    expect(messageOf(() => compareWithReference(at('A-1', nfc, '2025-01-06'), at('A-2', nfd, '2025-01-06')))).toMatch(/\("Zo\\u00EB-17" and "Zoe\\u0308-17"\); compare gradings/);
  });

  it('are named as before when they differ visibly', () => {
    expect(messageOf(() => trackProgress([at('A-1', 'C-1', '2025-01-06'), at('A-2', 'C-2', '2025-04-07')]))).toBe(
      'trackProgress: a history is one child\'s; found children "C-1" and "C-2"',
    );
    // Different letters outside ASCII are visible too: no escaped copy.
    expect(messageOf(() => trackProgress([at('A-1', 'Zoë', '2025-01-06'), at('A-2', 'Zoé', '2025-04-07')]))).toBe(
      'trackProgress: a history is one child\'s; found children "Zoë" and "Zoé"',
    );
  });
});
