import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.js';
import { reportsOthersDecision } from './others-decisions.js';

describe('what a higher authority decided is no task of the district (issue 19, fifth pass)', () => {
  it('reports of the centre, the province or the city deciding are no task', () => {
    expect(
      reportsOthersDecision(
        '立足战略全局，党的全会上中央强化系统观念，以前瞻性的思考和谋划，提出坚持高质量发展的要求和目标。',
      ),
    ).toBe(true);
    expect(
      reportsOthersDecision('落实中央部署，省委明确了“一圈一带两区”区域发展格局，为我们指明了方向。'),
    ).toBe(true);
    expect(reportsOthersDecision('市委也相应做出了建设“两大基地”的安排。')).toBe(true);
  });

  it('a sentence that also directs the audience stays a task', () => {
    expect(reportsOthersDecision('按照市委部署，全区要加快建设两大基地。')).toBe(false);
    expect(reportsOthersDecision('认真落实省委提出的各项任务，确保年底前全面完成。')).toBe(false);
    expect(reportsOthersDecision('力争完成市政府确定的目标。')).toBe(false);
    expect(reportsOthersDecision('加快建设现代化产业体系。')).toBe(false);
  });

  it('drafts no task from the report, and keeps the task after it', () => {
    const text = [
      '同志们：',
      '一、着眼大局抓落实',
      '党的全会上中央强化系统观念，以前瞻性的思考和谋划，提出坚持高质量发展的要求和目标。各单位各部门要着眼全会提出的工作布局，统筹落实好各项工作任务。',
    ].join('\n');
    const tasks = extractDocument(text, { meetingDate: '2025-12-20' }).tasks.map((t) => t.text);
    expect(tasks).toEqual(['各单位各部门要着眼全会提出的工作布局，统筹落实好各项工作任务。']);
  });
});
