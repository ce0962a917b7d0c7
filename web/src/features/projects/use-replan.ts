import { App } from 'antd';
import { useCallback } from 'react';
import { projectsApi, type ProjectNode } from '../../api/projects';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { isVersionConflict, versionConflictText } from '../common/version-conflict';

/**
 * Re-plans one node (PATCH with its version; the baseline stays), after asking when it came from a drag.
 * A conflict says who changed it and reloads; `onDone` reloads the chart either way.
 */
export function useReplan(onDone: () => void) {
  const t = useT();
  const { message, modal } = App.useApp();
  const send = useCallback(
    async (node: ProjectNode, plannedStart: string, plannedEnd: string) => {
      try {
        await projectsApi.replanNode(node.projectId, node.id, {
          version: node.version,
          plannedStart,
          plannedEnd,
        });
        message.success(t('project.replanned', { name: node.name, start: plannedStart, end: plannedEnd }));
      } catch (e) {
        if (isVersionConflict(e)) message.warning(versionConflictText(t, e, false));
        else message.error(errorMessage(t, e));
      } finally {
        onDone();
      }
    },
    [t, message, onDone],
  );
  const confirmDrag = useCallback(
    (node: ProjectNode, plannedStart: string, plannedEnd: string) => {
      modal.confirm({
        title: t('project.replanTitle', { name: node.name }),
        content: t('project.replanConfirm', {
          from: `${node.plannedStart} ~ ${node.plannedEnd}`,
          to: `${plannedStart} ~ ${plannedEnd}`,
        }),
        okText: t('project.replan'),
        onOk: () => send(node, plannedStart, plannedEnd),
        onCancel: onDone,
      });
    },
    [modal, t, send, onDone],
  );
  return { replan: send, confirmDrag };
}
