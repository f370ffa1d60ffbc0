/**
 * Front matter: a YAML block between `---` lines at the top of a file that sets the post's
 * context. Parsed by the `yaml` package (quotes, comments, flow and block lists all work) and
 * validated strictly: a misspelt key or a bad value is a usage error with the file, the line and
 * the valid choices, because a silently ignored `prodcut: drug` would silently change findings.
 * Keys that blogging tools put there (title, date, tags …) are left alone.
 */
import type { Node, Pair } from 'yaml';
import type { Asset, CheckContext } from '../core/types.js';
import { AUDIENCES, PRODUCTS } from '../core/types.js';
import { UsageError } from './errors.js';
import { didYouMean } from './suggest.js';

/** The keys medad reads. */
export const FRONT_MATTER_KEYS = ['product', 'audience', 'channel', 'jurisdiction', 'assets', 'sponsored'] as const;
/** Keys of static-site generators and CMSs: allowed, not read. */
export const FOREIGN_KEYS = [
  'title', 'description', 'summary', 'excerpt', 'date', 'updated', 'lastmod', 'published', 'draft', 'author', 'authors',
  'tags', 'categories', 'keywords', 'layout', 'slug', 'permalink', 'url', 'aliases', 'lang', 'language', 'image', 'cover',
  'thumbnail', 'weight', 'type', 'id', 'toc', 'comments', 'template', 'status', 'locale',
];
export const ASSET_KINDS = ['image', 'video', 'audio', 'link'] as const;
const ASSET_KEYS = ['kind', 'tags', 'alt'] as const;

