/**
 * The playground: every change is checked by the library in a Web Worker (worker.js, bundled
 * into dist/worker.js by `npm run build:playground`) and the findings are highlighted in the
 * text and listed with their message, legal basis and suggestions. The page itself never loads
 * the library, so compiling the packs cannot freeze it. Plain DOM, no framework: the page is a
 * demo of the library, not an app.
 */

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

// The page's own strings, in the language chosen for the messages (the playground is a demo
// page, not part of the package, so they live here rather than in the catalogs).
const UI = {
  en: {
    playground: 'playground', tagline: 'Paste a medical marketing post. medad flags wording that Polish, German or Russian law forbids or conditions, cites the article and proposes a fix.',
    disclaimer: 'It flags risk; it is not legal advice.', sample: 'Try a sample:', pl: 'Polish', de: 'German', ru: 'Russian', post: 'Post', placeholder: 'Paste a post…',
    jurisdiction: 'Jurisdiction', auto: 'auto (from the language)', product: 'Product', notStated: 'not stated', audience: 'Audience', channel: 'Channel', anyChannel: 'not stated',
    locale: 'Messages in', sponsored: 'Paid or sponsored', assets: 'The post also shows', highlighted: 'Your post, highlighted', findings: 'Findings',
    empty: 'Paste a post to see findings.', counts: 'Errors: {e} · warnings: {w} · notes: {i}', language: 'language {code}', chosen: 'language as chosen', law: 'law of {j}', none: 'no jurisdiction', notChecked: 'NOT CHECKED',
    where: 'line {line}, column {column}', whole: 'whole post', fix: 'Fix:', checking: 'checking…', footer: 'Runs entirely in your browser: the text never leaves this page. Rule reference:',
  },
  pl: {
    playground: 'piaskownica', tagline: 'Wklej post z reklamą medyczną. medad wskazuje sformułowania, których polskie, niemieckie lub rosyjskie prawo zakazuje lub które warunkuje, cytuje przepis i proponuje poprawkę.',
    disclaimer: 'Wskazuje ryzyko; nie stanowi porady prawnej.', sample: 'Przykład:', pl: 'polski', de: 'niemiecki', ru: 'rosyjski', post: 'Post', placeholder: 'Wklej post…',
    jurisdiction: 'Jurysdykcja', auto: 'automatycznie (według języka)', product: 'Produkt', notStated: 'nie podano', audience: 'Odbiorcy', channel: 'Kanał', anyChannel: 'nie podano',
    locale: 'Komunikaty po', sponsored: 'Płatny lub sponsorowany', assets: 'Post pokazuje też', highlighted: 'Twój post z zaznaczeniami', findings: 'Uwagi',
    empty: 'Wklej post, aby zobaczyć uwagi.', counts: 'Błędy: {e} · ostrzeżenia: {w} · uwagi: {i}', language: 'język {code}', chosen: 'język wybrany', law: 'prawo: {j}', none: 'brak jurysdykcji', notChecked: 'NIE SPRAWDZONO',
    where: 'wiersz {line}, kolumna {column}', whole: 'cały post', fix: 'Poprawka:', checking: 'sprawdzam…', footer: 'Działa w całości w przeglądarce: tekst nie opuszcza tej strony. Opis reguł:',
  },
  de: {
    playground: 'Spielwiese', tagline: 'Fügen Sie einen medizinischen Werbebeitrag ein. medad markiert Formulierungen, die polnisches, deutsches oder russisches Recht verbietet oder an Bedingungen knüpft, zitiert die Vorschrift und schlägt eine Korrektur vor.',
    disclaimer: 'Es zeigt Risiken; es ist keine Rechtsberatung.', sample: 'Beispiel:', pl: 'Polnisch', de: 'Deutsch', ru: 'Russisch', post: 'Beitrag', placeholder: 'Beitrag einfügen…',
    jurisdiction: 'Rechtsordnung', auto: 'automatisch (nach Sprache)', product: 'Produkt', notStated: 'nicht angegeben', audience: 'Zielgruppe', channel: 'Kanal', anyChannel: 'nicht angegeben',
    locale: 'Meldungen auf', sponsored: 'Bezahlt oder gesponsert', assets: 'Der Beitrag zeigt auch', highlighted: 'Ihr Beitrag, markiert', findings: 'Befunde',
    empty: 'Fügen Sie einen Beitrag ein, um Befunde zu sehen.', counts: 'Fehler: {e} · Warnungen: {w} · Hinweise: {i}', language: 'Sprache {code}', chosen: 'Sprache wie gewählt', law: 'Recht: {j}', none: 'keine Rechtsordnung', notChecked: 'NICHT GEPRÜFT',
    where: 'Zeile {line}, Spalte {column}', whole: 'ganzer Beitrag', fix: 'Korrektur:', checking: 'wird geprüft…', footer: 'Läuft vollständig im Browser: der Text verlässt diese Seite nicht. Regelreferenz:',
  },
  ru: {
    playground: 'песочница', tagline: 'Вставьте пост с медицинской рекламой. medad отмечает формулировки, которые польское, немецкое или российское право запрещает или ограничивает, цитирует норму и предлагает исправление.',
    disclaimer: 'Он указывает на риск и не является юридической консультацией.', sample: 'Пример:', pl: 'польский', de: 'немецкий', ru: 'русский', post: 'Пост', placeholder: 'Вставьте пост…',
    jurisdiction: 'Юрисдикция', auto: 'автоматически (по языку)', product: 'Продукт', notStated: 'не указан', audience: 'Аудитория', channel: 'Канал', anyChannel: 'не указан',
    locale: 'Сообщения на', sponsored: 'Оплаченный или спонсорский', assets: 'В посте также есть', highlighted: 'Ваш пост с пометками', findings: 'Замечания',
    empty: 'Вставьте пост, чтобы увидеть замечания.', counts: 'Ошибки: {e} · предупреждения: {w} · заметки: {i}', language: 'язык {code}', chosen: 'язык выбран', law: 'право: {j}', none: 'нет юрисдикции', notChecked: 'НЕ ПРОВЕРЕНО',
    where: 'строка {line}, столбец {column}', whole: 'весь пост', fix: 'Исправление:', checking: 'проверяю…', footer: 'Работает целиком в браузере: текст не покидает эту страницу. Справочник правил:',
  },
};
const CHANNELS = ['instagram', 'facebook', 'tiktok', 'linkedin', 'web', 'video', 'radio'];

