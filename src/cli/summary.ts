import type { Finding } from '../core/types.js';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * The counts of one checked file: its findings by severity, and `unused` disable directives as
 * errors. The CLI keeps these counts, added up as files finish, instead of the files' reports.
 */
export function tally(findings: readonly Pick<Finding, 'severity'>[], unused = 0): Summary {
  const s: Summary = { files: 1, errors: unused, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

/** Adds `b`'s counts to `into`. */
export function addTo(into: Summary, b: Summary): void {
  into.files += b.files;
  into.errors += b.errors;
  into.warnings += b.warnings;
  into.infos += b.infos;
}
