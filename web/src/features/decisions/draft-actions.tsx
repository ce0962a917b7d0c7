import { DeleteOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { decisionsApi, tasksApi } from '../../api/endpoints';
import type { Task } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { isVersionConflict, versionConflictText } from '../common/version-conflict';

/**
 * 删除所选草稿 / 合并为一条: shown when every selected task is a draft the server lets the caller delete (its
 * abilities); merging needs two or more. The merge is one request (all or nothing); deleting goes draft by draft
 * and says which could not be deleted.
 */
export function DraftActions({
  decisionId,
  selected,
  onChanged,
  onStale,
}: {
  decisionId: string;
  selected: readonly Task[];
  /** After drafts were deleted or merged: the ids gone and the merged task, if any. */
  onChanged: (goneIds: string[], merged: Task | null) => void;
  onStale: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'delete' | 'merge' | null>(null);
  if (selected.length === 0 || !selected.every((task) => task.abilities.delete)) return null;

  const removeAll = async () => {
    setBusy('delete');
    const gone: string[] = [];
    let failed: unknown = null;
    for (const task of selected) {
      try {
        await tasksApi.remove(task.id, task.version);
        gone.push(task.id);
      } catch (e) {
        failed ??= e;
      }
    }
    setBusy(null);
    if (gone.length > 0) message.success(t('drafts.deleted', { count: gone.length }));
    if (failed) {
      message.error(
        t('drafts.deleteFailed', { count: selected.length - gone.length, message: errorMessage(t, failed) }),
      );
      if (isVersionConflict(failed)) onStale();
    }
    onChanged(gone, null);
  };

  const merge = async () => {
    setBusy('merge');
    try {
      const merged = await decisionsApi.mergeDrafts(
        decisionId,
        selected.map((task) => ({ id: task.id, version: task.version })),
      );
      message.success(t('drafts.merged', { title: merged.title }));
      onChanged(
        selected.filter((task) => task.id !== merged.id).map((task) => task.id),
        merged,
      );
    } catch (e) {
      message.error(errorMessage(t, e));
      if (isVersionConflict(e)) onStale();
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {selected.length >= 2 ? (
        <Popconfirm
          title={<div style={{ maxWidth: 320 }}>{t('drafts.mergeConfirm', { count: selected.length })}</div>}
          okText={t('drafts.merge', { count: selected.length })}
          cancelText={t('common.cancel')}
          onConfirm={() => void merge()}
        >
          <Button
            size="small"
            icon={<MergeCellsOutlined />}
            loading={busy === 'merge'}
            disabled={busy !== null}
          >
            {t('drafts.merge', { count: selected.length })}
          </Button>
        </Popconfirm>
      ) : null}
      <Popconfirm
        title={t('drafts.deleteConfirm', { count: selected.length })}
        okText={t('common.delete')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onConfirm={() => void removeAll()}
      >
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          loading={busy === 'delete'}
          disabled={busy !== null}
        >
          {t('drafts.delete', { count: selected.length })}
        </Button>
      </Popconfirm>
    </>
  );
}

/** Deleting one draft from its row: the id being deleted, and the call (a stale draft offers a reload). */
export function useDraftRemoval(onRemoved: (id: string) => void, onReload: () => void) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const remove = async (task: Task) => {
    setDeletingId(task.id);
    try {
      await tasksApi.remove(task.id, task.version);
      message.success(t('decision.deleted'));
      onRemoved(task.id);
    } catch (e) {
      if (isVersionConflict(e)) {
        modal.confirm({
          title: t('error.versionConflictTitle'),
          content: versionConflictText(t, e, false),
          okText: t('common.reload'),
          onOk: onReload,
        });
      } else {
        message.error(errorMessage(t, e));
      }
    } finally {
      setDeletingId(null);
    }
  };
  return { deletingId, remove };
}
