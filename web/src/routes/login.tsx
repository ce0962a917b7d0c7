import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/client';
import { AuthFrame } from '../features/auth/auth-frame';
import { useSession } from '../features/auth/session';
import { errorMessage } from '../features/common/errors';
import { formatDateTime } from '../features/common/format';
import { useT } from '../i18n/i18n';
import { securityApi } from '../api/security';
import type { Me } from '../api/types';
import { normaliseCode } from '../features/auth/totp-enrolment';

interface LoginValues {
  username: string;
  password: string;
}

/** Only same-site paths are followed after login. */
function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

/** 登录: username and password; a user who must change the password goes to that page. */
export function LoginPage() {
  const t = useT();
  const { me, status, login } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<LoginValues>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const next = safeNext(params.get('next'));

  if (status === 'authenticated' && me && !submitting && !me.mfaPending) {
    return <Navigate to={me.mustChangePassword ? '/password' : next} replace />;
  }
  // The password was right; the second factor is owed.
  if (status === 'authenticated' && me?.mfaPending) {
    return (
      <AuthFrame>
        <SecondFactorCard
          onDone={(user) => navigate(user.mustChangePassword ? '/password' : next, { replace: true })}
        />
      </AuthFrame>
    );
  }

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      const user = await login(values.username.trim(), values.password);
      if (!user.mfaPending) navigate(user.mustChangePassword ? '/password' : next, { replace: true });
    } catch (e) {
      if (isApiError(e) && e.status === 401) {
        setError(t('login.invalidCredentials'));
      } else if (isApiError(e) && e.status === 423) {
        const until = e.details['lockedUntil'];
        setError(
          typeof until === 'string' && formatDateTime(until)
            ? t('login.locked', { time: formatDateTime(until) })
            : t('login.lockedNoTime'),
        );
      } else if (isApiError(e) && e.code === 'ACCOUNT_DISABLED') {
        setError(t('login.disabled'));
      } else {
        setError(errorMessage(t, e));
      }
      form.setFieldValue('password', '');
      form.getFieldInstance('password')?.focus?.();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthFrame>
      <Card
        style={{ width: '100%', maxWidth: 400 }}
        title={<span style={{ fontSize: 18 }}>{t('login.title')}</span>}
      >
        {params.get('expired') === '1' && !error ? (
          <Alert type="info" showIcon title={t('login.sessionExpired')} style={{ marginBottom: 16 }} />
        ) : null}
        {error ? (
          <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
        ) : null}
        <Form<LoginValues>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          requiredMark={false}
          disabled={submitting}
        >
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          {t('login.hint')}
        </Typography.Paragraph>
      </Card>
    </AuthFrame>
  );
}

/** 输入动态验证码: the second step of a login, with a recovery code as the way out of a lost phone. */
function SecondFactorCard({ onDone }: { onDone: (user: Me) => void }) {
  const t = useT();
  const { setMe, logout } = useSession();
  const [useRecovery, setUseRecovery] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ code?: string; recoveryCode?: string }>();

  const onFinish = async (values: { code?: string; recoveryCode?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const body = useRecovery
        ? { recoveryCode: (values.recoveryCode ?? '').trim() }
        : { code: normaliseCode(values.code ?? '') };
      const { user } = await securityApi.verify(body);
      setMe(user);
      onDone(user);
    } catch (e) {
      if (isApiError(e) && e.code === 'INVALID_TOTP_CODE') setError(t('security.wrongCode'));
      else if (isApiError(e) && e.status === 423) {
        await logout();
        return;
      } else setError(errorMessage(t, e));
      form.resetFields();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      style={{ width: '100%', maxWidth: 400 }}
      title={<span style={{ fontSize: 18 }}>{t('login.mfaTitle')}</span>}
    >
      <Typography.Paragraph>
        {useRecovery ? t('login.recoveryDesc') : t('login.mfaDesc')}
      </Typography.Paragraph>
      {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        requiredMark={false}
        disabled={busy}
        name="login-mfa"
      >
        {useRecovery ? (
          <Form.Item
            label={t('security.recoveryCode')}
            name="recoveryCode"
            rules={[{ required: true, whitespace: true, message: t('security.recoveryCodeRequired') }]}
          >
            <Input
              autoComplete="off"
              autoFocus
              size="large"
              style={{ fontFamily: 'ui-monospace, Consolas, monospace' }}
            />
          </Form.Item>
        ) : (
          <Form.Item
            label={t('security.code')}
            name="code"
            rules={[
              { required: true, message: t('security.codeRequired') },
              { pattern: /^\s*\d{3}\s*\d{3}\s*$/, message: t('security.codeFormat') },
            ]}
          >
            <Input
              inputMode="numeric"
              autoComplete="one-time-code"
              autoFocus
              maxLength={7}
              size="large"
              style={{ letterSpacing: 6, fontSize: 20 }}
            />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('login.mfaVerify')}
        </Button>
      </Form>
      <Flex vertical align="flex-start" style={{ marginTop: 12 }}>
        <Button
          type="link"
          style={{ paddingInline: 0 }}
          onClick={() => {
            setUseRecovery((v) => !v);
            setError(null);
            form.resetFields();
          }}
        >
          {useRecovery ? t('login.useCode') : t('login.useRecovery')}
        </Button>
        <Button type="link" style={{ paddingInline: 0 }} onClick={() => void logout()}>
          {t('login.mfaCancel')}
        </Button>
      </Flex>
    </Card>
  );
}
