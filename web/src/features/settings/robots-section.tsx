import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { robotKinds, type RobotKind } from '../../../../src/domain/robots/vendors';
import { robotsApi, type Robot, type RobotList, type RobotTestResult } from '../../api/robots';
import { useT } from '../../i18n/i18n';
import { useAllUnits } from '../admin/use-all-units';
import { errorMessage } from '../common/errors';

interface RobotForm {
  kind: RobotKind;
  name: string;
  unitId?: string | null;
  address?: string;
  secret?: string;
  enabled: boolean;
}

const OUTCOME_COLORS = { sent: 'green', retry: 'orange', failed: 'red' } as const;

/**
 * 群机器人: the robots notices go to, with what each last answered and what waits or failed; add, change,
 * test-send (the vendor's answer is shown as it came). The address and secret are never shown back: the
 * server sends the address masked and whether a secret is set.
 */
export function RobotsSection() {
  const t = useT();
  const { message } = App.useApp();
  const { units } = useAllUnits();
  const [list, setList] = useState<RobotList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Robot | 'new' | null>(null);
  const [saving, setSaving] = useState(false);
  const [testing, setTesting] = useState<string | null>(null);
  const [result, setResult] = useState<{ robot: string; result: RobotTestResult } | null>(null);
  const [form] = Form.useForm<RobotForm>();

  const load = useCallback(() => {
    robotsApi
      .list()
      .then(setList)
      .catch((e: unknown) => setError(errorMessage(t, e)));
  }, [t]);
  useEffect(load, [load]);

  const open = (robot: Robot | 'new') => {
    setEditing(robot);
    form.resetFields();
    form.setFieldsValue(
      robot === 'new'
        ? { kind: 'dingtalk', enabled: true, unitId: null }
        : { kind: robot.kind, name: robot.name, unitId: robot.unitId, enabled: robot.enabled },
    );
  };

  const save = async (values: RobotForm) => {
    setSaving(true);
    setError(null);
    try {
      const secret = values.secret?.trim() ? values.secret.trim() : undefined;
      const address = values.address?.trim() ? values.address.trim() : undefined;
      if (editing === 'new')
        await robotsApi.create({
          kind: values.kind,
          name: values.name,
          unitId: values.unitId ?? null,
          address: address ?? '',
          secret,
          enabled: values.enabled,
        });
      else if (editing)
        await robotsApi.update(editing.id, {
          name: values.name,
          unitId: values.unitId ?? null,
          address,
          secret,
          enabled: values.enabled,
          version: editing.version,
        });
      setEditing(null);
      void message.success(t('robots.saved'));
      load();
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  const testSend = async (robot: Robot) => {
    setTesting(robot.id);
    setError(null);
    try {
      setResult({ robot: robot.name, result: await robotsApi.testSend(robot.id) });
      load();
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setTesting(null);
    }
  };

  const kind = Form.useWatch('kind', form);
  return (
    <Card
      title={t('robots.title')}
      size="small"
      extra={
        list?.abilities.create ? (
          <Button type="primary" onClick={() => open('new')}>
            {t('robots.add')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('robots.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Table<Robot>
        rowKey="id"
        size="small"
        loading={list === null && !error}
        dataSource={list?.robots ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('robots.none') }}
        columns={[
          { title: t('robots.col.name'), dataIndex: 'name' },
          { title: t('robots.col.kind'), dataIndex: 'kind', render: (k: RobotKind) => t(`robots.kind.${k}`) },
          {
            title: t('robots.col.scope'),
            render: (_, r) => r.unitName ?? t('robots.scope.district'),
          },
          {
            title: t('robots.col.address'),
            dataIndex: 'addressMasked',
            render: (a: string) => (
              <Typography.Text
                code
                style={{ maxWidth: 260, display: 'inline-block' }}
                ellipsis={{ tooltip: a }}
              >
                {a}
              </Typography.Text>
            ),
          },
          {
            title: t('robots.col.secret'),
            render: (_, r) => (r.secretSet ? t('robots.secret.set') : t('robots.secret.none')),
          },
          {
            title: t('robots.col.status'),
            render: (_, r) => (
              <Tag color={r.enabled ? 'blue' : 'default'}>
                {r.enabled ? t('robots.enabled') : t('robots.disabled')}
              </Tag>
            ),
          },
          {
            title: t('robots.col.last'),
            render: (_, r) =>
              r.lastResult ? (
                <Flex vertical gap={2} style={{ maxWidth: 280 }}>
                  <span>
                    <Tag color={OUTCOME_COLORS[r.lastResult.outcome]}>
                      {t(`robots.outcome.${r.lastResult.outcome}`)}
                    </Tag>
                    {r.lastResult.at.slice(0, 16).replace('T', ' ')}
                  </span>
                  {r.lastResult.outcome !== 'sent' && (
                    <Typography.Text type="danger">{r.lastResult.reason}</Typography.Text>
                  )}
                </Flex>
              ) : (
                '—'
              ),
          },
          {
            title: t('robots.col.queue'),
            render: (_, r) => (
              <Flex vertical gap={2} style={{ maxWidth: 240 }}>
                <span>
                  {r.pending} /{' '}
                  {r.failed > 0 ? <Typography.Text type="danger">{r.failed}</Typography.Text> : 0}
                </span>
                {r.lastFailure && (
                  <Typography.Text type="danger">
                    {t('robots.lastFailure', { reason: r.lastFailure })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            title: t('robots.col.actions'),
            render: (_, r) => (
              <Flex gap={8}>
                {r.abilities.edit && (
                  <Button size="small" onClick={() => open(r)}>
                    {t('robots.edit')}
                  </Button>
                )}
                {r.abilities.testSend && (
                  <Button size="small" loading={testing === r.id} onClick={() => void testSend(r)}>
                    {t('robots.testSend')}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <Drawer
        open={editing !== null}
        title={editing === 'new' ? t('robots.add') : t('robots.edit')}
        onClose={() => setEditing(null)}
        width={480}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Form.Item name="kind" label={t('robots.form.kind')} rules={[{ required: true }]}>
            <Select
              disabled={editing !== 'new'}
              options={robotKinds.map((k) => ({ value: k, label: t(`robots.kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="name" label={t('robots.form.name')} rules={[{ required: true, max: 50 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="unitId" label={t('robots.form.unit')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('robots.form.unitPlaceholder')}
              options={units.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          <Form.Item
            name="address"
            label={t('robots.form.address')}
            rules={editing === 'new' ? [{ required: true }] : []}
          >
            <Input
              placeholder={
                editing !== 'new' && editing
                  ? t('robots.form.addressKeep')
                  : 'https://oapi.dingtalk.com/robot/send?access_token=…'
              }
            />
          </Form.Item>
          {kind !== 'wecom' && (
            <Form.Item name="secret" label={t('robots.form.secret')} extra={t('robots.form.secretHelp')}>
              <Input.Password
                autoComplete="new-password"
                placeholder={editing !== 'new' && editing?.secretSet ? t('robots.secret.set') : ''}
              />
            </Form.Item>
          )}
          <Form.Item name="enabled" label={t('robots.form.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('robots.save')}
          </Button>
        </Form>
      </Drawer>
      <Modal
        open={result !== null}
        title={`${t('robots.test.title')}：${result?.robot ?? ''}`}
        onCancel={() => setResult(null)}
        footer={null}
      >
        {result && (
          <Flex vertical gap={8}>
            <Alert
              type={result.result.outcome === 'sent' ? 'success' : 'error'}
              showIcon
              message={`${t(`robots.outcome.${result.result.outcome}`)}：${result.result.reason}`}
            />
            <span>{t('robots.test.status', { status: result.result.httpStatus })}</span>
            <span>{t('robots.test.answer')}</span>
            <Typography.Paragraph code copyable style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {result.result.answer}
            </Typography.Paragraph>
          </Flex>
        )}
      </Modal>
    </Card>
  );
}
