import type { ExtractedTarget } from './types.js';
import { findSentenceTargets } from './targets.js';

// The targets one plan sentence gives at a meeting early in a plan year: what the target rules' tests read.
export const planSentenceTargets = (sentence: string): ExtractedTarget[] =>
  findSentenceTargets({
    sentence,
    effectiveKind: 'plan',
    meetingDate: '2031-02-10',
    scopeDeadline: null,
  });
