import type { Report } from '../core/types.js';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts over all checked files, in one pass. */
export function summarize(reports: readonly Report[]): Summary {
  const s: Summary = { files: reports.length, errors: 0, warnings: 0, infos: 0 };
  for (const r of reports) {
    for (const f of r.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}
