import { CheckCircleFilled, CloseCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import type { Me } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';
import { authApi } from '../../api/endpoints';
import { checkPassword, PASSWORD_MIN_CLASSES } from './password-policy';

interface Values {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

function Rule({ ok, label }: { ok: boolean | null; label: string }) {
  const icon =
    ok === null ? (
      <InfoCircleOutlined style={{ color: '#595959' }} />
    ) : ok ? (
      <CheckCircleFilled style={{ color: '#389e0d' }} />
    ) : (
      <CloseCircleOutlined style={{ color: '#cf1322' }} />
    );
  return (
    <li style={{ display: 'flex', gap: 8, alignItems: 'baseline', marginBottom: 4 }}>
      {icon}
      <span>{label}</span>
    </li>
  );
}

/** Old, new and confirm; the policy is checked as the user types, the server's verdict lands beside the field. */
export function ChangePasswordForm({ onChanged }: { onChanged: (me: Me) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const check = checkPassword(newPassword);
  const typed = newPassword.length > 0;

  const onFinish = async (values: Values) => {
    setSubmitting(true);
    try {
      const { user } = await authApi.changePassword(values.oldPassword, values.newPassword);
      message.success(t('password.success'));
      form.resetFields();
      onChanged(user);
    } catch (e) {
      if (isApiError(e) && (e.code === 'INVALID_CREDENTIALS' || e.code === 'WRONG_PASSWORD')) {
        form.setFields([{ name: 'oldPassword', errors: [t('password.wrongOld')] }]);
      } else if (isApiError(e) && e.code === 'PASSWORD_REUSED') {
        form.setFields([{ name: 'newPassword', errors: [e.message || t('password.reused')] }]);
      } else if (isApiError(e) && e.code === 'WEAK_PASSWORD') {
        form.setFields([{ name: 'newPassword', errors: [e.message || t('password.weak')] }]);
      } else if (isApiError(e) && e.status === 422 && e.fieldErrors.length > 0) {
        form.setFields(
          e.fieldErrors.map((f) => ({
            name: f.path === 'oldPassword' ? ('oldPassword' as const) : ('newPassword' as const),
            errors: [f.message],
          })),
        );
      } else {
        message.error(errorMessage(t, e));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        style={{ flex: '1 1 320px', maxWidth: 420 }}
        disabled={submitting}
      >
        <Form.Item
          label={t('password.old')}
          name="oldPassword"
          rules={[{ required: true, message: t('password.oldRequired') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          label={t('password.new')}
          name="newPassword"
          dependencies={['oldPassword']}
          rules={[
            { required: true, message: t('password.newRequired') },
            {
              validator: (_, value: string | undefined) =>
                !value || checkPassword(value).isValid
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.tooWeak'))),
            },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                value && value === getFieldValue('oldPassword')
                  ? Promise.reject(new Error(t('password.sameAsOld')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" aria-describedby="password-policy" />
        </Form.Item>
        <Form.Item
          label={t('password.confirm')}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('password.submit')}
        </Button>
      </Form>
      <Card
        size="small"
        style={{ flex: '1 1 260px', maxWidth: 360 }}
        title={t('password.policyTitle')}
        id="password-policy"
      >
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-live="polite">
          <Rule ok={typed ? check.length : null} label={t('password.rule.length')} />
          <Rule
            ok={typed ? check.classes >= PASSWORD_MIN_CLASSES : null}
            label={t('password.rule.classes')}
          />
          <li style={{ paddingInlineStart: 22, marginBottom: 4 }}>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {[
                [check.upper, t('password.rule.upper')],
                [check.lower, t('password.rule.lower')],
                [check.digit, t('password.rule.digit')],
                [check.symbol, t('password.rule.symbol')],
              ]
                .map(([ok, label]) => `${typed && ok ? '✓' : '·'} ${String(label)}`)
                .join('　')}
            </Typography.Text>
          </li>
          <Rule ok={null} label={t('password.rule.history')} />
        </ul>
      </Card>
    </div>
  );
}
