import { api, download, upload, type Query } from '../../api/client';

/**
 * The board settings, the ledger import and the exports (built on branch projects-board).
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

/** One bad cell of an imported project ledger. */
export interface ProjectImportError {
  row: number;
  field: string;
  code: string;
  message: string;
}

/** POST /projects/import: nothing is created while any row has an error. */
export interface ProjectImportResult {
  created: number;
  errors: ProjectImportError[];
}

export const ledgerApi = {
  importLedger: (file: File, onProgress?: (percent: number) => void) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return upload<ProjectImportResult>('/projects/import', form, onProgress);
  },
  exportList: (filter: Query) => download('/projects/export.xlsx', filter),
  exportInvestment: (year: number) => download('/projects/investment.xlsx', { year }),
};
