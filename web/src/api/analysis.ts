/** Typed client of 季度分析 (GET /api/v1/analysis/quarterly; the shape is QuarterlyAnalysis in src/domain/quarterly-charts.ts). */
import type { QuarterlyAnalysis } from '../../../src/domain/quarterly-charts';
import { api, download } from './client';

export type {
  IndicatorFigures,
  QuarterlyAnalysis,
  TrendPoint,
  UnitFigures,
} from '../../../src/domain/quarterly-charts';
export type { QuarterlyResponsibility } from '../../../src/domain/quarterly-responsibility';

export const analysisApi = {
  quarterly: (year: number, quarter: number, signal?: AbortSignal) =>
    api.get<QuarterlyAnalysis>('/analysis/quarterly', { year, quarter }, signal),
  document: (year: number, quarter: number) => download('/analysis/quarterly/document', { year, quarter }),
};
