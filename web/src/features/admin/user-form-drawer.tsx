import { App, Button, Drawer, Flex, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { usersApi } from '../../api/endpoints';
import { ALL_ROLES, type Role, type Unit, type User, type UserWithPassword } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { isVersionConflict, VersionConflictAlert } from '../common/version-conflict';
import { hasRoleConflict, needsUnit } from './roles';

interface Values {
  username: string;
  displayName: string;
  unitId?: string | null;
  roles: Role[];
  phone?: string;
  email?: string;
}

const FIELDS = ['username', 'displayName', 'unitId', 'roles', 'phone', 'email'] as const;

function toValues(user: User | null): Values {
  return user
    ? {
        username: user.username,
        displayName: user.displayName,
        unitId: user.unitId,
        roles: user.roles,
        phone: user.phone ?? '',
        email: user.email ?? '',
      }
    : { username: '', displayName: '', unitId: null, roles: [], phone: '', email: '' };
}

/** Create or edit a user. Creating returns the one-time password, which the caller shows once. */
export function UserFormDrawer({
  open,
  user,
  units,
  onClose,
  onReloaded,
  onCreated,
  onUpdated,
}: {
  open: boolean;
  user: User | null;
  units: readonly Unit[];
  onClose: () => void;
  /** Called after the latest version was fetched (the list behind is stale too). */
  onReloaded?: () => void;
  onCreated: (result: UserWithPassword) => void;
  onUpdated: (user: User) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [baseline, setBaseline] = useState<User | null>(user);
  const [conflict, setConflict] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setBaseline(user);
    setConflict(null);
    form.resetFields();
    form.setFieldsValue(toValues(user));
  }, [open, user, form]);

  const reloadLatest = async () => {
    if (!baseline) return;
    try {
      const { items } = await usersApi.list({ q: baseline.username, pageSize: 100 });
      const latest = items.find((u) => u.id === baseline.id);
      if (!latest) {
        message.error(t('error.notFound'));
        return;
      }
      setBaseline(latest);
      setConflict(null);
      form.setFieldsValue(toValues(latest));
      onReloaded?.();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  const onFinish = async (values: Values) => {
    setSaving(true);
    setConflict(null);
    const phone = values.phone?.trim() || null;
    const email = values.email?.trim() || null;
    const unitId = values.unitId || null;
    try {
      if (baseline) {
        const { user: saved } = await usersApi.update(baseline.id, {
          version: baseline.version,
          displayName: values.displayName.trim(),
          unitId,
          roles: values.roles,
          phone,
          email,
        });
        message.success(t('users.updated'));
        onUpdated(saved);
      } else {
        const result = await usersApi.create({
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          roles: values.roles,
          ...(unitId ? { unitId } : {}),
          ...(phone ? { phone } : {}),
          ...(email ? { email } : {}),
        });
        message.success(t('users.created'));
        onCreated(result);
      }
    } catch (e) {
      if (isVersionConflict(e)) {
        setConflict(e);
      } else if (
        !applyServerErrors(
          form,
          e,
          {
            ROLE_CONFLICT: t('users.roleConflict'),
            DUPLICATE:
              isApiError(e) && e.field === 'username' ? t('users.duplicateUsername') : errorMessage(t, e),
          },
          FIELDS,
        )
      ) {
        message.error(errorMessage(t, e));
      }
    } finally {
      setSaving(false);
    }
  };

  const unitOptions = units
    .filter((u) => u.active || u.id === baseline?.unitId)
    .map((u) => ({ value: u.id, label: u.name }));

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={baseline ? t('users.editTitle') : t('users.createTitle')}
      size={520}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {conflict ? <VersionConflictAlert error={conflict} onReload={() => void reloadLatest()} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={saving}
        initialValues={toValues(user)}
      >
        <Form.Item
          label={t('users.username')}
          name="username"
          extra={baseline ? undefined : t('users.usernameHint')}
          rules={
            baseline
              ? []
              : [
                  { required: true, message: t('common.required', { field: t('users.username') }) },
                  { pattern: /^[A-Za-z0-9._-]{3,32}$/, message: t('users.usernameInvalid') },
                ]
          }
        >
          <Input
            disabled={Boolean(baseline)}
            autoComplete="off"
            className="luoshi-mono"
            autoFocus={!baseline}
          />
        </Form.Item>
        <Form.Item
          label={t('users.displayName')}
          name="displayName"
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('users.displayName') }),
            },
            { max: 50 },
          ]}
        >
          <Input maxLength={50} autoFocus={Boolean(baseline)} />
        </Form.Item>
        <Form.Item
          label={t('users.roles')}
          name="roles"
          extra={t('users.rolesHint')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('common.requiredSelect', { field: t('users.roles') }),
            },
            {
              validator: (_, roles: Role[] | undefined) =>
                roles && hasRoleConflict(roles)
                  ? Promise.reject(new Error(t('users.roleConflict')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Select<Role[]>
            mode="multiple"
            // Typing 督查 finds 督查室工作人员: search the Chinese labels, not the internal codes.
            showSearch={{ optionFilterProp: 'label' }}
            options={ALL_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('users.unit')}
          name="unitId"
          dependencies={['roles']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, unitId: string | null | undefined) => {
                const roles = (getFieldValue('roles') as Role[] | undefined) ?? [];
                return needsUnit(roles) && !unitId
                  ? Promise.reject(new Error(t('users.unitRequiredForRole')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={unitOptions}
            placeholder={t('common.none')}
          />
        </Form.Item>
        <Form.Item
          label={t('users.phone')}
          name="phone"
          rules={[{ pattern: /^[0-9+\-() ]{5,20}$/, message: t('users.phoneInvalid') }]}
        >
          <Input inputMode="tel" autoComplete="off" maxLength={20} />
        </Form.Item>
        <Form.Item
          label={t('users.email')}
          name="email"
          rules={[{ type: 'email', message: t('users.emailInvalid') }]}
        >
          <Input inputMode="email" autoComplete="off" maxLength={100} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
