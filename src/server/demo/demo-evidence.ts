/**
 * Evidence files of the demo (佐证材料), uploaded through the attachments use case as a unit's clerk would: a site
 * photo drawn in code (demo-photo.ts) and a short Word report in the official format, so that the acceptance
 * card and the shares card show real files with thumbnails and downloads.
 */
import type { AuthedContext } from '../context';
import {
  bodyParagraph,
  buildOfficialDocument,
  packOfficialDocument,
  signatureParagraphs,
  titleParagraph,
} from '../documents/official-format';
import { uploadAttachment } from '../modules/attachments/upload-attachment';
import { demoSitePhoto } from './demo-photo';

/** Uploads a site photo of `subject` for `month`; returns the attachment id. */
export async function uploadDemoPhoto(ctx: AuthedContext, subject: string, month: number): Promise<string> {
  const photo = demoSitePhoto(subject, month);
  const uploaded = await uploadAttachment(ctx, async () => ({ ...photo, fields: {} }));
  return uploaded.id;
}

/** Uploads a one-page Word document: a title, paragraphs and the unit's signature; returns the attachment id. */
export async function uploadDemoDocument(
  ctx: AuthedContext,
  doc: { fileName: string; title: string; paragraphs: string[]; unitName: string; date: string },
): Promise<string> {
  const bytes = await packOfficialDocument(
    buildOfficialDocument({
      title: doc.title,
      creator: doc.unitName,
      children: [
        titleParagraph(doc.title),
        ...doc.paragraphs.map((p) => bodyParagraph(p)),
        ...signatureParagraphs(doc.unitName, doc.date),
      ],
    }),
  );
  const uploaded = await uploadAttachment(ctx, async () => ({ fileName: doc.fileName, bytes, fields: {} }));
  return uploaded.id;
}
