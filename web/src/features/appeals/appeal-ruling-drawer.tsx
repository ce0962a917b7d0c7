import { App, Button, Descriptions, Divider, Drawer, Form, Input, InputNumber, Radio, Tag } from 'antd';
import { useState } from 'react';
import { APPEAL_RULINGS, appealsApi, type Appeal, type AppealRuling } from '../../api/appeals';
import { useT } from '../../i18n/i18n';
import { componentLabel } from '../assessment/labels';
import { applyServerErrors, errorMessage } from '../common/errors';
import { EvidenceList } from '../common/evidence-list';
import { formatDateTime } from '../common/format';

export const APPEAL_STATUS_COLORS: Record<string, string> = {
  pending: 'gold',
  upheld: 'green',
  partly_upheld: 'cyan',
  rejected: 'default',
};

interface RulingValues {
  decision: AppealRuling;
  raw?: number;
  points?: number;
  reasons: string;
}

/** An appeal in full, with the office's ruling form (复核) while it is pending. */
export function AppealRulingDrawer({
  appeal,
  onClose,
  onChanged,
}: {
  appeal: Appeal | null;
  onClose: () => void;
  onChanged: (a: Appeal) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RulingValues>();
  const [saving, setSaving] = useState(false);
  const decision = Form.useWatch('decision', form);
  const a = appeal;
  const needsRaw = a?.targetKind === 'component' && decision !== undefined && decision !== 'rejected';
  const needsPoints = a?.targetKind === 'deduction' && decision === 'partly_upheld';
  const save = async (v: RulingValues) => {
    if (!a) return;
    setSaving(true);
    try {
      const updated = await appealsApi.rule(a.id, {
        decision: v.decision,
        reasons: v.reasons,
        ...(needsRaw ? { raw: v.raw } : {}),
        ...(needsPoints ? { points: v.points } : {}),
        version: a.version,
      });
      message.success(t('appeals.ruledOk'));
      onChanged(updated);
    } catch (e) {
      if (!applyServerErrors(form as never, e, {}, ['decision', 'raw', 'points', 'reasons']))
        message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer open={Boolean(a)} onClose={onClose} title={t('appeals.detail')} size="large" destroyOnHidden>
      {a ? (
        <>
          <Descriptions column={1} size="small" bordered styles={{ label: { width: 110 } }}>
            <Descriptions.Item label={t('appeals.status')}>
              <Tag color={APPEAL_STATUS_COLORS[a.status]}>{t(`appeals.status.${a.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('appeals.unit')}>{a.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('appeals.target')}>
              <Tag>{t(`appeals.kind.${a.targetKind}`)}</Tag>
              {a.targetKind === 'component' ? componentLabel(t, a.targetLabel) : a.targetLabel}
              {a.points !== null ? ` · ${t('appeals.pointsAtStake', { points: a.points })}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('appeals.reasons')}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{a.reasons}</div>
            </Descriptions.Item>
            <Descriptions.Item label={t('appeals.evidenceFiles')}>
              <EvidenceList ownerKind="appeal" ownerId={a.id} />
            </Descriptions.Item>
            <Descriptions.Item label={t('appeals.filed')}>
              {a.filedByName} · {formatDateTime(a.filedAt)}
            </Descriptions.Item>
            {a.ruledAt ? (
              <Descriptions.Item label={t('appeals.ruling')}>
                {t(`appeals.status.${a.status}`)}
                {a.ruledRaw !== null ? ` · ${t('appeals.ruledRaw', { raw: a.ruledRaw })}` : ''}
                {a.ruledPoints !== null ? ` · ${t('appeals.ruledPoints', { points: a.ruledPoints })}` : ''}：
                {a.rulingReasons} · {formatDateTime(a.ruledAt)}
                {a.newResultVersion !== null
                  ? ` · ${t('appeals.newVersion', { version: a.newResultVersion })}`
                  : ''}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {a.abilities.rule ? (
            <>
              <Divider titlePlacement="start">{t('appeals.rule')}</Divider>
              <Form form={form} layout="vertical" disabled={saving} onFinish={(v) => void save(v)}>
                <Form.Item name="decision" label={t('appeals.decision')} rules={[{ required: true }]}>
                  <Radio.Group
                    options={APPEAL_RULINGS.filter(
                      (d) => a.targetKind !== 'veto' || d !== 'partly_upheld',
                    ).map((d) => ({ value: d, label: t(`appeals.status.${d}`) }))}
                  />
                </Form.Item>
                {needsRaw ? (
                  <Form.Item name="raw" label={t('appeals.raw')} rules={[{ required: true }]}>
                    <InputNumber min={0} max={100} step={0.5} style={{ width: 160 }} />
                  </Form.Item>
                ) : null}
                {needsPoints ? (
                  <Form.Item name="points" label={t('appeals.points')} rules={[{ required: true }]}>
                    <InputNumber min={0.01} max={100} step={0.1} style={{ width: 160 }} />
                  </Form.Item>
                ) : null}
                <Form.Item name="reasons" label={t('appeals.rulingReasons')} rules={[{ required: true }]}>
                  <Input.TextArea rows={4} maxLength={4000} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={saving}>
                  {t('appeals.submitRuling')}
                </Button>
              </Form>
            </>
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}
