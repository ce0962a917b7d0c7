/**
 * The demo's joint reviews (联审联批), played through the use cases on a clock of their own in the last weeks:
 * one closed review every department answered in time, and one still open whose deadline has passed with the
 * housing department (区住房和城乡建设局) not answering — red on its page, reminded, and a deduction in the
 * assessment (approval_delay).
 */
import { answerJointReviewItem } from '../modules/joint-reviews/answer-joint-review-item';
import { openJointReview } from '../modules/joint-reviews/open-joint-review';
import { listProjects } from '../modules/projects/list-projects';
import { ZListProjectsQuery } from '../modules/projects/projects.schemas';
import { addDays } from './demo-days';
import { DemoClock, shanghaiAt, type DemoActors } from './load-demo';

export async function playDemoJointReviews(actors: DemoActors, today: string): Promise<{ reviews: number }> {
  const clock = new DemoClock(shanghaiAt(addDays(today, -40), 9));
  const as = (username: string) => ({ ...actors.ctxOf(username), clock });
  const at = (daysAgo: number, hour: number) => clock.moveTo(shanghaiAt(addDays(today, -daysAgo), hour));
  const projects = (await listProjects(as('demo-supervisor'), ZListProjectsQuery.parse({ pageSize: 10 })))
    .items;
  const [first, second] = projects;
  if (!first || !second) return { reviews: 0 };
  const department = (code: string, subject: string) => ({ unitId: actors.unitIdOf(code), subject });

  // 1. A month ago: the environmental and planning review of one project, answered in time, closed.
  at(40, 9);
  const done = await openJointReview(as('demo-supervisor'), {
    projectId: second.id,
    title: `${second.name}环评及能评联审`,
    description: '项目环境影响评价与节能审查并联办理。',
    deadline: addDays(today, -30),
    departments: [department('D06', '环境影响评价审批'), department('D01', '节能审查')],
  });
  at(36, 10);
  await answerJointReviewItem(as('demo-sthj-clerk'), done.id, done.items[0]?.id ?? '', {
    status: 'approved_with_conditions',
    answer: '施工期须落实扬尘、噪声防治措施，运营期废气达标排放。',
    version: 1,
  });
  at(33, 15);
  await answerJointReviewItem(as('demo-fgw-clerk'), done.id, done.items[1]?.id ?? '', {
    status: 'approved',
    answer: '',
    version: 1,
  });

  // 2. Twelve days ago: the construction-permit review of the first project; the deadline passed three days
  //    ago and 区住房和城乡建设局 has not answered (it holds the project up).
  at(12, 9);
  const open = await openJointReview(as('demo-supervisor'), {
    projectId: first.id,
    title: `${first.name}施工许可联审`,
    description: '施工图审查、消防设计审查、施工许可并联审批，请各部门在时限内答复。',
    deadline: addDays(today, -3),
    departments: [
      department('D01', '项目立项及概算'),
      department('D04', '施工图审查及施工许可'),
      department('D06', '建设项目环评'),
    ],
  });
  const [fgw, zjj, sthj] = open.items;
  at(10, 11);
  await answerJointReviewItem(as('demo-fgw-clerk'), open.id, fgw?.id ?? '', {
    status: 'approved',
    answer: '',
    version: 1,
  });
  at(9, 16);
  await answerJointReviewItem(as('demo-sthj-clerk'), open.id, sthj?.id ?? '', {
    status: 'needs_material',
    answer: '请补充项目周边敏感目标分布图及噪声预测报告。',
    version: 1,
  });
  at(5, 10);
  await answerJointReviewItem(as('demo-sthj-clerk'), open.id, sthj?.id ?? '', {
    status: 'approved_with_conditions',
    answer: '夜间禁止高噪声施工，设置围挡及喷淋设施。',
    version: 2,
  });
  void zjj; // 区住房和城乡建设局: still pending, overdue.
  return { reviews: 2 };
}