const t = (key, data = {}) => (UI[$('locale').value] ?? UI.en)[key].replace(/\{(\w+)\}/g, (_, k) => String(data[k] ?? ''));

function translatePage() {
  const lng = $('locale').value;
  document.documentElement.lang = lng;
  for (const node of document.querySelectorAll('[data-ui]')) node.textContent = t(node.dataset.ui);
  $('text').placeholder = t('placeholder');
}

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
};
const fill = (select, values) => select.append(...values.map((v) => el('option', { value: v, textContent: v })));

/** The form's choices, from the worker's 'meta' message (the page does not load the library). */
function buildForm(meta) {
  fill($('jurisdiction'), meta.jurisdictions);
  fill($('product'), meta.products);
  fill($('audience'), meta.audiences);
  fill($('locale'), meta.locales);
  fill($('channel'), CHANNELS);
  $('assets').append(
    ...meta.assetTags.map((tag) => el('label', {}, el('input', { type: 'checkbox', value: tag, className: 'asset' }), ` ${tag}`)),
  );
}

function options() {
  const j = $('jurisdiction').value;
  const context = { audience: $('audience').value };
  if ($('product').value) context.product = $('product').value;
  if ($('channel').value) context.channel = $('channel').value;
  if ($('sponsored').checked) context.sponsored = true;
  const tags = [...document.querySelectorAll('input.asset:checked')].map((i) => i.value);
  if (tags.length) context.assets = [{ kind: 'image', tags }];
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
        el('span', { className: 'where', textContent: f.range ? t('where', f) : t('whole') }),
      ),
      f.excerpt ? el('blockquote', { className: 'excerpt', textContent: f.excerpt }) : null,
      el('p', { className: 'message', textContent: f.message }),
      basis,
      suggestions.length
        ? el(
            'ul',
            { className: 'suggestions' },
            // The replacement once: as the fix, unless the advice already quotes it word for word.
            ...suggestions.map((s) => {
              const fix = s.replacement?.trim();
              const quoted = fix && s.message?.includes(fix);
              return el('li', {}, '→ ', s.message ?? '', fix && !quoted ? el('span', { className: 'fix', textContent: `${t('fix')} ${fix}` }) : null);
            }),
          )
        : null,
    );
    item.dataset.ruleId = f.ruleId;
    item.dataset.excerpt = f.excerpt;
    list.append(item);
  });
}

