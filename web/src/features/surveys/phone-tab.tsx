import { App, Button, Card, Empty, Form, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { SATISFACTION_LEVELS, surveysApi, type PhoneAnswerBody, type Survey } from '../../api/surveys';

type PhoneValues = Omit<PhoneAnswerBody, 'comment'> & { comment?: string };
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';

/**
 * 电话回访: pick an unused code from the list, read each question to the person on the phone, record the answers
 * (channel phone, recorded by the caller). The server keeps one answer per code.
 */
export function PhoneTab({ survey }: { survey: Survey }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<PhoneValues>();
  const [saving, setSaving] = useState(false);
  const codes = useRequest((signal) => surveysApi.codes(survey.id, true, signal), [survey.id]);
  const items = codes.data?.items ?? [];

  const save = async (v: PhoneValues) => {
    setSaving(true);
    try {
      await surveysApi.recordPhone(survey.id, {
        codeId: v.codeId,
        values: v.values,
        comment: v.comment ?? '',
      });
      message.success(t('survey.phoneSaved'));
      form.resetFields();
      codes.reload();
    } catch (e) {
      if (!applyServerErrors(form as never, e, {}, ['codeId', 'comment'])) message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  if (!codes.loading && items.length === 0) return <Empty description={t('survey.phoneNoCodes')} />;
  return (
    <Card title={t('survey.phoneTitle')}>
      <Form form={form} layout="vertical" onFinish={save} style={{ maxWidth: 720 }}>
        <Form.Item name="codeId" label={t('survey.phoneCode')} rules={[{ required: true }]}>
          <Select
            showSearch
            loading={codes.loading}
            optionFilterProp="label"
            options={items.map((c) => ({
              value: c.id,
              label: `#${c.serial} ${c.code} · ${c.subjectLabel} · ${t(`survey.audience.${c.audience}`)}`,
            }))}
          />
        </Form.Item>
        {survey.questions.map((q, i) => (
          <Form.Item
            key={q.id}
            name={['values', q.id]}
            label={`${i + 1}. ${q.text}`}
            rules={[{ required: true, message: t('survey.pleaseAnswer') }]}
          >
            <Radio.Group>
              <Space wrap>
                {q.scale === 'five_point'
                  ? [1, 2, 3, 4, 5].map((n) => (
                      <Radio key={n} value={n}>
                        {t('survey.points', { n })}
                      </Radio>
                    ))
                  : SATISFACTION_LEVELS.map((l) => (
                      <Radio key={l} value={l}>
                        {t(`survey.level.${l}`)}
                      </Radio>
                    ))}
              </Space>
            </Radio.Group>
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t('survey.comment')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('survey.phoneSave')}
        </Button>
      </Form>
    </Card>
  );
}
