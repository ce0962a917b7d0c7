import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegWithGps, tinyPng, tinyWebp } from '../../../domain/photos.test-helpers';
import { buildUser, loginAs } from '../../../../test/helpers/factories';
import { multipart } from '../../../../test/helpers/multipart';
import { dbKinds } from '../../../../test/helpers/test-app';
import { buildProjectWorld, fieldsOf, type ProjectWorld, type Who } from './projects.fixtures.test-helpers';
import type { TProject, TProjectPhoto, TProjectReport } from './projects.schemas';

describe.each(dbKinds())('key projects: photos on %s', (kind) => {
  let w: ProjectWorld;
  let p: TProject;
  beforeAll(async () => {
    w = await buildProjectWorld(kind);
    p = await w.create();
  });
  afterAll(async () => w.t.close());

  const upload = (who: Who, bytes: Uint8Array, name = 'site.jpg', type = 'image/jpeg', projectId = p.id) => {
    const body = multipart({ name, type, bytes: Buffer.from(bytes) });
    return w.t.app.inject({
      method: 'POST',
      url: `/api/v1/projects/${projectId}/photos`,
      headers: { ...body.headers, cookie: w.cookies[who] },
      payload: body.payload,
    });
  };
  const read = (who: Who, photoId: string, projectId = p.id) =>
    w.call(who, 'GET', `/api/v1/projects/${projectId}/photos/${photoId}`);

  it('stores a JPEG without its GPS location and serves it to those who see the project', async () => {
    const res = await upload('opA', jpegWithGps());
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json() as TProjectPhoto;
    expect(photo).toMatchObject({ name: 'site.jpg', contentType: 'image/jpeg' });
    const got = await read('opB', photo.id);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.rawPayload.length).toBe(photo.size);
    expect(got.rawPayload.toString('latin1')).not.toContain('GPSLatitude');
    expect(got.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    for (const who of ['opC', 'foreignSup'] as const)
      expect((await read(who, photo.id)).statusCode, who).toBe(404);
    expect((await read('admin', photo.id)).statusCode).toBe(403);
    const other = await w.create();
    expect((await read('sup', photo.id, other.id)).statusCode).toBe(404);
    expect((await read('sup', 'nope')).statusCode).toBe(404);
  });

  it('keeps the location when the setting is off', async () => {
    const admin = await loginAs(w.t, await buildUser(w.t, { roles: ['admin'] }));
    const set = (on: boolean) =>
      w.t.app.inject({
        method: 'PATCH',
        url: '/api/v1/settings',
        headers: { cookie: admin },
        payload: { 'projects.photos.stripExifLocation': on },
      });
    expect((await set(false)).statusCode).toBe(200);
    const photo = (await upload('opA', jpegWithGps())).json() as TProjectPhoto;
    expect((await read('sup', photo.id)).rawPayload.toString('latin1')).toContain('GPSLatitude');
    expect((await set(true)).statusCode).toBe(200);
  });

  it('accepts PNG and WebP by content, refuses other content whatever its name, and photos over 10 MiB', async () => {
    expect((await upload('sup', tinyPng(), 'a.png', 'image/png')).json()).toMatchObject({
      contentType: 'image/png',
    });
    expect((await upload('headA', tinyWebp(), 'b.bin', 'application/octet-stream')).json()).toMatchObject({
      contentType: 'image/webp',
    });
    const svg = await upload(
      'opA',
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'x.jpg',
    );
    expect(svg.statusCode).toBe(422);
    expect(fieldsOf(svg)).toEqual(['file']);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(jpegWithGps());
    const tooBig = await upload('opA', big);
    expect(tooBig.statusCode).toBe(422);
    expect(fieldsOf(tooBig)).toEqual(['file']);
  });

  it('is refused to roles and units without a part', async () => {
    expect((await upload('leader', tinyPng())).statusCode).toBe(403);
    expect((await upload('admin', tinyPng())).statusCode).toBe(403);
    expect((await upload('opC', tinyPng())).statusCode).toBe(404);
    expect((await upload('foreignSup', tinyPng())).statusCode).toBe(404);
    // The command post sees the project but does not report for it.
    expect((await upload('opB', tinyPng())).statusCode).toBe(403);
  });

  it('attaches photos to a report once', async () => {
    const photo = (await upload('opA', tinyPng(), 'progress.png', 'image/png')).json() as TProjectPhoto;
    const res = await w.call('opA', 'POST', `/api/v1/projects/${p.id}/reports`, {
      year: 2026,
      month: 1,
      amount: '10.00',
      photoIds: [photo.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((res.json() as TProjectReport).photos).toEqual([photo]);
    const twice = await w.call('opA', 'POST', `/api/v1/projects/${p.id}/reports`, {
      year: 2026,
      month: 2,
      amount: '10.00',
      photoIds: [photo.id],
    });
    expect(twice.statusCode).toBe(422);
    expect(fieldsOf(twice)).toEqual(['photoIds.0']);
  });
});
