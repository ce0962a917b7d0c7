import { create as contentDisposition } from 'content-disposition';
import { requireActor } from '../../context';
import { readUpload } from '../../documents/read-upload';
import { ZIdParams, type App } from '../../http';
import { ZAttachment, ZAttachmentList, ZAttachmentListQuery } from './attachments.schemas';
import { deleteAttachment } from './delete-attachment';
import { listAttachments } from './list-attachments';
import { readAttachment, type AttachmentContent } from './read-attachment';
import { uploadAttachment } from './upload-attachment';

const tags = ['attachments'];

/**
 * The file goes out under its safe stored name (RFC 6266/8187 via the content-disposition package: no quote,
 * CR or LF can break the header), as the type it was checked to be, never sniffed again by the browser.
 */
function headersFor(file: AttachmentContent) {
  return {
    'content-type': file.mediaType,
    'content-disposition': contentDisposition(file.name, { type: file.inline ? 'inline' : 'attachment' }),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=3600',
    // A PDF shown inline runs in the browser's viewer: no script of ours may run beside it.
    'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  };
}

export function registerAttachmentRoutes(app: App): void {
  app.post(
    '/api/v1/attachments',
    {
      schema: {
        tags,
        summary:
          '上传附件 Upload evidence (multipart: file; PDF, Word, Excel, PowerPoint, OFD, JPEG/PNG/WebP)',
        consumes: ['multipart/form-data'],
        response: { 201: ZAttachment },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await uploadAttachment(requireActor(request.ctx), () => readUpload(request))),
  );
  app.get(
    '/api/v1/attachments',
    {
      schema: {
        tags,
        summary: '佐证材料 The attachments of an object',
        querystring: ZAttachmentListQuery,
        response: { 200: ZAttachmentList },
      },
    },
    async (request) =>
      listAttachments(requireActor(request.ctx), request.query.ownerKind, request.query.ownerId),
  );
  app.get(
    '/api/v1/attachments/:id',
    { schema: { tags, summary: '下载附件 Download an attachment', params: ZIdParams } },
    async (request, reply) => {
      const file = await readAttachment(requireActor(request.ctx), request.params.id, 'original');
      return reply.headers(headersFor(file)).send(file.content);
    },
  );
  app.get(
    '/api/v1/attachments/:id/thumbnail',
    { schema: { tags, summary: '附件缩略图 A photo attachment’s preview (PNG)', params: ZIdParams } },
    async (request, reply) => {
      const file = await readAttachment(requireActor(request.ctx), request.params.id, 'thumbnail');
      return reply.headers(headersFor(file)).send(file.content);
    },
  );
  app.delete(
    '/api/v1/attachments/:id',
    { schema: { tags, summary: '撤回附件 Withdraw an upload not yet cited', params: ZIdParams } },
    async (request, reply) => {
      await deleteAttachment(requireActor(request.ctx), request.params.id);
      return reply.status(204).send();
    },
  );
}
