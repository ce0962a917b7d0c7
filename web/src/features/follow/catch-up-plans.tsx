import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Space,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { catchUpPlansApi, type CatchUpPlan, type CatchUpPlanList } from '../../api/catch-up-plans';
import type { CatchUpPlanStatus } from '../../../../src/domain/vocabulary';
import { useT, type MessageKey } from '../../i18n/i18n';
import { isApiError } from '../../api/client';
import { errorMessage } from '../common/errors';

const STATUS_COLORS: Record<CatchUpPlanStatus, string> = {
  required: 'orange',
  submitted: 'blue',
  approved: 'green',
  returned: 'red',
};

interface PlanForm {
  cause: string;
  measures: string;
  milestones: Array<{ title: string; dueDate: Dayjs }>;
}

/** 赶超措施 on the task page: the plans, the lead unit's form, the office's approve and return. */
export function CatchUpPlansCard({ taskId }: { taskId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [data, setData] = useState<CatchUpPlanList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hidden, setHidden] = useState(false);
  const [writing, setWriting] = useState(false);
  const [returning, setReturning] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [form] = Form.useForm<PlanForm>();
  const load = useCallback(() => {
    catchUpPlansApi
      .list(taskId)
      .then(setData)
      // A section that reads the task through its sub-task (issue 15) is not asked for plans: no card.
      .catch((e: unknown) =>
        isApiError(e) && e.status === 404 ? setHidden(true) : setError(errorMessage(t, e)),
      );
  }, [taskId, t]);
  useEffect(load, [load]);

  const owed = data?.items.find((p) => p.status === 'required' || p.status === 'returned');
  const send = async (v: PlanForm) => {
    try {
      await catchUpPlansApi.submit(taskId, {
        cause: v.cause,
        measures: v.measures,
        milestones: v.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate.format('YYYY-MM-DD') })),
        ...(owed ? { version: owed.version } : {}),
      });
      void message.success(t('catchUp.sent'));
      setWriting(false);
      form.resetFields();
      load();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };
  const review = async (plan: CatchUpPlan, decision: 'approve' | 'return') => {
    try {
      await catchUpPlansApi.review(plan.id, { decision, comment, version: plan.version });
      setReturning(null);
      setComment('');
      load();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  if (hidden) return null;
  return (
    <Card
      title={t('catchUp.title')}
      loading={!data && !error}
      extra={
        data?.abilities.submit && !writing ? (
          <Button size="small" type="primary" onClick={() => setWriting(true)}>
            {t('catchUp.write')}
          </Button>
        ) : null
      }
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      {data?.owedDueBy ? (
        <Alert
          type="warning"
          showIcon
          message={t('catchUp.owed', { date: data.owedDueBy })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {writing ? (
        <Form<PlanForm>
          form={form}
          layout="vertical"
          name="catch-up-plan"
          initialValues={{ milestones: [{ title: '' }] }}
          onFinish={(v) => void send(v)}
        >
          <Form.Item name="cause" label={t('catchUp.cause')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Form.Item>
          <Form.Item
            name="measures"
            label={t('catchUp.measures')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} />
          </Form.Item>
          <Form.List name="milestones">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'title']} rules={[{ required: true, whitespace: true }]}>
                      <Input placeholder={t('catchUp.milestone')} maxLength={200} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'dueDate']} rules={[{ required: true }]}>
                      <DatePicker placeholder={t('catchUp.milestoneDate')} />
                    </Form.Item>
                    {fields.length > 1 ? (
                      <Button onClick={() => remove(f.name)}>{t('catchUp.remove')}</Button>
                    ) : null}
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ title: '' })} style={{ marginBottom: 12 }}>
                  {t('catchUp.addMilestone')}
                </Button>
              </>
            )}
          </Form.List>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => setWriting(false)}>{t('catchUp.cancel')}</Button>
            <Button type="primary" htmlType="submit">
              {t('catchUp.send')}
            </Button>
          </Flex>
        </Form>
      ) : null}
      {data && data.items.length === 0 && !writing ? <Empty description={t('catchUp.empty')} /> : null}
      <List
        dataSource={data?.items ?? []}
        renderItem={(plan) => (
          <List.Item key={plan.id} className="luoshi-catch-up-plan">
            <Flex vertical gap={8} style={{ width: '100%' }}>
              <Flex gap={8} wrap align="center">
                <Tag color={STATUS_COLORS[plan.status]}>
                  {t(`catchUp.status.${plan.status}` as MessageKey)}
                </Tag>
                {plan.overdue ? <Tag color="red">{t('catchUp.overdue')}</Tag> : null}
                <span>{t('catchUp.due', { date: plan.dueDate })}</span>
              </Flex>
              {plan.cause ? (
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label={t('catchUp.cause')}>{plan.cause}</Descriptions.Item>
                  <Descriptions.Item label={t('catchUp.measures')}>{plan.measures}</Descriptions.Item>
                  <Descriptions.Item label={t('catchUp.milestones')}>
                    {plan.milestones.map((m) => `${m.dueDate} ${m.title}`).join('；')}
                  </Descriptions.Item>
                  {plan.reviewComment ? (
                    <Descriptions.Item label={t('catchUp.comment')}>{plan.reviewComment}</Descriptions.Item>
                  ) : null}
                </Descriptions>
              ) : null}
              {plan.abilities.review ? (
                returning === plan.id ? (
                  <Flex gap={8} wrap>
                    <Input
                      value={comment}
                      onChange={(e) => setComment(e.target.value)}
                      placeholder={t('catchUp.returnComment')}
                      style={{ maxWidth: 360 }}
                    />
                    <Button danger disabled={!comment.trim()} onClick={() => void review(plan, 'return')}>
                      {t('catchUp.confirmReturn')}
                    </Button>
                  </Flex>
                ) : (
                  <Flex gap={8}>
                    <Button type="primary" onClick={() => void review(plan, 'approve')}>
                      {t('catchUp.approve')}
                    </Button>
                    <Button onClick={() => setReturning(plan.id)}>{t('catchUp.return')}</Button>
                  </Flex>
                )
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
