import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  Radio,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { feedbackApi, type Feedback } from '../../api/feedback';
import { CASE_LEVELS } from '../../api/supervision';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { formatDateTime } from '../common/format';
import { feedbackAbout } from './feedback-about';

export const FEEDBACK_COLORS: Record<string, string> = {
  pending: 'gold',
  case: 'blue',
  answered: 'green',
  closed: 'default',
};

interface CaseValues {
  title: string;
  level: (typeof CASE_LEVELS)[number];
  requirements: string;
  deadline: Dayjs;
}
interface AnswerValues {
  answer: string;
  publish: boolean;
  publicMessage?: string;
}

/**
 * A public message in full, with the office's three decisions when the server allows them: turn it into a
 * supervision case, answer it (and publish the answer beside a text without personal data), or close it.
 */
export function FeedbackDetailDrawer({
  item,
  onClose,
  onChanged,
}: {
  item: Feedback | null;
  onClose: () => void;
  onChanged: (f: Feedback) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [caseForm] = Form.useForm<CaseValues>();
  const [answerForm] = Form.useForm<AnswerValues>();
  const [closeForm] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const publish = Form.useWatch('publish', answerForm);

  const run = async (form: unknown, fields: string[], fn: () => Promise<Feedback>) => {
    setSaving(true);
    try {
      onChanged(await fn());
      message.success(t('feedback.done'));
    } catch (e) {
      if (!applyServerErrors(form as never, e, {}, fields)) message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  const f = item;
  return (
    <Drawer open={Boolean(f)} onClose={onClose} title={t('feedback.detail')} size="large" destroyOnHidden>
      {f ? (
        <>
          {f.duplicateOf ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('feedback.duplicateHint')}
              action={
                <Link to={`/feedback?status=all&id=${encodeURIComponent(f.duplicateOf)}`}>
                  {t('feedback.openOriginal')}
                </Link>
              }
            />
          ) : null}
          <Descriptions column={1} size="small" bordered styles={{ label: { width: 120 } }}>
            <Descriptions.Item label={t('feedback.status')}>
              <Tag color={FEEDBACK_COLORS[f.status]}>{t(`feedback.status.${f.status}`)}</Tag>
              {f.isPublished ? <Tag color="green">{t('feedback.published')}</Tag> : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('feedback.about')}>{feedbackAbout(t, f)}</Descriptions.Item>
            <Descriptions.Item label={t('feedback.message')}>
              <div style={{ whiteSpace: 'pre-wrap' }}>{f.message}</div>
            </Descriptions.Item>
            <Descriptions.Item label={t('feedback.contact')}>
              {f.contact ?? t('feedback.noContact')}
            </Descriptions.Item>
            <Descriptions.Item label={t('feedback.receivedAt')}>
              {formatDateTime(f.receivedAt)}
            </Descriptions.Item>
            {f.caseId ? (
              <Descriptions.Item label={t('feedback.case')}>
                <Link to={`/supervision/cases/${encodeURIComponent(f.caseId)}`}>
                  {t('feedback.openCaseLink')}
                </Link>
              </Descriptions.Item>
            ) : null}
            {f.answer ? (
              <Descriptions.Item label={t('feedback.answer')}>
                <div style={{ whiteSpace: 'pre-wrap' }}>{f.answer}</div>
              </Descriptions.Item>
            ) : null}
            {f.publicMessage ? (
              <Descriptions.Item label={t('feedback.publicMessage')}>{f.publicMessage}</Descriptions.Item>
            ) : null}
            {f.closeReason ? (
              <Descriptions.Item label={t('feedback.closeReason')}>{f.closeReason}</Descriptions.Item>
            ) : null}
            {f.decidedAt ? (
              <Descriptions.Item label={t('feedback.decidedBy')}>
                {f.decidedByName} · {formatDateTime(f.decidedAt)}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {f.abilities.openCase ? (
            <>
              <Divider titlePlacement="start">{t('feedback.toCase')}</Divider>
              <Form<CaseValues>
                form={caseForm}
                layout="vertical"
                disabled={saving}
                initialValues={{
                  level: 'general',
                  title: f.suggestedPublicMessage.slice(0, 40),
                  requirements: f.suggestedPublicMessage,
                }}
                onFinish={(v) =>
                  void run(caseForm, ['title', 'level', 'requirements', 'deadline'], async () => {
                    const result = await feedbackApi.openCase(f.id, {
                      version: f.version,
                      title: v.title,
                      level: v.level,
                      requirements: v.requirements,
                      deadline: v.deadline.format('YYYY-MM-DD'),
                    });
                    return result.feedback;
                  })
                }
              >
                <Form.Item
                  name="title"
                  label={t('feedback.caseTitle')}
                  rules={[{ required: true, whitespace: true, message: t('feedback.required') }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name="level" label={t('feedback.caseLevel')}>
                  <Radio.Group
                    optionType="button"
                    options={CASE_LEVELS.map((l) => ({ value: l, label: t(`case.level.${l}`) }))}
                  />
                </Form.Item>
                <Form.Item
                  name="requirements"
                  label={t('feedback.caseRequirements')}
                  extra={t('feedback.caseUnitsHint')}
                  rules={[{ required: true, whitespace: true, message: t('feedback.required') }]}
                >
                  <Input.TextArea rows={3} maxLength={10000} />
                </Form.Item>
                <Form.Item
                  name="deadline"
                  label={t('feedback.caseDeadline')}
                  rules={[{ required: true, message: t('feedback.required') }]}
                >
                  <DatePicker />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={saving}>
                  {t('feedback.toCase')}
                </Button>
              </Form>
            </>
          ) : null}
          {f.abilities.answer ? (
            <>
              <Divider titlePlacement="start">{t('feedback.answer')}</Divider>
              <Form<AnswerValues>
                form={answerForm}
                layout="vertical"
                disabled={saving}
                initialValues={{ publish: false, publicMessage: f.suggestedPublicMessage }}
                onFinish={(v) =>
                  void run(answerForm, ['answer', 'publicMessage'], () =>
                    feedbackApi.answer(f.id, {
                      version: f.version,
                      answer: v.answer,
                      publish: v.publish,
                      ...(v.publish ? { publicMessage: v.publicMessage ?? '' } : {}),
                    }),
                  )
                }
              >
                <Form.Item
                  name="answer"
                  label={t('feedback.answerText')}
                  rules={[{ required: true, whitespace: true, message: t('feedback.required') }]}
                >
                  <Input.TextArea rows={3} maxLength={4000} />
                </Form.Item>
                <Form.Item name="publish" valuePropName="checked">
                  <Checkbox>{t('feedback.publish')}</Checkbox>
                </Form.Item>
                {publish ? (
                  <Form.Item
                    name="publicMessage"
                    label={t('feedback.publicMessage')}
                    extra={t('feedback.publicMessageHint')}
                    rules={[
                      { required: true, whitespace: true, message: t('feedback.publicMessageRequired') },
                    ]}
                  >
                    <Input.TextArea rows={3} maxLength={2000} />
                  </Form.Item>
                ) : null}
                <Button type="primary" htmlType="submit" loading={saving}>
                  {t('feedback.answer')}
                </Button>
              </Form>
            </>
          ) : null}
          {f.abilities.close ? (
            <>
              <Divider titlePlacement="start">{t('feedback.close')}</Divider>
              <Form
                form={closeForm}
                layout="vertical"
                disabled={saving}
                onFinish={(v) =>
                  void run(closeForm, ['reason'], () =>
                    feedbackApi.close(f.id, { version: f.version, reason: v.reason }),
                  )
                }
              >
                <Form.Item
                  name="reason"
                  label={t('feedback.closeReason')}
                  extra={t('feedback.closeReasonHint')}
                  rules={[{ required: true, whitespace: true, message: t('feedback.required') }]}
                >
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
                <Button danger htmlType="submit" loading={saving}>
                  {t('feedback.close')}
                </Button>
              </Form>
            </>
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}
