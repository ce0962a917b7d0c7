import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Progress, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Task, TaskSort, TaskSortField, Unit } from '../../api/types';
import { useT, type MessageKey, type Translate } from '../../i18n/i18n';
import { formatTarget, STATUS_COLORS, statusLabel } from '../tasks/labels';
import { LightTag } from '../tasks/light-tag';

/** Columns the clerk may show or hide; 任务编号 and 任务内容 always show. */
export const LEDGER_COLUMN_KEYS = [
  'code',
  'title',
  'targets',
  'leadLeader',
  'leadUnit',
  'coUnits',
  'dueDate',
  'status',
  'light',
  'progress',
] as const;
export type LedgerColumnKey = (typeof LEDGER_COLUMN_KEYS)[number];
const ALWAYS: readonly LedgerColumnKey[] = ['code', 'title'];

const LABELS: Record<LedgerColumnKey, MessageKey> = {
  code: 'task.code',
  title: 'task.content',
  targets: 'task.targets',
  leadLeader: 'task.leadLeader',
  leadUnit: 'task.leadUnit',
  coUnits: 'task.coUnits',
  dueDate: 'task.dueDate',
  status: 'common.status',
  light: 'task.light',
  progress: 'task.progress',
};

const STORAGE_KEY = 'luoshi.ledgerColumns';
// 配合单位 is chosen, not shown by default: with it the ledger no longer fits a 1440 px laptop.
const DEFAULT_KEYS = LEDGER_COLUMN_KEYS.filter((k) => k !== 'coUnits');

/** Columns sorted by the server (the ledger is paginated), with the field each sends. */
const SORTS: Partial<Record<LedgerColumnKey, TaskSortField>> = {
  code: 'code',
  leadUnit: 'leadUnit',
  dueDate: 'dueDate',
  status: 'status',
  progress: 'progress',
};

/** The `sort` to send for a column sorted in an order, or none. */
export function sortOfColumn(
  key: unknown,
  order: 'ascend' | 'descend' | null | undefined,
): TaskSort | undefined {
  const field = typeof key === 'string' ? SORTS[key as LedgerColumnKey] : undefined;
  if (!field || !order) return undefined;
  return order === 'descend' ? `-${field}` : field;
}

/** The table width that shows every chosen column without cutting: widths plus room for 任务内容. */
export function ledgerTableWidth(visible: readonly LedgerColumnKey[]): number {
  return visible.reduce((sum, k) => sum + (WIDTHS[k] ?? 0), 0);
}

// Set so that the default columns fit 1440 px without sideways scrolling (the sider is 208 px): the title
// takes what is left, at least its width here.
const WIDTHS: Record<LedgerColumnKey, number> = {
  code: 112,
  title: 200,
  targets: 160,
  leadLeader: 100,
  leadUnit: 132,
  coUnits: 150,
  dueDate: 108,
  status: 84,
  light: 84,
  progress: 112,
};

/** A cell cut with an ellipsis, the full text in a tooltip. */
function Clipped({ text }: { text: string | null }) {
  if (!text) return <>—</>;
  return (
    <Tooltip title={text} placement="topLeft">
      <span className="luoshi-ellipsis">{text}</span>
    </Tooltip>
  );
}

/** The chosen columns, remembered in this browser. */
export function useLedgerColumns(): [LedgerColumnKey[], (keys: LedgerColumnKey[]) => void] {
  const [keys, setKeys] = useState<LedgerColumnKey[]>(() => {
    try {
      const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
      if (Array.isArray(saved)) {
        const valid = LEDGER_COLUMN_KEYS.filter((k) => saved.includes(k) || ALWAYS.includes(k));
        if (valid.length > 0) return valid;
      }
    } catch {
      // fall back to all columns
    }
    return [...DEFAULT_KEYS];
  });
  const save = (next: LedgerColumnKey[]) => {
    const ordered = LEDGER_COLUMN_KEYS.filter((k) => next.includes(k) || ALWAYS.includes(k));
    setKeys(ordered);
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(ordered));
    } catch {
      // private mode: the choice lasts for this page only
    }
  };
  return [keys, save];
}

/** 列设置: a popover of checkboxes. */
export function ColumnChooser({
  value,
  onChange,
}: {
  value: LedgerColumnKey[];
  onChange: (keys: LedgerColumnKey[]) => void;
}) {
  const t = useT();
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('ledger.columns')}
      content={
        <Checkbox.Group<LedgerColumnKey>
          value={value}
          onChange={(keys) => onChange(keys)}
          style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          options={LEDGER_COLUMN_KEYS.map((k) => ({
            value: k,
            label: t(LABELS[k]),
            disabled: ALWAYS.includes(k),
          }))}
        />
      }
    >
      <Button icon={<SettingOutlined />}>{t('ledger.columns')}</Button>
    </Popover>
  );
}

