import {
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { toleranceApi, type ToleranceRequest } from '../../api/follow-bulletins';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { EvidenceList } from '../common/evidence-list';

export const STATUS_COLORS: Record<string, string> = {
  filed: 'blue',
  prepared: 'gold',
  granted: 'green',
  partly_granted: 'cyan',
  refused: 'default',
};

interface RulingValues {
  decision: 'granted' | 'partly_granted' | 'refused';
  waivedPoints?: number;
  reasons: string;
}

/** A request in full, with the office's opinion form (审核) and the leader's ruling form (认定) when allowed. */
export function ToleranceDetailDrawer({
  request,
  onClose,
  onChanged,
}: {
  request: ToleranceRequest | null;
  onClose: () => void;
  onChanged: (r: ToleranceRequest) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [prepareForm] = Form.useForm<{ opinion: string }>();
  const [rulingForm] = Form.useForm<RulingValues>();
  const [saving, setSaving] = useState(false);
  const decision = Form.useWatch('decision', rulingForm);

  const run = async (
    form: typeof prepareForm | typeof rulingForm,
    fields: string[],
    fn: () => Promise<ToleranceRequest>,
  ) => {
    setSaving(true);
    try {
      const updated = await fn();
      message.success(t('tolerance.savedOk'));
      onChanged(updated);
    } catch (e) {
      if (!applyServerErrors(form as never, e, {}, fields)) message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  const r = request;
  return (
    <Drawer open={Boolean(r)} onClose={onClose} title={t('tolerance.detail')} size="large" destroyOnHidden>
      {r ? (
        <>
          <Descriptions column={1} size="small" bordered styles={{ label: { width: 120 } }}>
            <Descriptions.Item label={t('tolerance.status')}>
              <Tag color={STATUS_COLORS[r.status]}>{t(`tolerance.status.${r.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('tolerance.unit')}>{r.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('tolerance.target')}>
              <Tag>{t(`tolerance.kind.${r.targetKind}`)}</Tag>
              {r.targetLabel}
            </Descriptions.Item>
            <Descriptions.Item label={t('tolerance.circumstances')}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{r.circumstances}</div>
            </Descriptions.Item>
            <Descriptions.Item label={t('tolerance.evidence')}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{r.evidence || '—'}</div>
            </Descriptions.Item>
            <Descriptions.Item label={t('tolerance.evidenceFiles')}>
              <EvidenceList ownerKind="tolerance" ownerId={r.id} />
            </Descriptions.Item>
            <Descriptions.Item label={t('tolerance.filed')}>
              {r.filedByName} · {formatDateTime(r.filedAt)}
            </Descriptions.Item>
            {r.officeOpinion ? (
              <Descriptions.Item label={t('tolerance.opinion')}>
                {r.officeOpinion} · {formatDateTime(r.preparedAt)}
              </Descriptions.Item>
            ) : null}
            {r.ruledAt ? (
              <Descriptions.Item label={t('tolerance.ruling')}>
                {t(`tolerance.status.${r.status}`)}
                {r.waivedPoints !== null ? t('tolerance.waivedPoints', { points: r.waivedPoints }) : ''}：
                {r.rulingReasons} · {formatDateTime(r.ruledAt)}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {r.abilities.prepare ? (
            <>
              <Divider titlePlacement="start">{t('tolerance.prepare')}</Divider>
              <Form
                form={prepareForm}
                layout="vertical"
                disabled={saving}
                initialValues={{ opinion: r.officeOpinion ?? '' }}
                onFinish={(v) =>
                  void run(prepareForm, ['opinion'], () =>
                    toleranceApi.prepare(r.id, { ...v, version: r.version }),
                  )
                }
              >
                <Form.Item
                  name="opinion"
                  label={t('tolerance.opinion')}
                  rules={[{ required: true, whitespace: true, message: t('tolerance.opinionRequired') }]}
                >
                  <Input.TextArea rows={3} maxLength={4000} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={saving}>
                  {t('tolerance.prepareSubmit')}
                </Button>
              </Form>
            </>
          ) : null}
          {r.abilities.rule ? (
            <>
              <Divider titlePlacement="start">{t('tolerance.ruling')}</Divider>
              <Form<RulingValues>
                form={rulingForm}
                layout="vertical"
                disabled={saving}
                initialValues={{ decision: 'granted' }}
                onFinish={(v) =>
                  void run(rulingForm, ['decision', 'waivedPoints', 'reasons'], () =>
                    toleranceApi.rule(r.id, {
                      decision: v.decision,
                      reasons: v.reasons,
                      version: r.version,
                      ...(v.decision === 'partly_granted' && v.waivedPoints
                        ? { waivedPoints: v.waivedPoints }
                        : {}),
                    }),
                  )
                }
              >
                <Form.Item name="decision" label={t('tolerance.decision')}>
                  <Radio.Group
                    optionType="button"
                    options={(['granted', 'partly_granted', 'refused'] as const).map((d) => ({
                      value: d,
                      label: t(`tolerance.status.${d}`),
                    }))}
                  />
                </Form.Item>
                {decision === 'partly_granted' ? (
                  <Form.Item
                    name="waivedPoints"
                    label={t('tolerance.waivedPointsLabel')}
                    rules={[{ required: true, message: t('tolerance.waivedPointsRequired') }]}
                  >
                    <InputNumber min={0.01} max={100} step={0.5} />
                  </Form.Item>
                ) : null}
                <Form.Item
                  name="reasons"
                  label={t('tolerance.reasons')}
                  rules={[{ required: true, whitespace: true, message: t('tolerance.reasonsRequired') }]}
                >
                  <Input.TextArea rows={3} maxLength={4000} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={saving}>
                  {t('tolerance.ruleSubmit')}
                </Button>
              </Form>
            </>
          ) : null}
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            {t('tolerance.waiverNote')}
          </Typography.Paragraph>
        </>
      ) : null}
    </Drawer>
  );
}
