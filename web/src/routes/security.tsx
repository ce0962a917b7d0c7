import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { authApi } from '../api/endpoints';
import { securityApi } from '../api/security';
import { useMe, useSession } from '../features/auth/session';
import { normaliseCode, TotpEnrolment } from '../features/auth/totp-enrolment';
import { errorMessage } from '../features/common/errors';
import { PageTitle } from '../features/common/page-title';
import { useT } from '../i18n/i18n';

/** 账号安全: the user's own second factor — turn it on (enrol) or off (when the role allows). */
export function SecurityPage() {
  const t = useT();
  const me = useMe();
  const { setMe } = useSession();
  const { message } = App.useApp();
  const [enrolling, setEnrolling] = useState(false);
  const [disabling, setDisabling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ password: string; code: string }>();

  const disable = async (values: { password: string; code: string }) => {
    setError(null);
    try {
      const { user } = await securityApi.disable(values.password, normaliseCode(values.code));
      setMe(user);
      setDisabling(false);
      form.resetFields();
      void message.success(t('security.disabled'));
    } catch (e) {
      if (isApiError(e) && e.code === 'TOTP_REQUIRED_BY_ROLE') setError(t('security.requiredByRole'));
      else if (isApiError(e) && e.code === 'INVALID_TOTP_CODE') setError(t('security.wrongCode'));
      else setError(errorMessage(t, e));
    }
  };

  return (
    <>
      <PageTitle title={t('security.title')} />
      <Card title={t('security.totpTitle')}>
        <Descriptions column={1} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('security.status')}>
            {me.totpEnabled ? (
              <Tag color="green">{t('security.totpOn')}</Tag>
            ) : (
              <Tag>{t('security.totpOff')}</Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary">
          {me.totpEnabled ? t('security.totpOnDesc') : t('security.totpOffDesc')}
        </Typography.Paragraph>
        {me.totpEnabled && me.totpRequired ? (
          <Alert type="info" showIcon title={t('security.requiredByRole')} />
        ) : me.totpEnabled ? (
          <Button danger onClick={() => setDisabling(true)}>
            {t('security.disable')}
          </Button>
        ) : enrolling ? (
          <TotpEnrolment
            onDone={() => {
              setEnrolling(false);
              void authApi.me().then(setMe);
            }}
          />
        ) : (
          <Button type="primary" onClick={() => setEnrolling(true)}>
            {t('security.enable')}
          </Button>
        )}
      </Card>
      <Modal
        open={disabling}
        title={t('security.disableTitle')}
        okText={t('security.disable')}
        okButtonProps={{ danger: true }}
        onOk={() => form.submit()}
        onCancel={() => {
          setDisabling(false);
          setError(null);
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('security.disableDesc')}</Typography.Paragraph>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void disable(v)}
          requiredMark={false}
          name="totp-disable"
        >
          <Form.Item
            label={t('security.password')}
            name="password"
            rules={[{ required: true, message: t('security.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label={t('security.code')}
            name="code"
            rules={[{ required: true, message: t('security.codeRequired') }]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={7} style={{ maxWidth: 200 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
