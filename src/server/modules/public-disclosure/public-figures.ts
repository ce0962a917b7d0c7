/**
 * The figures a resident reads first on a public progress page (民生实事, 公开版通报): how many, done, on
 * track, behind — as words and numbers, with a stacked bar that repeats them (its label says the same).
 */
import { publicStandingWords } from '../../../domain/public-progress';

export interface StandingCounts {
  total: number;
  done: number;
  onTrack: number;
  behind: number;
}

export function renderStandingFigures(n: StandingCounts, totalLabel: string): string {
  const parts = [
    { key: 'done', word: publicStandingWords.done, value: n.done, cls: 'green' },
    { key: 'on_track', word: publicStandingWords.on_track, value: n.onTrack, cls: 'blue' },
    { key: 'behind', word: publicStandingWords.behind, value: n.behind, cls: 'red' },
  ];
  const tiles = [
    `<li><span class="muted">${totalLabel}</span><strong>${n.total}</strong></li>`,
    ...parts.map(
      (p) => `<li><span class="muted">${p.word}</span><strong class="${p.cls}">${p.value}</strong></li>`,
    ),
  ].join('');
  const words = parts.map((p) => `${p.word} ${p.value} 项`).join('，');
  const bar =
    n.total === 0
      ? ''
      : `<div class="stack" role="img" aria-label="${totalLabel} ${n.total} 项：${words}">${parts
          .filter((p) => p.value > 0)
          .map(
            (p) => `<span class="${p.key}" style="width:${((p.value * 100) / n.total).toFixed(2)}%"></span>`,
          )
          .join('')}</div>`;
  return `<ul class="figures">${tiles}</ul>${bar}`;
}