/** "城镇新增就业 ≥1.2万人；新建幼儿园 ≥3所" in one line, every target in the tooltip. */
export function TargetsCell({ task }: { task: Task }) {
  const t = useT();
  if (task.targets.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const lines = task.targets.map((g) => formatTarget(t, g));
  return (
    <Tooltip
      title={
        <div>
          {lines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
      }
    >
      <span className="luoshi-ellipsis">{lines.join('；')}</span>
    </Tooltip>
  );
}

const unitNames = (t: Translate, ids: readonly string[], byId: ReadonlyMap<string, Unit>) =>
  ids.map((id) => byId.get(id)?.name ?? t('task.unknownUnit')).join('、');

/** The ledger's columns, in the office's order, limited to those chosen. */
export function ledgerColumns(
  t: Translate,
  visible: readonly LedgerColumnKey[],
  unitsById: ReadonlyMap<string, Unit>,
  sort?: TaskSort,
): TableColumnsType<Task> {
  const all: Record<LedgerColumnKey, TableColumnsType<Task>[number]> = {
    code: {
      title: t('task.code'),
      dataIndex: 'code',
      key: 'code',
      width: WIDTHS.code,
      fixed: 'left',
      render: (code: string | null, task) =>
        code ? (
          // The code opens the task's own page; the rest of the row opens the quick drawer.
          <Link to={`/tasks/${task.id}`} className="luoshi-mono" onClick={(e) => e.stopPropagation()}>
            {code}
          </Link>
        ) : (
          <Tag>{t('task.status.draft')}</Tag>
        ),
    },
    title: {
      title: t('task.content'),
      key: 'title',
      ellipsis: { showTitle: false },
      render: (_, task) => (
        <Tooltip title={task.content ?? task.title} placement="topLeft" styles={{ root: { maxWidth: 560 } }}>
          <span>{task.title}</span>
        </Tooltip>
      ),
    },
    targets: {
      title: t('task.targets'),
      key: 'targets',
      width: WIDTHS.targets,
      ellipsis: { showTitle: false },
      render: (_, task) => <TargetsCell task={task} />,
    },
    leadLeader: {
      title: t('task.leadLeader'),
      dataIndex: 'leadLeaderName',
      key: 'leadLeader',
      width: WIDTHS.leadLeader,
      ellipsis: { showTitle: false },
      render: (name: string | null) => <Clipped text={name} />,
    },
    leadUnit: {
      title: t('task.leadUnit'),
      dataIndex: 'leadUnitName',
      key: 'leadUnit',
      width: WIDTHS.leadUnit,
      ellipsis: { showTitle: false },
      render: (name: string | null) => <Clipped text={name} />,
    },
    coUnits: {
      title: t('task.coUnits'),
      key: 'coUnits',
      width: WIDTHS.coUnits,
      ellipsis: { showTitle: false },
      render: (_, task) => {
        if (task.coUnitIds.length === 0) return '—';
        const names = unitNames(t, task.coUnitIds, unitsById);
        return (
          <Tooltip title={names} placement="topLeft">
            <span>{names}</span>
          </Tooltip>
        );
      },
    },
    dueDate: {
      title: t('task.dueDate'),
      dataIndex: 'dueDate',
      key: 'dueDate',
      width: WIDTHS.dueDate,
      render: (date: string | null, task) =>
        date ? (
          task.originalDueDate && task.originalDueDate !== date ? (
            <Tooltip title={t('ledger.dueChanged', { date: task.originalDueDate })}>
              <span>{date}*</span>
            </Tooltip>
          ) : (
            date
          )
        ) : (
          '—'
        ),
    },
    status: {
      title: t('common.status'),
      dataIndex: 'status',
      key: 'status',
      width: WIDTHS.status,
      render: (_, task) => <Tag color={STATUS_COLORS[task.status]}>{statusLabel(t, task.status)}</Tag>,
    },
    // 红黄绿灯, after 状态: always the word with the colour, the reasons in a tooltip (UI.md). Light and
    // progress stay fixed on the right: on a laptop the ledger scrolls sideways and they are what a clerk scans.
    light: {
      title: t('task.light'),
      key: 'light',
      width: WIDTHS.light,
      fixed: 'right',
      className: 'luoshi-light-cell',
      render: (_, task) => <LightTag light={task.light} reasons={task.lightReasons} />,
    },
    progress: {
      title: t('task.progress'),
      dataIndex: 'progress',
      key: 'progress',
      width: WIDTHS.progress,
      fixed: 'right',
      render: (p: number) => <Progress percent={p} size="small" aria-label={t('task.progress')} />,
    },
  };
  const field = sort?.replace(/^-/, '');
  return LEDGER_COLUMN_KEYS.filter((k) => visible.includes(k)).map((k) =>
    SORTS[k]
      ? {
          ...all[k],
          sorter: true,
          sortDirections: ['ascend', 'descend'],
          sortOrder: SORTS[k] === field ? (sort?.startsWith('-') ? 'descend' : 'ascend') : null,
        }
      : all[k],
  );
}
