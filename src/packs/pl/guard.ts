/**
 * Document-level exceptions for rule functions. The data-only MatchSpec can drop a trigger by
 * its own sentence, but some Polish duties are met anywhere in the post: a content warning on
 * the first line covers a wound photo described on the third, a consent statement at the end
 * covers the patient named at the start.
 */
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

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const SENTENCE_END = /[.!?…]\s|\n/gu;

/** The sentence around `pos`, by the same cut as the engine (. ! ? … before a space, or a line break). */
function sentenceOf(text: string, pos: number): Range {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const cut = m.index + m[0].length;
    if (cut <= pos) start = cut;
    else {
      end = cut;
      break;
    }
  }
  return { start, end };
}

export function guardedFind(ctx: RuleFunctionContext, spec: GuardSpec): RuleFunctionResult[] {
  if (spec.unlessAnywhere && ctx.find(spec.unlessAnywhere).length > 0) return [];
  const allowed = spec.allow ? ctx.find(spec.allow) : [];
  const legal = spec.unlessSentence ? ctx.find(spec.unlessSentence) : [];
  const hits = ctx
    .find(spec.patterns)
    .filter((h) => !allowed.some((a) => overlaps(a, h)))
    .filter((h) => {
      const s = sentenceOf(ctx.text, h.start);
      return !legal.some((l) => overlaps(l, s));
    });
  const out: RuleFunctionResult[] = hits.map((range) => ({ range }));
  if (out.length === 0 && spec.assetTags && ctx.hasAssetTag(...spec.assetTags)) out.push({ range: null, variant: 'asset' });
  return out;
}
