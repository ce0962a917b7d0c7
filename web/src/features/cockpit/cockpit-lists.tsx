import { Empty, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CockpitInstruction, CockpitRectification, CockpitTask } from '../../api/cockpit';
import { useT } from '../../i18n/i18n';
import { formatDate } from '../common/format';
import { LightTag, lightReasonLabel } from '../tasks/light-tag';
import { rectificationLink } from './links';

function None({ text }: { text: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} style={{ margin: '8px 0' }} />;
}

/** Tasks with their light word, unit, deadline, progress and — for red and yellow — the reasons written out. */
export function CockpitTaskList({
  tasks,
  empty,
  limit,
}: {
  tasks: readonly CockpitTask[];
  empty: string;
  limit?: number;
}) {
  const t = useT();
  if (tasks.length === 0) return <None text={empty} />;
  return (
    <ul className="luoshi-cockpit-list" data-testid="cockpit-task-list">
      {tasks.slice(0, limit).map((task) => (
        <li key={task.id} className={`luoshi-cockpit-row luoshi-cockpit-row-${task.light}`}>
          <div className="luoshi-cockpit-row-head">
            <LightTag light={task.light} reasons={task.reasons} size="small" />
            <Link to={`/tasks/${task.id}`} className="luoshi-cockpit-row-title" title={task.title}>
              {task.code ? <span className="luoshi-mono luoshi-cockpit-code">{task.code}</span> : null}
              {task.title}
            </Link>
          </div>
          <div className="luoshi-cockpit-row-meta">
            {task.unitName} · {t('cockpit.due', { date: task.dueDate ?? '—' })} ·{' '}
            {t('cockpit.progress', { progress: task.progress })}
          </div>
          {task.light !== 'green' && task.reasons.length ? (
            <div className="luoshi-cockpit-reasons">
              {task.reasons.map((r) => lightReasonLabel(t, r)).join('、')}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** 最新批示: the leader's words, on which task, and whether (and what) the unit answered. */
export function InstructionList({ items, limit }: { items: readonly CockpitInstruction[]; limit?: number }) {
  const t = useT();
  if (items.length === 0) return <None text={t('cockpit.instructionsEmpty')} />;
  return (
    <ul className="luoshi-cockpit-list" data-testid="cockpit-instructions">
      {items.slice(0, limit).map((i) => (
        <li key={i.id} className="luoshi-cockpit-row">
          <div className="luoshi-cockpit-row-head">
            <Tag color={i.answered ? 'success' : 'warning'} style={{ marginInlineEnd: 0, flex: 'none' }}>
              {t(i.answered ? 'cockpit.answered' : 'cockpit.unanswered')}
            </Tag>
            <Link to={`/tasks/${i.taskId}`} className="luoshi-cockpit-row-title" title={i.taskTitle}>
              {i.taskCode ? <span className="luoshi-mono luoshi-cockpit-code">{i.taskCode}</span> : null}
              {i.taskTitle}
            </Link>
          </div>
          <Typography.Paragraph className="luoshi-cockpit-quote" ellipsis={{ rows: 2, tooltip: i.text }}>
            {i.leaderName}：{i.text}
            <span className="luoshi-cockpit-when"> · {formatDate(i.createdAt)}</span>
          </Typography.Paragraph>
          {i.latestReply ? (
            <Typography.Paragraph
              className="luoshi-cockpit-reply"
              ellipsis={{ rows: 2, tooltip: i.latestReply.text }}
            >
              {t('cockpit.replyBy', { unit: i.latestReply.unitName, name: i.latestReply.authorName })}：
              {i.latestReply.text}
              {i.replyCount > 1 ? (
                <span className="luoshi-cockpit-when">
                  {t('cockpit.moreReplies', { count: i.replyCount })}
                </span>
              ) : null}
            </Typography.Paragraph>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** 逾期整改: red, the days overdue first in the reader's eye, each a link to the rectification. */
export function RectificationList({
  items,
  limit,
}: {
  items: readonly CockpitRectification[];
  limit?: number;
}) {
  const t = useT();
  if (items.length === 0) return <None text={t('cockpit.rectsEmpty')} />;
  return (
    <ul className="luoshi-cockpit-list" data-testid="cockpit-rectifications">
      {items.slice(0, limit).map((r) => (
        <li key={r.id} className="luoshi-cockpit-row luoshi-cockpit-row-red">
          <div className="luoshi-cockpit-row-head">
            <Tag color="error" style={{ marginInlineEnd: 0, flex: 'none', fontWeight: 600 }}>
              {t('cockpit.daysOverdue', { days: r.daysOverdue })}
            </Tag>
            <Link to={rectificationLink(r.id)} className="luoshi-cockpit-row-title" title={r.finding}>
              {r.finding}
            </Link>
          </div>
          <div className="luoshi-cockpit-row-meta">
            {r.unitName} ·{' '}
            <span className="luoshi-cockpit-overdue">{t('cockpit.deadline', { date: r.deadline })}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
