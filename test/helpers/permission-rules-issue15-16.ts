/** The permission-matrix lines of issue 15's routes (sub-tasks, target shares, co-units' shares) and issue 16's
 * case deadlines, gathered so that the matrix file takes them in one line. */
import { caseDeadlineRules } from './permission-rules-case-deadlines';
import { shareRules } from './permission-rules-shares';
import { subtaskRules } from './permission-rules-subtasks';
import { targetShareRules } from './permission-rules-target-shares';

export const responsibilityRules = {
  ...subtaskRules,
  ...targetShareRules,
  ...shareRules,
  ...caseDeadlineRules,
};
