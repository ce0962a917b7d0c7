import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Spin, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Role } from '../api/types';
import { errorMessage } from '../features/common/errors';
import { PageTitle } from '../features/common/page-title';
import { RobotsSection } from '../features/settings/robots-section';
import { SETTING_GROUPS, type SettingField } from '../features/settings/setting-fields';
import { useT } from '../i18n/i18n';
import { useMe } from '../features/auth/session';

type Values = Record<string, unknown>;
const ALL_ROLES: Role[] = [
  'admin',
  'auditor',
  'security_officer',
  'supervisor',
  'leader',
  'unit_head',
  'unit_operator',
];

/**
 * 参数设置: the settings the server says this user may change (GET /settings/abilities) — the security
 * officer the password, lockout, session and TOTP policy; the administrator the business settings (三员分立).
 */
export function SettingsPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [editable, setEditable] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void Promise.all([
      api.get<Values>('/settings'),
      api.get<{ editableKeys: string[] }>('/settings/abilities'),
    ])
      .then(([values, abilities]) => {
        form.setFieldsValue(values);
        setEditable(abilities.editableKeys);
      })
      .catch((e: unknown) => setError(errorMessage(t, e)));
  }, [form, t]);

  const save = async () => {
    const changed = form.getFieldsValue(true, (meta) => meta?.touched === true) as Values;
    const patch = Object.fromEntries(Object.entries(changed).filter(([k]) => editable?.includes(k)));
    if (Object.keys(patch).length === 0) return;
    setSaving(true);
    setError(null);
    try {
      form.setFieldsValue(await api.patch<Values>('/settings', patch));
      void message.success('已保存');
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  const groups = SETTING_GROUPS.map((g) => ({
    ...g,
    fields: g.fields.filter((f) => editable?.includes(f.key)),
  })).filter((g) => g.fields.length > 0);
  const security = me.abilities.securitySettings;
  return (
    <>
      <PageTitle title={security ? '安全设置' : '参数设置'} />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {editable === null && !error ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="horizontal"
          labelCol={{ flex: '200px' }}
          labelWrap
          onFinish={() => void save()}
        >
          <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 720 }}>
            {groups.map((g) => (
              <Card key={g.title} title={g.title} size="small">
                {g.fields.map((f) => (
                  <Form.Item
                    key={f.key}
                    name={f.key}
                    label={f.label}
                    valuePropName={f.kind === 'boolean' ? 'checked' : 'value'}
                  >
                    {fieldInput(f, t)}
                  </Form.Item>
                ))}
              </Card>
            ))}
            <Button type="primary" htmlType="submit" loading={saving}>
              保存
            </Button>
          </Space>
        </Form>
      )}
      {me.abilities.manageRobots && (
        <div style={{ marginTop: 24 }}>
          <RobotsSection />
        </div>
      )}
    </>
  );
}

function fieldInput(f: SettingField, t: ReturnType<typeof useT>) {
  if (f.kind === 'boolean') return <Switch />;
  if (f.kind === 'url')
    return <Input placeholder="https://luoshi.example.gov.cn" style={{ maxWidth: 420 }} />;
  if (f.kind === 'period')
    return (
      <Select
        style={{ width: 160 }}
        options={[
          { value: 'month', label: '按月' },
          { value: 'quarter', label: '按季度' },
        ]}
      />
    );
  if (f.kind === 'roles')
    return (
      <Select
        mode="multiple"
        style={{ maxWidth: 420 }}
        options={ALL_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
      />
    );
  return <InputNumber min={f.min} max={f.max} addonAfter={f.unit} style={{ width: 200 }} />;
}
