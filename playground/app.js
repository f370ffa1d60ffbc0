/**
 * The playground: check() from the browser bundle (dist/medad.js, `npm run build:playground`)
 * on every change, the findings highlighted in the text and listed with their message, legal
 * basis and suggestions. Plain DOM, no framework: the page is a demo of the library, not an app.
 */
import { AUDIENCES, MESSAGE_LOCALES, PRODUCTS, builtinPacks, createChecker } from './dist/medad.js';

const SAMPLES = {
  pl: {
    jurisdiction: 'PL',
    product: 'medical-service',
    text: `Najlepsza klinika stomatologiczna w Krakowie! 🦷
Nasz lekarz poleca nowy aparat ortodontyczny – gwarantujemy efekt już po miesiącu.
Tylko dziś -30% na wybielanie. Zapraszamy!`,
  },
  de: {
    jurisdiction: 'DE',
    product: 'medical-service',
    text: `Die beste Praxis für Ästhetik in München! ✨
Unsere Behandlung heilt Rückenschmerzen – schmerzfrei garantiert und ganz ohne Nebenwirkungen.
„Ich bin so dankbar, endlich schmerzfrei!“ – Anna, 34`,
  },
  ru: {
    jurisdiction: 'RU',
    product: 'medical-service',
    text: `Лучшая стоматология Москвы! Гарантия результата 100%.
Отзыв нашей пациентки: «После лечения боль ушла навсегда, спасибо доктору!»
Только до конца месяца — скидка 20% на имплантацию.`,
  },
};
const RANK = { error: 0, warning: 1, info: 2 };

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
};
const fill = (select, values) => select.append(...values.map((v) => el('option', { value: v, textContent: v })));

const checker = createChecker();
fill($('jurisdiction'), builtinPacks().map((p) => p.jurisdiction));
fill($('product'), PRODUCTS);
fill($('audience'), AUDIENCES);
fill($('locale'), MESSAGE_LOCALES);

function options() {
  const j = $('jurisdiction').value;
  const context = { audience: $('audience').value };
  if ($('product').value) context.product = $('product').value;
  return { jurisdictions: j === 'auto' ? 'auto' : [j], context, locale: $('locale').value };
}

/**
 * The text cut at every finding boundary; each piece knows which findings cover it, so
 * overlapping findings stay visible and each mark links to its findings.
 */
function pieces(text, findings) {
  const cuts = new Set([0, text.length]);
  findings.forEach((f) => f.range && (cuts.add(f.range.start), cuts.add(f.range.end)));
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    const covering = [];
    findings.forEach((f, n) => f.range && f.range.start <= start && end <= f.range.end && covering.push(n));
    out.push({ text: text.slice(start, end), end, covering });
  }
  return out;
}

function renderHighlighted(text, findings) {
  const box = $('highlighted');
  box.replaceChildren();
  for (const piece of pieces(text, findings)) {
    if (piece.covering.length === 0) {
      box.append(piece.text);
      continue;
    }
    const worst = piece.covering.map((n) => findings[n]).sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
    const mark = el('mark', {
      className: `sev-${worst.severity}`,
      title: piece.covering.map((n) => `${n + 1}. ${findings[n].message}`).join('\n'),
      textContent: piece.text,
    });
    mark.dataset.findings = piece.covering.join(' ');
    mark.addEventListener('click', () => document.getElementById(`finding-${piece.covering[0]}`)?.scrollIntoView({ behavior: 'smooth', block: 'nearest' }));
    box.append(mark);
    // A finding's number goes after its last piece.
    const ending = piece.covering.filter((n) => findings[n].range.end === piece.end);
    if (ending.length) box.append(el('sup', { className: 'ref', textContent: ending.map((n) => n + 1).join(',') }));
  }
}

function renderFindings(findings) {
  const list = $('findings');
  list.replaceChildren();
  findings.forEach((f, n) => {
    const basis = el(
      'ul',
      { className: 'basis' },
      ...f.legalBasis.map((b) =>
        el('li', {}, el('span', { className: 'kind', textContent: b.kind }), ' ', el('a', { href: b.url, target: '_blank', rel: 'noopener', textContent: b.citation })),
      ),
    );
    const suggestions = f.suggestions.filter((s) => s.message || s.replacement);
    const item = el(
      'li',
      { id: `finding-${n}`, className: `finding sev-${f.severity}` },
      el(
        'div',
        { className: 'head' },
        el('span', { className: `badge sev-${f.severity}`, textContent: f.severity }),
        ' ',
        el('code', { className: 'rule', textContent: f.ruleId }),
        ' ',
        el('span', { className: 'category', textContent: f.category }),
        ' ',
        el('span', { className: 'where', textContent: f.range ? `line ${f.line}, column ${f.column}` : 'whole post' }),
      ),
      f.excerpt ? el('blockquote', { className: 'excerpt', textContent: f.excerpt }) : null,
      el('p', { className: 'message', textContent: f.message }),
      basis,
      suggestions.length
        ? el(
            'ul',
            { className: 'suggestions' },
            ...suggestions.map((s) => el('li', {}, '→ ', s.message ?? '', s.replacement ? el('q', { textContent: s.replacement }) : null)),
          )
        : null,
    );
    item.dataset.ruleId = f.ruleId;
    item.dataset.excerpt = f.excerpt;
    list.append(item);
  });
}

function run() {
  const text = $('text').value;
  $('error').hidden = true;
  try {
    const report = checker.check(text, options());
    const count = (s) => report.findings.filter((f) => f.severity === s).length;
    const lang = report.language ? `language ${report.language.code} (${report.language.confidence.toFixed(2)})` : 'language as chosen';
    // Routing is shown, never hidden: a post no pack could read is NOT CHECKED, not clean.
    const routing = report.routing ?? { mode: 'explicit' };
    const law = routing.mode === 'none' ? `NOT CHECKED: ${routing.reason ?? 'no rule pack reads this text'}` : `law of ${report.jurisdictions.join(', ')}`;
    const note = routing.mode === 'fallback' && routing.reason ? ` · note: ${routing.reason}` : '';
    $('summary').textContent = text.trim()
      ? `${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info(s) · ${lang} · ${law}${note}`
      : 'Paste a post to see findings.';
    $('summary').dataset.routing = text.trim() ? routing.mode : '';
    $('highlighted').lang = report.language?.code ?? '';
    renderHighlighted(text, report.findings);
    renderFindings(report.findings);
    document.body.dataset.findings = String(report.findings.length);
  } catch (err) {
    $('error').hidden = false;
    $('error').textContent = String(err.message ?? err);
  }
}

let timer;
$('text').addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 120);
});
for (const id of ['jurisdiction', 'product', 'audience', 'locale']) $(id).addEventListener('change', run);
for (const b of document.querySelectorAll('[data-sample]')) {
  b.addEventListener('click', () => {
    const s = SAMPLES[b.dataset.sample];
    $('text').value = s.text;
    $('jurisdiction').value = s.jurisdiction;
    $('product').value = s.product;
    run();
  });
}
run();
document.body.dataset.ready = 'true';
