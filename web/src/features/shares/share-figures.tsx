import { Typography } from 'antd';
import type { TaskShare } from '../../api/shares';
import type { Task } from '../../api/types';
import { formatNumber } from '../common/format';

/** A share's figures as "新增城镇就业 420人", one per target of the task it names. */
export function ShareFigures({ task, values }: { task: Task; values: TaskShare['values'] }) {
  const byId = new Map(task.targets.map((g) => [g.id, g]));
  if (values.length === 0) return null;
  return (
    <div className="luoshi-share-figures">
      {values.map((v) => {
        const target = byId.get(v.targetId);
        return (
          <Typography.Text key={v.targetId} style={{ display: 'block' }}>
            {target?.indicator ?? '—'}{' '}
            <Typography.Text strong>
              {formatNumber(v.value)}
              {target?.unit ?? ''}
            </Typography.Text>
          </Typography.Text>
        );
      })}
    </div>
  );
}
