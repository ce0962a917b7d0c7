import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { decisionsApi } from '../../api/endpoints';
import type { OutlineSection } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';

/**
 * Review sections (总结/回顾/成绩) draft no tasks: shown greyed with their text, and a 转为任务 button that makes
 * a draft of one when the office finds work to do in it (issue 19).
 */
export function ReviewSections({
  decisionId,
  sections,
  text,
  canManage,
  onCreated,
}: {
  decisionId: string;
  sections: readonly OutlineSection[];
  text: string | null;
  canManage: boolean;
  onCreated: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  if (sections.length === 0) return null;
  const make = async (sectionId: string) => {
    setBusy(sectionId);
    try {
      await decisionsApi.draftFromSection(decisionId, sectionId);
      message.success(t('decision.toTaskDone'));
      onCreated();
    } catch (e) {
      message.error(errorMessage(t, e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="luoshi-review-sections" style={{ marginTop: 12 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('decision.reviewSkipped')}
      </Typography.Text>
      {sections.map((s) => {
        const body =
          text && s.sourceOffset !== undefined && s.sourceLength
            ? text.slice(s.sourceOffset, s.sourceOffset + s.sourceLength)
            : '';
        return (
          <div
            key={s.id}
            style={{ marginTop: 8, padding: '8px 12px', background: '#f5f5f5', borderRadius: 6 }}
          >
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text type="secondary" strong>
                {s.number ? `${s.number}、${s.title}` : s.title}
              </Typography.Text>
              {canManage && body ? (
                <Button size="small" loading={busy === s.id} onClick={() => void make(s.id)}>
                  {t('decision.toTask')}
                </Button>
              ) : null}
            </Flex>
            {body ? (
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 2 }}
                style={{ fontSize: 12, margin: '4px 0 0' }}
              >
                {body}
              </Typography.Paragraph>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
