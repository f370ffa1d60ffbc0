/**
 * A provision of the law that medad's coverage table (docs/coverage.md) accounts for. Each pack
 * keeps its table in `src/packs/<xx>/provisions.ts`; `scripts/coverage.ts` joins it with the
 * rules' `legalBasis` citations. Docs-only data: no runtime entry imports it.
 */
export interface Provision {
  /** Short, stable label as lawyers cite it, e.g. `ст. 5 ч. 10.7 38-ФЗ` or `§ 11 Abs. 1 S. 3 Nr. 1 HWG`. */
  provision: string;
  /** What the provision requires or bans, in one line (English). */
  summary: string;
  /**
   * The exact `legalBasis[].citation` strings of rules that cite this provision. Every citation a
   * rule uses must appear in exactly one provision of its pack's table (the coverage check fails
   * otherwise), so a new or corrected citation is a conscious decision to list it here.
   */
  citations: string[];
  /**
   * Why no rule can check this provision from the text and its declared context (e.g. "needs the
   * device's instructions for use"). Set only when `citations` is empty.
   */
  notCheckable?: string;
  /** A checkable provision no rule implements yet: say what is missing. */
  gap?: string;
  /** Where the provision's text can be read. */
  url?: string;
}
