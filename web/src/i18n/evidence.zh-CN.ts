/** 佐证材料 (evidence attachments): the shared uploader and list. */
export const evidenceZhCN = {
  'evidence.add': '上传佐证材料',
  'evidence.hint': '支持 PDF、Word、Excel、PPT、OFD 和照片，单个文件不超过 {max} MB',
  'evidence.tooLarge': '“{name}”超过 {max} MB，未上传',
  'evidence.none': '暂无佐证材料',
  'evidence.title': '佐证材料',
} as const;
