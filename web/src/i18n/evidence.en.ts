import type { evidenceZhCN } from './evidence.zh-CN';

export const evidenceEn: Record<keyof typeof evidenceZhCN, string> = {
  'evidence.add': 'Upload evidence',
  'evidence.hint': 'PDF, Word, Excel, PowerPoint, OFD and photos, up to {max} MB each',
  'evidence.tooLarge': '“{name}” is larger than {max} MB and was not uploaded',
  'evidence.none': 'No evidence yet',
  'evidence.title': 'Evidence',
};
