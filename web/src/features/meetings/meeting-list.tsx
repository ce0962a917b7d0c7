import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Empty, Form, Input, Modal, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { meetingsApi, type Meeting } from '../../api/meetings';
import { useRequest } from '../../api/use-request';
import { useT, type MessageKey } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { PageTitle } from '../common/page-title';

interface Values {
  title: string;
  heldOn: Dayjs | null;
  location?: string;
  chair?: string;
  attendees?: string;
}

/** The next Saturday (周六例会), or today when it is Saturday. */
function nextSaturday(): Dayjs {
  const today = dayjs();
  return today.add((6 - today.day() + 7) % 7, 'day');
}

/** 项目例会: the meetings, newest first; the office creates one. */
export function MeetingList() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, error, loading } = useRequest((signal) => meetingsApi.list(signal), []);
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<Values>();

  const create = async (v: Values) => {
    setSaving(true);
    try {
      const created = await meetingsApi.create({
        title: v.title,
        heldOn: v.heldOn ? v.heldOn.format('YYYY-MM-DD') : '',
        location: v.location ?? '',
        chair: v.chair ?? '',
        attendees: (v.attendees ?? '')
          .split(/\n/)
          .map((s) => s.trim())
          .filter(Boolean),
      });
      message.success(t('meetings.created'));
      navigate(`/meetings/${created.id}`);
    } catch (e) {
      if (!applyServerErrors(form, e)) message.error(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div>
      <PageTitle
        title={t('meetings.title')}
        extra={
          data?.abilities.create ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('meetings.new')}
            </Button>
          ) : null
        }
      />
      {error ? <Alert type="error" showIcon title={errorMessage(t, error)} /> : null}
      <Table<Meeting>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('meetings.empty')} /> }}
        columns={[
          { key: 'heldOn', title: t('meetings.col.heldOn'), dataIndex: 'heldOn', width: 120 },
          {
            key: 'title',
            title: t('meetings.col.title'),
            ellipsis: true,
            render: (_, m) => <Link to={`/meetings/${m.id}`}>{m.title}</Link>,
          },
          {
            key: 'status',
            title: t('meetings.col.status'),
            width: 110,
            render: (_, m) => (
              <Tag color={m.status === 'preparing' ? 'blue' : 'green'}>
                {t(`meetings.status.${m.status}` as MessageKey)}
              </Tag>
            ),
          },
          {
            key: 'items',
            title: t('meetings.col.items'),
            dataIndex: 'itemCount',
            width: 90,
            responsive: ['md'],
          },
          {
            key: 'decisions',
            title: t('meetings.col.decisions'),
            dataIndex: 'decisionCount',
            width: 100,
            responsive: ['md'],
          },
        ]}
      />
      <Modal
        open={open}
        title={t('meetings.new')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('meetings.form.submit')}
        confirmLoading={saving}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ heldOn: nextSaturday() }}
          onFinish={(v) => void create(v)}
          data-testid="meeting-form"
        >
          <Form.Item name="title" label={t('meetings.form.title')} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="heldOn" label={t('meetings.form.heldOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="location" label={t('meetings.form.location')} rules={[{ max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="chair" label={t('meetings.form.chair')} rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="attendees" label={t('meetings.form.attendees')}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
