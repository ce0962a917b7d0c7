import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDecisionWithTask,
  buildTenant,
  buildUnit,
  buildUser,
  loginAs,
} from '../../../../test/helpers/factories';
import { multipart } from '../../../../test/helpers/multipart';
import { docxOf } from '../../../../test/helpers/office-bombs';
import { createTestApp, dbKinds, type TestApp } from '../../../../test/helpers/test-app';
import { jpegWithGps } from '../../../domain/photos.test-helpers';
import { tenantTx } from '../../context';
import { storedFiles } from '../../db/schema';
import { withSystemTx } from '../../db/tx';
import { demoSitePhoto } from '../../demo/demo-photo';
import { attachAttachments } from './attach-attachments';
import type { TAttachment } from './attachments.schemas';

/** A docx whose central directory claims every part unpacks to 2 GiB: refused before anything is inflated. */
async function lyingBomb(): Promise<Buffer> {
  const bytes = Buffer.from(await docxOf(1));
  for (let i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0;) {
    bytes.writeUInt32LE(0x7fffffff, i + 24);
    i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4);
  }
  return bytes;
}

describe.each(dbKinds())('evidence attachments on %s', (kind) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let unitA: string;
  let taskId: string;
  let docx: Buffer;

  beforeAll(async () => {
    t = await createTestApp(kind);
    unitA = (await buildUnit(t)).id;
    const unitB = (await buildUnit(t)).id;
    taskId = (await buildDecisionWithTask(t, { leadUnitId: unitA })).taskId;
    const other = await buildTenant(t);
    const foreignUnit = (await buildUnit(t, { tenantId: other })).id;
    const users = {
      opA: await buildUser(t, { roles: ['unit_operator'], unitId: unitA }),
      headA: await buildUser(t, { roles: ['unit_head'], unitId: unitA }),
      opB: await buildUser(t, { roles: ['unit_operator'], unitId: unitB }),
      sup: await buildUser(t, { roles: ['supervisor'] }),
      admin: await buildUser(t, { roles: ['admin'] }),
      foreign: await buildUser(t, { roles: ['unit_operator'], unitId: foreignUnit, tenantId: other }),
    };
    for (const [who, user] of Object.entries(users)) cookies[who] = await loginAs(t, user);
    docx = Buffer.from(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('整改报告')] }] })),
    );
  });
  afterAll(async () => t?.close());

  const upload = (who: string, bytes: Buffer, name: string, type = 'application/octet-stream') => {
    const body = multipart({ name, type, bytes });
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...body.headers, cookie: cookies[who] },
      payload: body.payload,
    });
  };
  const countFiles = async () =>
    withSystemTx(t.db, async (tx) => (await tx.select({ id: storedFiles.id }).from(storedFiles)).length);
  const get = (who: string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] } });
  const fieldPaths = (res: { json: () => unknown }) =>
    (res.json() as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map(
      (f) => f.path,
    );

  it('keeps a Word file by its content under a safe name and serves it as a download', async () => {
    const res = await upload('opA', docx, '..\\..\\整改报告.pdf');
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json() as TAttachment;
    expect(a).toMatchObject({
      name: '整改报告.docx',
      kind: 'word',
      unitId: unitA,
      ownerId: null,
      hasThumbnail: false,
    });
    expect(a.abilities).toEqual({ delete: true });
    const got = await get('headA', `/api/v1/attachments/${a.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(docx)).toBe(true);
    expect(got.headers['content-type']).toContain('wordprocessingml');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    const disposition = String(got.headers['content-disposition']);
    expect(disposition.startsWith('attachment;')).toBe(true);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('整改报告.docx')}`);
    expect(disposition).not.toMatch(/[\r\n]/);
  });

  it('shows PDFs and photos inline, photos with a preview and without their GPS location', async () => {
    const pdf = await upload('opA', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), '验收材料.pdf');
    expect(pdf.statusCode, pdf.body).toBe(201);
    const pdfRead = await get('opA', `/api/v1/attachments/${(pdf.json() as TAttachment).id}`);
    expect(String(pdfRead.headers['content-disposition']).startsWith('inline;')).toBe(true);
    expect(pdfRead.headers['content-security-policy']).toContain('sandbox');

    const jpeg = (await upload('opA', Buffer.from(jpegWithGps()), 'site.jpg')).json() as TAttachment;
    const stored = await get('opA', `/api/v1/attachments/${jpeg.id}`);
    expect(stored.rawPayload.toString('latin1')).not.toContain('GPSLatitude');

    const photo = demoSitePhoto('验收现场', 6);
    const png = (await upload('opA', photo.bytes, photo.fileName)).json() as TAttachment;
    expect(png).toMatchObject({ kind: 'image', hasThumbnail: true });
    const thumb = await get('opA', `/api/v1/attachments/${png.id}/thumbnail`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/png');
    expect(thumb.rawPayload.readUInt32BE(16)).toBe(240); // PNG IHDR width
    expect(
      (await get('opA', `/api/v1/attachments/${(pdf.json() as TAttachment).id}/thumbnail`)).statusCode,
    ).toBe(404);
  });

  it('refuses an executable renamed .pdf, a zip of something else and a zip bomb disguised as .docx, storing nothing', async () => {
    const before = await countFiles();
    const exe = await upload(
      'opA',
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00PE\x00\x00'),
      '报告.pdf',
      'application/pdf',
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    expect(fieldPaths(exe)).toEqual(['file']);
    const bomb = await upload('opA', await lyingBomb(), '材料.docx');
    expect(bomb.statusCode).toBe(422);
    expect(bomb.json().error).toMatchObject({ code: 'FILE_TOO_COMPLEX', details: { limit: 'unpackedSize' } });
    const plain = new JSZip();
    plain.file('setup.exe', 'MZ\x90\x00');
    const zip = await upload(
      'opA',
      Buffer.from(await plain.generateAsync({ type: 'uint8array' })),
      '材料.docx',
    );
    expect(zip.statusCode).toBe(415);
    expect(await countFiles()).toBe(before);
  });

  it('caps the size by the setting (422 file) and keeps to the global upload limit', async () => {
    const patch = (mib: number) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/v1/settings',
        headers: { cookie: cookies.admin },
        payload: { 'attachments.maxMiB': mib },
      });
    expect((await patch(1)).statusCode).toBe(200);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024)]);
    const res = await upload('opA', big, 'big.pdf');
    expect(res.statusCode).toBe(422);
    expect(fieldPaths(res)).toEqual(['file']);
    expect((await patch(21)).statusCode).toBe(422);
    expect((await patch(20)).statusCode).toBe(200);
  });

  it('lets only the district office, the uploader and its unit read an unattached upload (404 to the rest)', async () => {
    const a = (await upload('opA', docx, 'a.docx')).json() as TAttachment;
    for (const who of ['opA', 'headA', 'sup'])
      expect((await get(who, `/api/v1/attachments/${a.id}`)).statusCode, who).toBe(200);
    for (const who of ['opB', 'foreign'])
      expect((await get(who, `/api/v1/attachments/${a.id}`)).statusCode, who).toBe(404);
    expect((await get('admin', `/api/v1/attachments/${a.id}`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/attachments/${a.id}` })).statusCode).toBe(401);
  });

  it('once attached to a task, the task’s readers see it, and it can no longer be withdrawn', async () => {
    const a = (await upload('opA', docx, 'evidence.docx')).json() as TAttachment;
    const b = (await upload('opB', docx, 'theirs.docx')).json() as TAttachment;
    const actorOf = async (who: string) => {
      const me = (await get(who, '/api/v1/me')).json() as {
        id: string;
        unitId: string | null;
        roles: string[];
      };
      return me;
    };
    const me = await actorOf('opA');
    const ctx = {
      ...t.deps,
      ip: '127.0.0.1',
      userAgent: null,
      language: 'zh' as const,
      actor: {
        userId: me.id,
        tenantId: t.tenantId,
        unitId: unitA,
        roles: ['unit_operator' as const],
        username: 'opA',
        displayName: 'opA',
        sessionId: 'test',
      },
    };
    // Someone else's upload cannot be cited: 422 names it, and nothing is attached.
    await expect(
      tenantTx(ctx, (tx) => attachAttachments(tx, ctx, [a.id, b.id], { kind: 'task', id: taskId })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'attachmentIds.1' }] },
    });
    await tenantTx(ctx, (tx) => attachAttachments(tx, ctx, [a.id], { kind: 'task', id: taskId }));
    const list = (await get('sup', `/api/v1/attachments?ownerKind=task&ownerId=${taskId}`)).json() as {
      items: TAttachment[];
    };
    expect(list.items.map((i) => i.id)).toEqual([a.id]);
    expect(list.items[0]?.abilities.delete).toBe(false);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/attachments/${a.id}`,
      headers: { cookie: cookies.opA },
    });
    expect(del.statusCode).toBe(409);
    // Withdrawing one's own unattached upload removes it.
    const c = (await upload('opA', docx, 'draft.docx')).json() as TAttachment;
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/attachments/${c.id}`,
          headers: { cookie: cookies.headA },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/attachments/${c.id}`,
          headers: { cookie: cookies.opA },
        })
      ).statusCode,
    ).toBe(204);
    expect((await get('opA', `/api/v1/attachments/${c.id}`)).statusCode).toBe(404);
  });
});
