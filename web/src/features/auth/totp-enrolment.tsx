import { PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { securityApi, type TotpSetup } from '../../api/security';
import { useT } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';

/** Six digits, as typed: spaces dropped. */
export const normaliseCode = (value: string) => value.replace(/\s+/g, '');

/**
 * 绑定动态验证码: a new secret as a QR code (and as text), a first code to prove the phone has it, then the
 * ten recovery codes, shown once with a print button. onDone runs after the user has kept them.
 */
export function TotpEnrolment({ onDone }: { onDone: () => void }) {
  const t = useT();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ code: string }>();

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      setSetup(await securityApi.setup());
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      setCodes((await securityApi.enable(normaliseCode(code))).recoveryCodes);
    } catch (e) {
      setError(
        isApiError(e) && e.code === 'INVALID_TOTP_CODE' ? t('security.wrongCode') : errorMessage(t, e),
      );
      form.setFieldValue('code', '');
    } finally {
      setBusy(false);
    }
  };

  if (codes) {
    return (
      <div className="luoshi-recovery-codes">
        <Typography.Title level={5}>{t('security.recoveryTitle')}</Typography.Title>
        <Alert type="warning" showIcon title={t('security.recoveryDesc')} style={{ marginBottom: 16 }} />
        <ol
          aria-label={t('security.recoveryTitle')}
          style={{
            columns: 2,
            fontFamily: 'ui-monospace, Consolas, monospace',
            fontSize: 16,
            lineHeight: 2,
            paddingLeft: 28,
          }}
        >
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
        <Flex gap={8} wrap>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('security.print')}
          </Button>
          <Button type="primary" onClick={onDone}>
            {t('security.saved')}
          </Button>
        </Flex>
      </div>
    );
  }

  if (!setup) {
    return (
      <>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={busy}
          onClick={() => void start()}
        >
          {t('security.start')}
        </Button>
      </>
    );
  }

  return (
    <Flex gap={32} wrap align="flex-start">
      <div style={{ flex: '0 0 240px' }}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('security.step1')}
        </Typography.Title>
        <img
          src={setup.qrDataUrl}
          alt={t('security.qrAlt')}
          width={240}
          height={240}
          style={{ border: '1px solid #e5e7eb', borderRadius: 4 }}
        />
      </div>
      <div style={{ flex: '1 1 280px', minWidth: 0 }}>
        <Typography.Paragraph type="secondary">{t('security.step1Desc')}</Typography.Paragraph>
        <Typography.Text type="secondary">{t('security.secretLabel')}</Typography.Text>
        <Typography.Paragraph
          className="luoshi-totp-secret"
          copyable={{ text: setup.secret }}
          style={{ fontFamily: 'ui-monospace, Consolas, monospace', fontSize: 15, wordBreak: 'break-all' }}
        >
          {setup.secret.replace(/(.{4})/g, '$1 ').trim()}
        </Typography.Paragraph>
        <Typography.Title level={5}>{t('security.step2')}</Typography.Title>
        {error ? (
          <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />
        ) : null}
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void confirm(v)}
          requiredMark={false}
          disabled={busy}
          name="totp-enrol"
        >
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
              maxLength={7}
              size="large"
              style={{ maxWidth: 200, letterSpacing: 4 }}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('security.enrolConfirm')}
          </Button>
        </Form>
      </div>
    </Flex>
  );
}
