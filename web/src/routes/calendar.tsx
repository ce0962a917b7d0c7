import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Popconfirm,
  Segmented,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { calendarDayKinds, type CalendarDayKind } from '../../../src/domain/vocabulary';
import { calendarApi, type Calendar, type CalendarDay } from '../api/calendar';
import { useMe } from '../features/auth/session';
import { errorMessage } from '../features/common/errors';
import { PageTitle } from '../features/common/page-title';
import { useT, type MessageKey } from '../i18n/i18n';

const KIND_COLORS: Record<CalendarDayKind, string> = { holiday: 'red', workday: 'blue', normal: 'default' };

interface DayForm {
  date: Dayjs;
  kind: CalendarDayKind;
  name?: string;
}

/**
 * 工作日历: the national holidays and 调休 days that ship with Luoshi, with the district's own entries laid
 * over them. Everyone may read it; the office (manageCalendar) sets and restores days.
 */
export function CalendarPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [calendar, setCalendar] = useState<Calendar | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<DayForm>();
  const canEdit = me.abilities.manageCalendar;

  const load = useCallback(() => {
    setError(null);
    calendarApi
      .get(year)
      .then(setCalendar)
      .catch((e: unknown) => setError(errorMessage(t, e)));
  }, [t, year]);
  useEffect(load, [load]);

  const kindLabel = (k: CalendarDayKind) => t(`calendar.kind.${k}` as MessageKey);
  const save = async (values: DayForm) => {
    const date = values.date.format('YYYY-MM-DD');
    const existing = calendar?.days.find((d) => d.date === date && d.origin === 'tenant');
    setSaving(true);
    try {
      await calendarApi.setDay(date, {
        kind: values.kind,
        name: values.name ?? '',
        ...(existing?.version ? { version: existing.version } : {}),
      });
      void message.success(t('calendar.saved'));
      form.resetFields();
      if (values.date.year() !== year) setYear(values.date.year());
      else load();
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };
  const remove = async (day: CalendarDay) => {
    try {
      await calendarApi.clearDay(day.date, day.version ?? 0);
      void message.success(t('calendar.removed'));
      load();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <>
      <PageTitle
        title={t('calendar.title')}
        extra={
          <Segmented
            value={year}
            onChange={(v) => setYear(v)}
            options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({
              value: y,
              label: t('calendar.year', { year: y }),
            }))}
          />
        }
      />
      <Typography.Paragraph type="secondary">{t('calendar.help')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
      {calendar && !calendar.national ? (
        <Alert
          type="warning"
          showIcon
          message={t('calendar.noNational', { year })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {calendar?.national && !calendar.national.official ? (
        <Alert
          type="warning"
          showIcon
          message={t('calendar.provisional', { year })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {canEdit ? (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form<DayForm>
            form={form}
            layout="inline"
            onFinish={(v) => void save(v)}
            initialValues={{ kind: 'holiday' }}
          >
            <Form.Item name="date" label={t('calendar.form.date')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="kind" label={t('calendar.form.kind')} rules={[{ required: true }]}>
              <Select
                style={{ width: 140 }}
                options={calendarDayKinds.map((k) => ({ value: k, label: kindLabel(k) }))}
              />
            </Form.Item>
            <Form.Item name="name">
              <Input placeholder={t('calendar.form.name')} maxLength={50} style={{ width: 200 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('calendar.form.submit')}
            </Button>
          </Form>
        </Card>
      ) : null}
      <Card
        size="small"
        title={
          <Flex gap={16} wrap>
            <span>{t('calendar.year', { year })}</span>
            {calendar ? (
              <Typography.Text type="secondary">
                {t('calendar.workingDays', { n: calendar.workingDays })}
              </Typography.Text>
            ) : null}
          </Flex>
        }
        extra={
          calendar?.national ? (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420 }}>
              {t('calendar.source', { source: calendar.national.source })}
            </Typography.Text>
          ) : null
        }
      >
        <Table<CalendarDay>
          rowKey="date"
          size="small"
          loading={!calendar && !error}
          dataSource={calendar?.days ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('calendar.empty') }}
          columns={[
            { title: t('calendar.col.date'), dataIndex: 'date', width: 120 },
            {
              title: t('calendar.col.weekday'),
              key: 'weekday',
              width: 80,
              render: (_, d) => t(`weekday.${new Date(`${d.date}T00:00:00Z`).getUTCDay()}` as MessageKey),
            },
            {
              title: t('calendar.col.kind'),
              dataIndex: 'kind',
              width: 120,
              render: (k: CalendarDayKind) => <Tag color={KIND_COLORS[k]}>{kindLabel(k)}</Tag>,
            },
            { title: t('calendar.col.name'), dataIndex: 'name', ellipsis: true },
            {
              title: t('calendar.col.origin'),
              key: 'origin',
              render: (_, d) => (
                <Flex gap={4} wrap>
                  <span>{t(`calendar.origin.${d.origin}` as MessageKey)}</span>
                  {d.replaces ? (
                    <Typography.Text type="secondary">
                      {t('calendar.replaces', { kind: kindLabel(d.replaces.kind) })}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            ...(canEdit
              ? [
                  {
                    title: t('calendar.col.actions'),
                    key: 'actions',
                    width: 100,
                    render: (_: unknown, d: CalendarDay) =>
                      d.origin === 'tenant' ? (
                        <Popconfirm title={t('calendar.removeConfirm')} onConfirm={() => void remove(d)}>
                          <Button size="small">{t('calendar.remove')}</Button>
                        </Popconfirm>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
