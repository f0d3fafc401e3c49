import type { Instrument } from './types.js';

/**
 * The position, among a Star instrument's stages, of the stage a reading falls in; `-1` for
 * no reading. The stages tile the scale, so every reading on it has one.
 */
export function stageIndex(instrument: Instrument, reading: number | null): number {
  return reading === null ? -1 : instrument.stages.findIndex((stage) => reading >= stage.min && reading <= stage.max);
}
