import { App, Form, Input, Modal, Radio } from 'antd';
import { jointReviewsApi, type JointReview, type JointReviewItem } from '../../api/joint-reviews';
import { useT } from '../../i18n/i18n';
import { applyServerErrors, errorMessage } from '../common/errors';
import { isVersionConflict, versionConflictText } from '../common/version-conflict';

type AnswerStatus = 'approved' | 'approved_with_conditions' | 'needs_material';
interface AnswerForm {
  status: AnswerStatus;
  answer?: string;
}

/** A department answers its item: 同意, 有条件同意 (the conditions) or 需补充材料 (what is missing). */
export function AnswerDialog({
  reviewId,
  item,
  onClose,
  onAnswered,
}: {
  reviewId: string;
  item: JointReviewItem | null;
  onClose: () => void;
  onAnswered: (review: JointReview) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerForm>();
  const status = Form.useWatch('status', form);
  const submit = async (v: AnswerForm) => {
    if (!item) return;
    try {
      const review = await jointReviewsApi.answer(reviewId, item.id, {
        status: v.status,
        answer: v.answer ?? '',
        version: item.version,
      });
      void message.success(t('jointReview.answered'));
      onAnswered(review);
    } catch (e) {
      if (isVersionConflict(e)) void message.error(versionConflictText(t, e));
      else if (!applyServerErrors(form, e)) void message.error(errorMessage(t, e));
    }
  };
  return (
    <Modal
      open={item !== null}
      title={item ? `${t('jointReview.answerTitle')} · ${item.unitName}` : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('jointReview.answerAction')}
      destroyOnHidden
    >
      <Form<AnswerForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          status: item?.status === 'pending' ? 'approved' : item?.status,
          answer: item?.answer ?? '',
        }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="status" label={t('jointReview.answerStatus')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={(['approved', 'approved_with_conditions', 'needs_material'] as const).map((s) => ({
              value: s,
              label: t(`jointReview.item.status.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="answer"
          label={t('jointReview.answerText')}
          rules={
            status && status !== 'approved'
              ? [{ required: true, whitespace: true, message: t('jointReview.answerTextRequired') }]
              : []
          }
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
