/**
 * Document-level exceptions for rule functions. The data-only MatchSpec can drop a trigger by
 * its own sentence, but some Polish duties are met anywhere in the post: a content warning on
 * the first line covers a wound photo described on the third, a consent statement at the end
 * covers the patient named at the start.
 */
import { lastAtMost, overlapsAny } from '../../core/ranges.js';
import type { Pattern, RuleFunctionContext, RuleFunctionResult } from '../../core/types.js';

type Range = { start: number; end: number };

export interface GuardSpec {
  patterns: readonly Pattern[];
  /** Hits overlapping one of these are not triggers (e.g. "ciśnienie krwi"). */
  allow?: readonly Pattern[];
  /** Any match anywhere in the text cancels every finding (a warning, a consent statement). */
  unlessAnywhere?: readonly Pattern[];
  /** Hits whose sentence matches one of these are dropped (quotations of the law). */
  unlessSentence?: readonly Pattern[];
  /** Asset tags that raise a document-level finding (variant `asset`) unless cancelled. */
  assetTags?: readonly string[];
}

const SENTENCE_END = /[.!?…]\s|\n/gu;

/**
 * Sentence cuts of a text, by the same cut as the engine (. ! ? … before a space, or a line
 * break), computed once per text; `of(pos)` is then a binary search, so a post with thousands
 * of hits is not rescanned from the start per hit (that was quadratic).
 */
function sentenceIndex(text: string): { of(pos: number): Range } {
  const cuts: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) cuts.push(m.index + m[0].length);
  return {
    of(pos) {
      const k = lastAtMost(cuts, pos);
      return { start: k < 0 ? 0 : cuts[k]!, end: k + 1 < cuts.length ? cuts[k + 1]! : text.length };
    },
  };
}

export function guardedFind(ctx: RuleFunctionContext, spec: GuardSpec): RuleFunctionResult[] {
  if (spec.unlessAnywhere && ctx.find(spec.unlessAnywhere).length > 0) return [];
  // Matches of one pattern list come sorted and disjoint: overlap tests are binary searches.
  const allowed = spec.allow ? ctx.find(spec.allow) : [];
  const legal = spec.unlessSentence ? ctx.find(spec.unlessSentence) : [];
  let sentences: ReturnType<typeof sentenceIndex> | undefined;
  const hits = ctx
    .find(spec.patterns)
    .filter((h) => !overlapsAny(allowed, h.start, h.end))
    .filter((h) => {
      if (legal.length === 0) return true;
      const s = (sentences ??= sentenceIndex(ctx.text)).of(h.start);
      return !overlapsAny(legal, s.start, s.end);
    });
  const out: RuleFunctionResult[] = hits.map((range) => ({ range }));
  if (out.length === 0 && spec.assetTags && ctx.hasAssetTag(...spec.assetTags)) out.push({ range: null, variant: 'asset' });
  return out;
}
