import { App, Button, Flex, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { blockersApi, type BlockerDetail } from '../../api/blockers';
import { useT, type MessageKey } from '../../i18n/i18n';
import { errorMessage } from '../common/errors';

type TextAction = 'escalate' | 'resolve' | 'reject' | 'close';
const PROMPTS: Record<TextAction, MessageKey> = {
  escalate: 'blocker.escalateReason',
  resolve: 'blocker.resolvePrompt',
  reject: 'blocker.rejectReason',
  close: 'blocker.closeReasonPrompt',
};

/** The buttons the blocker's abilities allow; the ones that need words open a dialog asking for them. */
export function BlockerActions({
  blocker,
  onDone,
}: {
  blocker: BlockerDetail;
  onDone: (b: BlockerDetail) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState<TextAction | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const a = blocker.abilities;
  const version = blocker.version;

  const run = async (call: () => Promise<BlockerDetail>) => {
    setBusy(true);
    try {
      const next = await call();
      void message.success(t('blocker.done'));
      setOpen(null);
      setText('');
      onDone(next);
    } catch (e) {
      void message.error(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  const submit = () => {
    const words = text.trim();
    if (!open || !words) return;
    const id = blocker.id;
    void run(() =>
      open === 'resolve'
        ? blockersApi.resolve(id, { resolution: words, version })
        : blockersApi[open](id, { reason: words, version }),
    );
  };

  const button = (action: TextAction, primary = false, danger = false) =>
    a[action] ? (
      <Button
        key={action}
        type={primary ? 'primary' : 'default'}
        danger={danger}
        onClick={() => setOpen(action)}
      >
        {t(`blocker.action.${action}` as MessageKey)}
      </Button>
    ) : null;

  return (
    <>
      <Flex gap={8} wrap>
        {button('resolve', true)}
        {a.confirm ? (
          <Popconfirm
            title={t('blocker.action.confirm')}
            onConfirm={() => void run(() => blockersApi.confirm(blocker.id, { version }))}
          >
            <Button type="primary">{t('blocker.action.confirm')}</Button>
          </Popconfirm>
        ) : null}
        {button('reject')}
        {button('escalate')}
        {button('close', false, true)}
      </Flex>
      <Modal
        open={open !== null}
        title={open ? t(`blocker.action.${open}` as MessageKey) : ''}
        okText={t('blocker.submit')}
        cancelText={t('blocker.cancel')}
        okButtonProps={{ disabled: !text.trim(), loading: busy }}
        onOk={submit}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        <Input.TextArea
          aria-label={open ? t(PROMPTS[open]) : ''}
          placeholder={open ? t(PROMPTS[open]) : ''}
          autoSize={{ minRows: 3 }}
          maxLength={open === 'resolve' ? 4000 : 2000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Modal>
    </>
  );
}
