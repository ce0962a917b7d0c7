import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/** The multipart plugin's own errors (file too large, too many parts): the errors plugin maps them by code. */
function isPluginError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('FST_');
}

/**
 * The one file of a multipart request, with its text fields; a file over the limit answers 413. A body the
 * multipart parser cannot read — no boundary, cut off, garbage — is the client's fault: 400 with a code,
 * never a 500 (busboy's errors carry no status).
 */
export interface Upload {
  fileName: string;
  bytes: Buffer;
  fields: Record<string, string>;
}

export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: '请以 multipart/form-data 上传文件' });
  const fields: Record<string, string> = {};
  let file: { fileName: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (file)
          throw new AppError('VALIDATION_FAILED', {
            details: { fields: [{ path: 'file', message: '一次只能上传一个文件' }] },
          });
        file = { fileName: part.filename, bytes: await part.toBuffer() };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof AppError || isPluginError(error)) throw error;
    throw new AppError('MALFORMED_MULTIPART', {
      details: { fields: [{ path: 'file', message: '上传内容不完整或格式无效，请重新上传' }] },
    });
  }
  if (!file || file.bytes.length === 0)
    throw new AppError('VALIDATION_FAILED', {
      details: { fields: [{ path: 'file', message: '请选择文件' }] },
    });
  return { ...file, fields };
}
