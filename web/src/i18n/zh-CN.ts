import { surveysZhCN } from './surveys.zh-CN';
import { publicZhCN } from './public.zh-CN';
import { appealsZhCN } from './appeals.zh-CN';
import { responsibilityZhCN } from './responsibility.zh-CN';
import { meetingsZhCN } from './meetings.zh-CN';
import { targetSharesZhCN } from './target-shares.zh-CN';
import { projectsZhCN } from './projects.zh-CN';
import { jointReviewsZhCN } from './joint-reviews.zh-CN';
import { followZhCN } from './follow.zh-CN';
import { robotsZhCN } from './robots.zh-CN';
import { caseDeadlinesZhCN } from './case-deadlines.zh-CN';
import { followBulletinsZhCN } from './follow-bulletins.zh-CN';
import { dailyZhCN } from './daily.zh-CN';
import { analysisZhCN } from './analysis.zh-CN';
import { securityZhCN } from './security.zh-CN';
import { assessmentZhCN } from './assessment.zh-CN';
import { cockpitZhCN } from './cockpit.zh-CN';
import { executionZhCN } from './execution.zh-CN';
import { supervisionZhCN } from './supervision.zh-CN';
import { shellZhCN } from './shell.zh-CN';
import { adminZhCN } from './admin.zh-CN';
import { decisionsZhCN } from './decisions.zh-CN';
import { tasksZhCN } from './tasks.zh-CN';
import { rollupZhCN } from './rollup.zh-CN';
import { blockersZhCN } from './blockers.zh-CN';
import { evidenceZhCN } from './evidence.zh-CN';
import { subtasksZhCN } from './subtasks.zh-CN';
import { acceptanceZhCN } from './acceptance.zh-CN';
import { sharesZhCN } from './shares.zh-CN';

/** zh-CN strings: the default language and the source of every key. `{name}` marks a value. */
export const zhCN = {
  ...projectsZhCN,
  ...targetSharesZhCN,
  ...securityZhCN,
  ...executionZhCN,
  ...supervisionZhCN,
  ...cockpitZhCN,
  ...dailyZhCN,
  ...assessmentZhCN,
  ...analysisZhCN,
  ...shellZhCN,
  ...adminZhCN,
  ...decisionsZhCN,
  ...tasksZhCN,
  ...followZhCN,
  ...robotsZhCN,
  ...jointReviewsZhCN,
  ...meetingsZhCN,
  ...rollupZhCN,
  ...followBulletinsZhCN,
  ...caseDeadlinesZhCN,
  ...blockersZhCN,
  ...evidenceZhCN,
  ...subtasksZhCN,
  ...acceptanceZhCN,
  ...sharesZhCN,
  ...publicZhCN,
  ...appealsZhCN,
  ...surveysZhCN,
  ...responsibilityZhCN,
} as const;

export type MessageKey = keyof typeof zhCN;
