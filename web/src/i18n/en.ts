import { surveysEn } from './surveys.en';
import { publicEn } from './public.en';
import { appealsEn } from './appeals.en';
import { responsibilityEn } from './responsibility.en';
import { meetingsEn } from './meetings.en';
import { targetSharesEn } from './target-shares.en';
import { projectsEn } from './projects.en';
import { jointReviewsEn } from './joint-reviews.en';
import { followEn } from './follow.en';
import { robotsEn } from './robots.en';
import { caseDeadlinesEn } from './case-deadlines.en';
import { followBulletinsEn } from './follow-bulletins.en';
import { dailyEn } from './daily.en';
import { analysisEn } from './analysis.en';
import { securityEn } from './security.en';
import { assessmentEn } from './assessment.en';
import { cockpitEn } from './cockpit.en';
import { executionEn } from './execution.en';
import { supervisionEn } from './supervision.en';
import { shellEn } from './shell.en';
import { adminEn } from './admin.en';
import { decisionsEn } from './decisions.en';
import { tasksEn } from './tasks.en';
import { rollupEn } from './rollup.en';
import { blockersEn } from './blockers.en';
import { evidenceEn } from './evidence.en';
import { subtasksEn } from './subtasks.en';
import { acceptanceEn } from './acceptance.en';
import { sharesEn } from './shares.en';
import type { MessageKey } from './zh-CN';

/** English strings; the type makes every zh-CN key required here. */
export const en: Record<MessageKey, string> = {
  ...projectsEn,
  ...targetSharesEn,
  ...securityEn,
  ...executionEn,
  ...supervisionEn,
  ...cockpitEn,
  ...dailyEn,
  ...assessmentEn,
  ...analysisEn,
  ...shellEn,
  ...adminEn,
  ...decisionsEn,
  ...tasksEn,
  ...followEn,
  ...robotsEn,
  ...jointReviewsEn,
  ...meetingsEn,
  ...rollupEn,
  ...followBulletinsEn,
  ...caseDeadlinesEn,
  ...blockersEn,
  ...evidenceEn,
  ...subtasksEn,
  ...acceptanceEn,
  ...sharesEn,
  ...publicEn,
  ...appealsEn,
  ...surveysEn,
  ...responsibilityEn,
};
