/** The assessment engine (考核): schemes, facts, `assess`, and the result shape the API answers. */
export { assess, groupOfUnit, scoreComponents } from './assess';
export * from './facts';
export * from './result';
export * from './scheme';
export { compareForRank, placeUnits, quotaSize, type TPlacement, type TRankEntry } from './rank';
export { roundPoints, toCents, fromCents } from './rounding';
export { scoreTask } from './components/task-completion';