export interface FrontMatter {
  context: CheckContext;
  /** Jurisdictions named in the file (`jurisdiction: PL` or `[PL, DE]`); undefined for none or `auto`. */
  jurisdictions?: string[];
  /** Offset in the file where the body begins (0 without front matter). */
  bodyOffset: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Split and validate the front matter of `text` (a file's decoded text). `name` is used in
 * errors; `jurisdictions` are the valid jurisdiction codes. A `---` line without a closing one is
 * not front matter (in Markdown it is a horizontal rule).
 */
export async function readFrontMatter(text: string, name: string, jurisdictions: readonly string[]): Promise<FrontMatter> {
  const open = OPEN.exec(text);
  if (!open) return { context: {}, bodyOffset: 0 };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { context: {}, bodyOffset: 0 };
  const yamlStart = open[0].length;
  const yamlText = rest.slice(0, close.index);
  let bodyOffset = yamlStart + close.index + close[0].length;
  if (text[bodyOffset] === '\r') bodyOffset++;
  if (text[bodyOffset] === '\n') bodyOffset++;

  // Loaded for the first file that has front matter: bundled into the CLI and imported up front,
  // yaml was ~19 ms CPU of every start (2026-12-03), and most posts have none.
  // `default`: yaml is CommonJS, and the CLI's bundle gives a dynamic import of it only that.
  const yaml = (await import('yaml')).default;
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yaml;
  const lc = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  // Line 1 of the file is the opening `---`.
  const lineOf = (offset: number) => lc.linePos(offset).line + 1;
  const fail = (offset: number, message: string): never => {
    throw new UsageError(`${name}:${lineOf(offset)}: front matter: ${message}`);
  };
  if (doc.errors.length > 0) fail(doc.errors[0]!.pos[0], `not valid YAML (${doc.errors[0]!.message.split('\n')[0]}).`);
  const fm: FrontMatter = { context: {}, bodyOffset };
  if (doc.contents === null) return fm;
  if (!isMap(doc.contents)) fail(doc.contents.range?.[0] ?? 0, 'must be "key: value" lines.');

  const at = (node: Node | null | undefined) => node?.range?.[0] ?? 0;
  const str = (node: Node | null | undefined, key: string): string => {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value).trim();
    return fail(at(node), `"${key}" must be a single value.`);
  };
  const oneOf = <T extends string>(node: Node | null | undefined, key: string, valid: readonly T[], normalize = (s: string) => s): T => {
    const v = normalize(str(node, key));
    if (!valid.includes(v as T)) fail(at(node), `unknown ${key} "${v}".${didYouMean(v, valid)} Valid values: ${valid.join(', ')}.`);
    return v as T;
  };
  const strings = (node: Node | null | undefined, key: string): string[] => {
    if (isSeq(node)) return node.items.map((item) => str(item as Node, key));
    return str(node, key).split(/[,\s]+/).filter(Boolean);
  };

  for (const pair of (doc.contents as { items: Pair[] }).items) {
    const keyNode = pair.key as Node;
    const key = str(keyNode, 'key');
    const value = pair.value as Node | null;
    switch (key) {
      case 'product':
        fm.context.product = oneOf(value, 'product', PRODUCTS);
        break;
      case 'audience':
        fm.context.audience = oneOf(value, 'audience', AUDIENCES);
        break;
      case 'channel':
        fm.context.channel = str(value, 'channel');
        break;
      case 'sponsored':
        if (!isScalar(value) || typeof value.value !== 'boolean') fail(at(value ?? keyNode), '"sponsored" must be true or false.');
        fm.context.sponsored = (value as { value: boolean }).value;
        break;
      case 'jurisdiction': {
        const codes = strings(value, 'jurisdiction').map((j) => j.toUpperCase());
        for (const j of codes) if (j !== 'AUTO' && !jurisdictions.includes(j)) fail(at(value), `unknown jurisdiction "${j}".${didYouMean(j, jurisdictions)} Valid values: ${[...jurisdictions, 'auto'].join(', ')}.`);
        const named = [...new Set(codes.filter((j) => j !== 'AUTO'))];
        if (named.length > 0 && named.length < codes.length) fail(at(value), '"auto" cannot be combined with named jurisdictions.');
        if (named.length > 0) fm.jurisdictions = named;
        break;
      }
      case 'assets':
        fm.context.assets = readAssets(yaml, value, at, str, strings, fail);
        break;
      default:
        if (!FOREIGN_KEYS.includes(key)) {
          fail(at(keyNode), `unknown key "${key}".${didYouMean(key, FRONT_MATTER_KEYS)} Valid keys: ${FRONT_MATTER_KEYS.join(', ')} (and ${FOREIGN_KEYS.slice(0, 4).join(', ')} … which medad ignores).`);
        }
    }
  }
  return fm;
}

/**
 * `assets: before-after, white-coat` and `assets: [before-after]` are the tags of one image;
 * a list of maps (`- kind: video` / `tags: [...]` / `alt: ...`) describes each asset.
 */
function readAssets(
  { isMap, isSeq }: typeof import('yaml'),
  value: Node | null,
  at: (n: Node | null | undefined) => number,
  str: (n: Node | null | undefined, key: string) => string,
  strings: (n: Node | null | undefined, key: string) => string[],
  fail: (offset: number, message: string) => never,
): Asset[] {
  if (!isSeq(value) || !value.items.some((item) => isMap(item))) return [{ kind: 'image', tags: strings(value, 'assets') }];
  return value.items.map((item) => {
    if (!isMap(item)) return fail(at(item as Node), 'every entry of "assets" must be "kind: …" with optional "tags" and "alt" when any is.');
    const asset: Asset = { kind: 'image' };
    for (const pair of item.items) {
      const k = str(pair.key as Node, 'key');
      const v = pair.value as Node | null;
      if (k === 'kind') {
        const kind = str(v, 'kind');
        if (!(ASSET_KINDS as readonly string[]).includes(kind)) fail(at(v), `unknown asset kind "${kind}".${didYouMean(kind, ASSET_KINDS)} Valid values: ${ASSET_KINDS.join(', ')}.`);
        asset.kind = kind;
      } else if (k === 'tags') asset.tags = strings(v, 'tags');
      else if (k === 'alt') asset.alt = str(v, 'alt');
      else fail(at(pair.key as Node), `unknown asset key "${k}".${didYouMean(k, ASSET_KEYS)} Valid keys: ${ASSET_KEYS.join(', ')}.`);
    }
    return asset;
  });
}
