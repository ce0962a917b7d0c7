import { App, Button, Card, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { surveysApi, type Survey, type SurveyAnswer } from '../../api/surveys';
import { useRequest } from '../../api/use-request';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { answerValueKey } from './survey-labels';

/** 答卷: every answer (never edited), open-link answers flagged for review; the office voids with a reason. */
export function AnswersTab({ survey }: { survey: Survey }) {
  const t = useT();
  const { message } = App.useApp();
  const list = useRequest((signal) => surveysApi.answers(survey.id, signal), [survey.id]);
  const [voiding, setVoiding] = useState<SurveyAnswer | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const words = (a: SurveyAnswer) =>
    survey.questions
      .map((q, i) => {
        const v = a.values[q.id];
        if (v === undefined) return `${i + 1}. —`;
        const k = answerValueKey(v);
        return `${i + 1}. ${t(k.key, k.n === undefined ? undefined : { n: k.n })}`;
      })
      .join('；');

  const submit = async (v: { reason: string }) => {
    if (!voiding) return;
    setSaving(true);
    try {
      await surveysApi.voidAnswer(voiding.id, { version: voiding.version, reason: v.reason });
      message.success(t('survey.voided'));
      setVoiding(null);
      list.reload();
    } catch (e) {
      if (!applyServerErrors(form as never, e, {}, ['reason'])) message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card>
      <Table<SurveyAnswer>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        tableLayout="fixed"
        scroll={{ x: 900 }}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
        rowClassName={(a) => (a.voided ? 'survey-answer-voided' : '')}
        columns={[
          {
            title: t('survey.answeredAt'),
            key: 'at',
            width: 150,
            render: (_, a) => formatDateTime(a.answeredAt),
          },
          {
            title: t('survey.subject'),
            dataIndex: 'subjectLabel',
            key: 's',
            width: 140,
            ellipsis: { showTitle: true },
          },
          {
            title: t('survey.channel'),
            key: 'ch',
            width: 130,
            render: (_, a) => (
              <>
                {t(`survey.channel.${a.channel}`)}
                {a.serial ? ` #${a.serial}` : ''}
                {a.recordedByName ? <div style={{ color: '#595959' }}>{a.recordedByName}</div> : null}
              </>
            ),
          },
          {
            title: t('survey.answerValues'),
            key: 'v',
            ellipsis: { showTitle: true },
            render: (_, a) => words(a),
          },
          {
            title: t('survey.comment'),
            dataIndex: 'comment',
            key: 'c',
            width: 160,
            ellipsis: { showTitle: true },
          },
          {
            title: t('survey.review'),
            key: 'flags',
            width: 150,
            render: (_, a) => (
              <>
                {a.voided ? (
                  <Tag color="red" title={`${a.voidReason ?? ''} ${a.voidedByName ?? ''}`}>
                    {t('survey.voidedTag')}
                  </Tag>
                ) : null}
                {a.flags.map((f) => (
                  <Tag key={f} color="gold">
                    {t(`survey.flag.${f}`)}
                  </Tag>
                ))}
              </>
            ),
          },
          ...(survey.abilities.voidAnswer
            ? [
                {
                  title: t('common.actions'),
                  key: 'act',
                  width: 90,
                  render: (_: unknown, a: SurveyAnswer) =>
                    a.voided ? null : (
                      <Button size="small" danger onClick={() => setVoiding(a)}>
                        {t('survey.void')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={voiding !== null}
        title={t('survey.voidTitle')}
        onCancel={() => setVoiding(null)}
        onOk={() => form.submit()}
        confirmLoading={saving}
        okButtonProps={{ danger: true }}
        okText={t('survey.void')}
        destroyOnHidden
      >
        <p>{t('survey.voidHint')}</p>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="reason" label={t('survey.voidReason')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
