import { App, Button, DatePicker, Drawer, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { meetingsApi, type AgendaItem, type MeetingDetail } from '../../api/meetings';
import { unitsApi } from '../../api/endpoints';
import { useRequest } from '../../api/use-request';
import { applyServerErrors, errorMessage } from '../common/errors';
import { LeaderSelect, UnitSelect, UnitsSelect, useLeaders } from '../tasks/pickers';
import { useT } from '../../i18n/i18n';

interface Values {
  content: string;
  leadUnitId: string | null;
  leaderId: string | null;
  coUnitIds: string[];
  dueDate: Dayjs | null;
}

const FIELDS = ['content', 'leadUnitId', 'leaderId', 'coUnitIds', 'dueDate'];

/** 记录议定事项: what, the lead unit and leader, the cooperating units, the due date (not before the meeting). */
export function DecisionDrawer({
  meeting,
  item,
  open,
  onClose,
  onSaved,
}: {
  meeting: MeetingDetail;
  item: AgendaItem | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const units = useRequest((signal) => unitsApi.list({}, signal), []);
  const { leaders } = useLeaders(open);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      await meetingsApi.decide(meeting.id, {
        itemId: item?.id ?? null,
        content: values.content,
        leadUnitId: values.leadUnitId ?? '',
        leaderId: values.leaderId ?? null,
        coUnitIds: values.coUnitIds ?? [],
        dueDate: values.dueDate ? values.dueDate.format('YYYY-MM-DD') : '',
      });
      message.success(t('meetings.decided'));
      form.resetFields();
      onSaved();
    } catch (e) {
      if (!applyServerErrors(form, e, {}, FIELDS)) message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={item ? `${t('meetings.decide')}：${item.title}` : t('meetings.decide')}
      size={640}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        data-testid="decision-form"
      >
        <Form.Item
          name="content"
          label={t('meetings.decision.content')}
          rules={[{ required: true, max: 2000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="leadUnitId" label={t('meetings.decision.leadUnit')} rules={[{ required: true }]}>
          <UnitSelect units={units.data?.items ?? []} data-testid="decision-lead-unit" />
        </Form.Item>
        <Form.Item name="leaderId" label={t('meetings.decision.leader')}>
          <LeaderSelect leaders={leaders} />
        </Form.Item>
        <Form.Item name="coUnitIds" label={t('meetings.decision.coUnits')}>
          <UnitsSelect units={units.data?.items ?? []} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('meetings.decision.dueDate')} rules={[{ required: true }]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.isBefore(dayjs(meeting.heldOn), 'day')}
            data-testid="decision-due"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('meetings.decision.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
