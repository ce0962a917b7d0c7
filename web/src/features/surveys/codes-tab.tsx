import { App, Button, Card, Form, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { surveysApi, type Survey, type SurveyAudience, type SurveyCode } from '../../api/surveys';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';

/**
 * 测评码: make one-time codes for an audience and a unit, see which were used, print them as QR cards; the
 * same list serves the telephone follow-up (电话回访).
 */
export function CodesTab({ survey, onChanged }: { survey: Survey; onChanged: (s: Survey) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ count: number; audience: SurveyAudience; subjectId: string }>();
  const [saving, setSaving] = useState(false);
  const codes = useRequest((signal) => surveysApi.codes(survey.id, false, signal), [survey.id]);

  const make = async (v: { count: number; audience: SurveyAudience; subjectId: string }) => {
    setSaving(true);
    try {
      const made = await surveysApi.makeCodes(survey.id, v);
      message.success(t('survey.codesMade', { n: made.items.length }));
      codes.reload();
      onChanged(await surveysApi.get(survey.id));
    } catch (e) {
      if (!applyServerErrors(form as never, e, {}, ['count', 'audience', 'subjectId']))
        message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      {survey.abilities.makeCodes ? (
        <Card title={t('survey.makeCodes')} size="small">
          <Form
            form={form}
            layout="inline"
            onFinish={make}
            initialValues={{ count: 20, audience: survey.audiences[0], subjectId: survey.subjects[0]?.id }}
          >
            <Form.Item name="subjectId" label={t('survey.subject')} rules={[{ required: true }]}>
              <Select
                style={{ minWidth: 180 }}
                options={survey.subjects.map((s) => ({ value: s.id, label: s.label }))}
              />
            </Form.Item>
            <Form.Item name="audience" label={t('survey.audience')} rules={[{ required: true }]}>
              <Select
                style={{ minWidth: 120 }}
                options={survey.audiences.map((a) => ({ value: a, label: t(`survey.audience.${a}`) }))}
              />
            </Form.Item>
            <Form.Item name="count" label={t('survey.count')} rules={[{ required: true }]}>
              <InputNumber min={1} max={500} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('survey.makeCodesButton')}
            </Button>
          </Form>
        </Card>
      ) : null}
      <Card
        size="small"
        title={t('survey.codeList')}
        extra={
          <Link to={`/surveys/${survey.id}/cards`} target="_blank">
            {t('survey.printCards')}
          </Link>
        }
      >
        <Table<SurveyCode>
          rowKey="id"
          size="small"
          loading={codes.loading}
          dataSource={codes.data?.items ?? []}
          tableLayout="fixed"
          scroll={{ x: 640 }}
          pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('survey.serial'), dataIndex: 'serial', key: 'serial', width: 70 },
            {
              title: t('survey.code'),
              dataIndex: 'code',
              key: 'code',
              width: 150,
              render: (c: string) => <span style={{ fontFamily: 'monospace', fontSize: 15 }}>{c}</span>,
            },
            {
              title: t('survey.subject'),
              dataIndex: 'subjectLabel',
              key: 'subject',
              ellipsis: { showTitle: true },
            },
            {
              title: t('survey.audience'),
              key: 'audience',
              width: 100,
              render: (_, c) => t(`survey.audience.${c.audience}`),
            },
            {
              title: t('common.status'),
              key: 'used',
              width: 120,
              render: (_, c) =>
                c.used ? (
                  <Tag color="blue">{t(`survey.channel.${c.channel ?? 'code'}`)}</Tag>
                ) : (
                  <Tag>{t('survey.unused')}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
