import { Empty, Typography } from 'antd';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Task } from '../../api/types';
import { useT } from '../../i18n/i18n';

interface Span {
  taskId: string;
  start: number;
  end: number;
  title: string;
}

/** Task ranges in text order, without overlaps (a later range that overlaps an earlier one is left out). */
function spansOf(text: string, tasks: readonly Task[]): Span[] {
  const spans = tasks
    .filter((t) => t.sourceOffset !== null && t.sourceLength !== null && t.sourceLength > 0)
    .map((t) => ({
      taskId: t.id,
      start: Math.max(0, t.sourceOffset as number),
      end: Math.min(text.length, (t.sourceOffset as number) + (t.sourceLength as number)),
      title: t.title,
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let last = 0;
  for (const s of spans) {
    if (s.start < last) continue;
    out.push(s);
    last = s.end;
  }
  return out;
}

/**
 * The decision's own words, with every task's sentence marked. The active task's sentence is highlighted
 * and scrolled into view; clicking a marked sentence makes its task the active one.
 */
export function SourceText({
  text,
  tasks,
  activeId,
  onPick,
  height,
}: {
  text: string | null;
  tasks: readonly Task[];
  activeId: string | null;
  onPick: (taskId: string) => void;
  height: string;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const spans = useMemo(() => (text ? spansOf(text, tasks) : []), [text, tasks]);

  useEffect(() => {
    const container = box.current;
    if (!container || !activeId) return;
    const mark = container.querySelector<HTMLElement>(`[data-task-id="${CSS.escape(activeId)}"]`);
    if (!mark) return;
    // Scroll only this pane, so the task list on the left stays where the user is.
    const top = mark.offsetTop - container.clientHeight / 3;
    container.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  }, [activeId, spans]);

  if (!text) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('decision.noText')} />;
  }

  const parts: ReactNode[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) parts.push(text.slice(at, s.start));
    const isActive = s.taskId === activeId;
    parts.push(
      <mark
        key={s.taskId}
        data-task-id={s.taskId}
        className={isActive ? 'luoshi-source-mark luoshi-source-mark-active' : 'luoshi-source-mark'}
        title={s.title}
        onClick={() => onPick(s.taskId)}
      >
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) parts.push(text.slice(at));

  return (
    <div
      ref={box}
      className="luoshi-source-text"
      style={{ maxHeight: height }}
      tabIndex={0}
      aria-label={t('decision.sourceText')}
    >
      {parts}
      {spans.length === 0 && tasks.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {t('decision.noOffsets')}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