/**
 * Requests and answers. Every change bumps `generation` and marks the page busy at once (so a
 * test or a reader never takes the previous answer for the current one); an answer is shown only
 * if nothing changed since its request. At most one request is in flight: while the worker is
 * busy (compiling the packs takes seconds on first use) only the newest request waits, and the
 * ones it replaced are never sent.
 */
let generation = 0;
let started = false;
let timer;
let inFlight = null;
let waiting = null;

function changed() {
  generation++;
  document.body.dataset.busy = 'true';
  delete document.body.dataset.findings;
  $('status').hidden = false;
}

function run() {
  clearTimeout(timer);
  changed();
  // Before the worker's 'meta' the form is empty; start() runs the first check.
  if (!started) return;
  const request = { id: generation, text: $('text').value, options: options() };
  if (inFlight) waiting = request;
  else send(request);
}

function send(request) {
  inFlight = request;
  worker.postMessage(request);
}

function answered({ id, report, error }) {
  const { text } = inFlight;
  inFlight = null;
  if (waiting) {
    send(waiting);
    waiting = null;
  }
  if (id !== generation) return;
  delete document.body.dataset.busy;
  $('status').hidden = true;
  if (error === undefined) show(text, report);
  else {
    // The text without marks, not the previous text's findings: they no longer describe the page.
    $('summary').textContent = '';
    $('summary').dataset.routing = '';
    renderHighlighted(text, []);
    renderFindings([]);
    document.body.dataset.findings = '0';
    $('error').hidden = false;
    $('error').textContent = error;
  }
}

function show(text, report) {
  $('error').hidden = true;
  const count = (s) => report.findings.filter((f) => f.severity === s).length;
  const lang = report.language ? `${t('language', { code: report.language.code })} (${report.language.confidence.toFixed(2)})` : t('chosen');
  // Routing is shown, never hidden: a post no pack could read is NOT CHECKED, not clean.
  const routing = report.routing ?? { mode: 'explicit' };
  const law = routing.mode === 'none' ? `${t('notChecked')}: ${routing.reason ?? 'no rule pack reads this text'}` : t('law', { j: report.jurisdictions.join(', ') || t('none') });
  const note = routing.mode === 'fallback' && routing.reason ? ` · note: ${routing.reason}` : '';
  $('summary').textContent = text.trim()
    ? `${t('counts', { e: count('error'), w: count('warning'), i: count('info') })} · ${lang} · ${law}${note}`
    : t('empty');
  $('summary').dataset.routing = text.trim() ? routing.mode : '';
  $('highlighted').lang = report.language?.code ?? '';
  renderHighlighted(text, report.findings);
  renderFindings(report.findings);
  document.body.dataset.findings = String(report.findings.length);
}

const worker = new Worker(new URL('./dist/worker.js', import.meta.url));
worker.addEventListener('error', (e) => {
  $('error').hidden = false;
  $('error').textContent = `The checker did not start: ${e.message || 'dist/worker.js failed to load (npm run build:playground)'}`;
});
worker.addEventListener('message', ({ data }) => {
  if (data.type === 'meta') start(data);
  else answered(data);
});

$('text').addEventListener('input', () => {
  changed();
  clearTimeout(timer);
  timer = setTimeout(run, 120);
});
for (const id of ['jurisdiction', 'product', 'audience', 'channel', 'sponsored']) $(id).addEventListener('change', run);
$('assets').addEventListener('change', run);
$('locale').addEventListener('change', () => {
  if (UI[$('locale').value]) translatePage();
  run();
});
for (const b of document.querySelectorAll('[data-sample]')) {
  b.addEventListener('click', () => {
    const s = SAMPLES[b.dataset.sample];
    $('text').value = s.text;
    $('jurisdiction').value = s.jurisdiction;
    $('product').value = s.product;
    run();
  });
}

function start(meta) {
  buildForm(meta);
  translatePage();
  started = true;
  run();
  document.body.dataset.ready = 'true';
}
