/** Chinese names of the scheme's parts, as the exported sheet and the Word report print them. */
import type { TBonusKind, TDeductionKind } from './result';
import type { TComponentKey } from './scheme';

export const componentLabels: Record<TComponentKey, string> = {
  task_completion: '任务完成',
  report_timeliness: '报送及时',
  rectification: '整改落实',
  satisfaction: '群众满意度',
  evaluation: '多方评议',
  cooperation: '配合评价',
};

export const deductionLabels: Record<TDeductionKind, string> = {
  interview: '约谈',
  accountability: '问责',
  red_month: '月末红灯',
  yellow_month: '月末黄灯',
  missing_report: '未报送进展',
  late_report: '迟报进展',
  bulletin_criticism: '通报批评',
  approval_delay: '联审审批超时',
};

export const bonusLabels: Record<TBonusKind, string> = {
  honour: '荣誉奖励',
  leader_affirmation: '领导肯定性批示',
  bulletin_praise: '通报表扬',
};
