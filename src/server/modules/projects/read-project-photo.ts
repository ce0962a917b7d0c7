import { tenantTx, type AuthedContext } from '../../context';
import { notFound } from '../../errors';
import { assertIdShape, loadVisibleProject } from './project-rules';
import { findProjectPhoto } from './projects.repository';

/** A photo's bytes, for whoever sees its project (404 otherwise, as for the project). */
export async function readProjectPhoto(
  ctx: AuthedContext,
  projectId: string,
  photoId: string,
): Promise<{ name: string; contentType: string; content: Buffer }> {
  return tenantTx(ctx, async (tx) => {
    await loadVisibleProject(tx, ctx, projectId);
    assertIdShape(photoId);
    const photo = await findProjectPhoto(tx, projectId, photoId);
    if (!photo) throw notFound();
    return { name: photo.name, contentType: photo.contentType, content: photo.content };
  });
}
