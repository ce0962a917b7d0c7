import { api } from '../../api/client';

/**
 * The board settings (GET/PUT /projects/board/settings, built on branch projects-board).
 * TODO(lead): once projects-board's zod schema is merged, move these into web/src/api/projects.ts re-exporting it.
 */
export interface BoardSettings {
  version?: number;
  publicFields: string[];
  projectIds: string[];
}

export const boardApi = {
  get: (signal?: AbortSignal) => api.get<BoardSettings>('/projects/board/settings', undefined, signal),
  save: (body: BoardSettings) => api.put<BoardSettings>('/projects/board/settings', body),
};
