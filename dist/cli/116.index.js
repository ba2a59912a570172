export const id = 116;
export const ids = [116];
export const modules = {

/***/ 4138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ finalizeTopEntry),
/* harmony export */   QH: () => (/* binding */ readTopEntry),
/* harmony export */   mu: () => (/* binding */ extendTopEntry),
/* harmony export */   zB: () => (/* binding */ prependEntry)
/* harmony export */ });
/* unused harmony exports rfc5322Date, readEntries, formatChangeLines, renderEntry */
/* harmony import */ var _format_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8906);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(604);


const NAME_CHARS = '[-+0-9a-z.]';
// The same expressions as dpkg's $regex_header and $regex_trailer.
const HEADER_RE = new RegExp(`^(\\w${NAME_CHARS}*) \\(([^() \\t]+)\\)((?:\\s+${NAME_CHARS}+)+);(.*?)\\s*$`, 'i');
const TRAILER_RE = /^ -- (.*) <(.*)>( {1,2})(((\w+),\s*)?(\d{1,2}\s+(\w+)\s+\d{4}\s+\d{1,2}:\d\d:\d\d\s+[-+]\d{4}))\s*$/;
const WEEK_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TRAILER_HELP = 'a trailer is " -- Name <email>  Wed, 25 Nov 2026 21:00:00 +0000" (two spaces before the date)';
const ATTRIBUTION_RE = /^\s*\[\s([^\]]+)\s\]\s*$/;
const WIDTH = 80;
function fail(problem, line) {
    throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog', problem, line);
}
/** "Wed, 25 Nov 2026 21:00:00 +0000": RFC 5322, always in UTC so runs are reproducible anywhere. */
function rfc5322Date(d) {
    if (Number.isNaN(d.getTime()))
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog date', 'the date is not valid');
    const two = (n) => String(n).padStart(2, '0');
    return (`${WEEK_DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
        `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`);
}
/** Check a trailer date the way dpkg-parsechangelog does; returns the problem or undefined. */
function dateProblem(weekDay, month, date) {
    if (weekDay !== undefined && !WEEK_DAYS.includes(weekDay))
        return `invalid week day "${weekDay}"`;
    if (!MONTHS.includes(month))
        return `invalid month "${month}" (use Jan, Feb, … Dec)`;
    const m = /^(\d{1,2})\s+\w+\s+(\d{4})\s+(\d{1,2}):(\d\d):(\d\d)\s+[-+]\d{4}$/.exec(date);
    const [day, year, hh, mm, ss] = m.slice(1).map(Number);
    const probe = new Date(Date.UTC(year, MONTHS.indexOf(month), day));
    if (probe.getUTCDate() !== day || hh > 23 || mm > 59 || ss > 60)
        return `"${date}" is not a real date`;
    return undefined;
}
function dateText(date) {
    if (date instanceof Date)
        return rfc5322Date(date);
    const m = /^((\w+),\s*)?(\d{1,2}\s+(\w+)\s+\d{4}\s+\d{1,2}:\d\d:\d\d\s+[-+]\d{4})$/.exec(date.trim());
    const problem = m ? dateProblem(m[2], m[4], m[3]) : `"${date}" is not an RFC 5322 date`;
    if (problem)
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog date', `${problem}; e.g. "Wed, 25 Nov 2026 21:00:00 +0000"`);
    return date.trim();
}
function trailerLine(maintainer, date) {
    const name = maintainer.name.trim();
    const email = maintainer.email.trim();
    if (name === '' || /[<>\p{Cc}]/u.test(name)) {
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog maintainer', `the name ${JSON.stringify(maintainer.name)} is empty or holds <, > or control characters`);
    }
    if (!/^[^\s<>]+$/.test(email)) {
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog maintainer', `the email ${JSON.stringify(maintainer.email)} is not an address`);
    }
    return ` -- ${name} <${email}>  ${dateText(date)}`;
}
function isSkippable(line) {
    return /^\s*$/.test(line) || /^# /.test(line) || /^\$\w+:.*\$/.test(line) || /^\/\*.*\*\//.test(line);
}
/** Lines that end dpkg's parsing: editor modelines and old changelog formats below the entries. */
function isTail(line) {
    return /^(?:;;\s*)?Local variables:/i.test(line) || /^vim:/i.test(line) || /^Old Changelog:\s*$/i.test(line);
}
function parseOptions(raw, lineNo) {
    const options = {};
    const text = raw.trim();
    if (text === '')
        return options;
    for (const opt of text.split(/\s*,\s*/)) {
        const m = /^([-0-9a-z]+)=\s*(.*\S)$/i.exec(opt);
        if (!m)
            fail(`bad "key=value" after ";": "${opt}" (e.g. "urgency=medium")`, lineNo);
        if (Object.keys(options).some(k => k.toLowerCase() === m[1].toLowerCase()))
            fail(`repeated key "${m[1]}"`, lineNo);
        options[m[1]] = m[2];
    }
    return options;
}
/** Parse the entry whose heading is `lines[start]`; returns it and the index of its trailer. */
function parseEntryAt(lines, start) {
    const header = lines[start].replace(/\r$/, '');
    const h = HEADER_RE.exec(header);
    if (!h) {
        fail(`expected an entry heading like "pkg (1.0-1) unstable; urgency=medium", found ${JSON.stringify(header)}`, start + 1);
    }
    try {
        (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(h[2]);
    }
    catch (e) {
        fail(e.message, start + 1);
    }
    const options = parseOptions(h[4], start + 1);
    const urgencyKey = Object.keys(options).find(k => k.toLowerCase() === 'urgency');
    const urgency = urgencyKey ? options[urgencyKey].replace(/\s.*$/, '').toLowerCase() : '';
    for (let i = start + 1; i < lines.length; i++) {
        const line = lines[i].replace(/\r$/, '');
        if (line.startsWith(' --')) {
            const t = TRAILER_RE.exec(line);
            if (!t || t[3] !== '  ')
                fail(`badly formatted trailer ${JSON.stringify(line)}: ${TRAILER_HELP}`, i + 1);
            const problem = dateProblem(t[6], t[8], t[7]);
            if (problem)
                fail(`${problem} in the trailer: ${TRAILER_HELP}`, i + 1);
            const body = lines.slice(start + 1, i).map(l => l.replace(/\r$/, ''));
            const first = body.findIndex(l => l.trim() !== '');
            const last = body.findLastIndex(l => l.trim() !== '');
            return {
                package: h[1],
                version: h[2],
                distributions: h[3].trim().split(/\s+/),
                urgency,
                options,
                changes: first < 0 ? [] : body.slice(first, last + 1),
                maintainer: { name: t[1], email: t[2] },
                date: t[4],
                headerLine: start + 1,
                trailerLine: i + 1
            };
        }
        if (/^\S/.test(line)) {
            if (HEADER_RE.test(line)) {
                fail(`a new entry starts before the entry of line ${start + 1} has its trailer; ${TRAILER_HELP}`, i + 1);
            }
            fail(`unexpected text at column 0 inside the entry of line ${start + 1} (change lines start with two spaces)`, i + 1);
        }
        if (!/^(?:\s{2,}\S|\s*$)/.test(line)) {
            fail(`change lines start with two spaces; dpkg ignores ${JSON.stringify(line)}`, i + 1);
        }
    }
    fail(`the entry of line ${start + 1} has no trailer line; ${TRAILER_HELP}`, lines.length);
}
function firstHeaderIndex(lines) {
    const i = lines.findIndex(l => !isSkippable(l));
    if (i < 0)
        fail('the changelog is empty');
    return i;
}
/** The newest entry. Malformed text in it is an error naming the line; older entries are not read. */
function readTopEntry(text) {
    const lines = text.split('\n');
    return parseEntryAt(lines, firstHeaderIndex(lines));
}
/** Every entry, newest first, up to an editor modeline or an old-format tail (as dpkg stops there). */
function readEntries(text) {
    const lines = text.split('\n');
    const entries = [];
    let i = firstHeaderIndex(lines);
    while (i < lines.length) {
        const line = lines[i].replace(/\r$/, '');
        if (isTail(line))
            break;
        if (isSkippable(line)) {
            i++;
            continue;
        }
        const entry = parseEntryAt(lines, i);
        entries.push(entry);
        i = entry.trailerLine;
    }
    return entries;
}
function cleanText(s) {
    // Upstream text may hold anything: tabs become spaces, other control characters go.
    return s
        .replace(/\r\n?/g, '\n')
        .replace(/\t/g, ' ')
        .replace(/[\p{Cc}\u2028\u2029]/gu, c => (c === '\n' ? c : ''));
}
/** Greedy word wrap: `first` prefixes the first line, `rest` the others; a long word stays whole. */
function wrap(text, first, rest) {
    const out = [];
    for (const [n, paragraph] of text.split('\n').entries()) {
        let line = n === 0 ? first : rest;
        let empty = true;
        for (const word of paragraph.split(' ').filter(w => w !== '')) {
            if (!empty && line.length + 1 + word.length > WIDTH) {
                out.push(line);
                line = rest + word;
            }
            else {
                line += (empty ? '' : ' ') + word;
            }
            empty = false;
        }
        if (!empty)
            out.push(line);
    }
    return out;
}
/**
 * Change items as changelog lines. A plain item becomes `  * item`, wrapped at 80 columns with 4-space
 * continuation lines (a newline in the item starts a new continuation line). An item that already
 * starts with two spaces (`  [ Name ]`, `    - detail`) is kept as written; '' is a blank line.
 */
function formatChangeLines(items) {
    const out = [];
    for (const item of items) {
        const clean = cleanText(item).replace(/\s+$/, '');
        if (clean === '') {
            out.push('');
        }
        else if (/^ {2}/.test(clean)) {
            for (const l of clean.split('\n')) {
                if (l.trim() !== '' && !/^ {2,}\S/.test(l)) {
                    throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog change', `pre-formatted line ${JSON.stringify(l)} must start with two spaces`);
                }
                out.push(l.replace(/\s+$/, ''));
            }
        }
        else {
            const lines = wrap(clean.trim(), '  * ', '    ');
            if (lines.length === 0)
                throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog change', `empty change ${JSON.stringify(item)}`);
            out.push(...lines);
        }
    }
    while (out.length > 0 && out[0] === '')
        out.shift();
    while (out.length > 0 && out[out.length - 1] === '')
        out.pop();
    if (out.length === 0)
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog change', 'an entry needs at least one change');
    return out;
}
function headingLine(entry) {
    if (!new RegExp(`^\\w${NAME_CHARS}*$`, 'i').test(entry.package)) {
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog entry', `"${entry.package}" is not a source package name`);
    }
    (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(entry.version);
    const dists = typeof entry.distributions === 'string'
        ? entry.distributions.trim().split(/\s+/)
        : (entry.distributions ?? ['UNRELEASED']);
    for (const d of dists) {
        if (!new RegExp(`^${NAME_CHARS}+$`, 'i').test(d)) {
            throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog entry', `"${d}" is not a distribution name (e.g. UNRELEASED, unstable, noble)`);
        }
    }
    if (dists.length === 0)
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog entry', 'no distribution given');
    const urgency = entry.urgency ?? 'medium';
    if (!/^[-0-9a-z]+$/i.test(urgency))
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog entry', `"${urgency}" is not an urgency (e.g. medium)`);
    return `${entry.package} (${entry.version}) ${dists.join(' ')}; urgency=${urgency}`;
}
/** One complete entry, ending with a newline. */
function renderEntry(entry) {
    const lines = [
        headingLine(entry),
        '',
        ...formatChangeLines(entry.changes),
        '',
        trailerLine(entry.maintainer, entry.date)
    ];
    return `${lines.join('\n')}\n`;
}
/**
 * A new entry on top of the changelog, separated by one blank line; the old text follows unchanged.
 * The new version must sort after the current top version.
 */
function prependEntry(text, entry) {
    const rendered = renderEntry(entry);
    if (text.trim() === '')
        return rendered;
    const top = readTopEntry(text);
    if ((0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(entry.version, top.version) <= 0) {
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog entry', `the new version ${entry.version} must be greater than the top version ${top.version} (line ${top.headerLine})`);
    }
    return `${rendered}\n${text}`;
}
function requireUnreleased(top, action) {
    if (!top.distributions.includes('UNRELEASED')) {
        fail(`cannot ${action}: the top entry ${top.version} is already released to ${top.distributions.join(' ')}; ` +
            'start a new entry instead', top.headerLine);
    }
}
/**
 * Add change lines to the top entry, which must be UNRELEASED, after its last change; the trailer
 * gets the given maintainer and date. When someone else signs the entry now, the changes are grouped
 * under `[ Name ]` lines the way `dch` does it.
 */
function extendTopEntry(text, items, trailer) {
    const lines = text.split('\n');
    const top = readTopEntry(text);
    requireUnreleased(top, 'extend the top entry');
    const added = formatChangeLines(items);
    const newTrailer = trailerLine(trailer.maintainer, trailer.date);
    const newName = trailer.maintainer.name.trim();
    const h = top.headerLine - 1;
    const t = top.trailerLine - 1;
    const body = lines.slice(h + 1, t);
    const firstChange = body.findIndex(l => l.trim() !== '');
    const lastChange = body.findLastIndex(l => l.trim() !== '');
    const attributions = top.changes.map(l => ATTRIBUTION_RE.exec(l)?.[1]?.trim()).filter(n => n !== undefined);
    const lastAttribution = attributions[attributions.length - 1];
    const someoneElse = top.maintainer.name.trim() !== newName;
    let insert = added;
    if (attributions.length > 0 ? lastAttribution !== newName : someoneElse)
        insert = ['', `  [ ${newName} ]`, ...added];
    let newBody;
    if (firstChange < 0) {
        newBody = ['', ...added, ''];
    }
    else {
        newBody = [...body.slice(0, lastChange + 1), ...insert, ...body.slice(lastChange + 1)];
        if (attributions.length === 0 && someoneElse)
            newBody.splice(firstChange, 0, `  [ ${top.maintainer.name.trim()} ]`);
    }
    return [...lines.slice(0, h + 1), ...newBody, newTrailer, ...lines.slice(t + 1)].join('\n');
}
/**
 * Release the top UNRELEASED entry to `distribution`, dated `date`. Already released to exactly that
 * distribution: the text comes back unchanged (so a re-run is harmless); to another one: an error.
 */
function finalizeTopEntry(text, distribution, date) {
    const lines = text.split('\n');
    const top = readTopEntry(text);
    if (!new RegExp(`^${NAME_CHARS}+$`, 'i').test(distribution) || distribution === 'UNRELEASED') {
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog entry', `"${distribution}" is not a distribution to release to (e.g. noble, unstable)`);
    }
    if (top.distributions.length === 1 && top.distributions[0] === distribution)
        return text;
    requireUnreleased(top, `release the top entry to ${distribution}`);
    const h = top.headerLine - 1;
    const m = HEADER_RE.exec(lines[h].replace(/\r$/, ''));
    lines[h] = `${m[1]} (${m[2]}) ${distribution};${m[4]}`;
    lines[top.trailerLine - 1] = trailerLine(top.maintainer, date);
    return lines.join('\n');
}


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ DebianFormatError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);

/**
 * A Debian-format text (version, changelog, series, patch header) is malformed. Bad input, exit 2.
 * `line` is 1-based within the text that was parsed; callers that know the file name prefix it.
 */
class DebianFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    what;
    problem;
    line;
    constructor(what, problem, line) {
        super(`${what}${line !== undefined ? ` line ${line}` : ''}: ${problem}`);
        this.what = what;
        this.problem = problem;
        this.line = line;
    }
}


/***/ }),

/***/ 604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ vendorOf),
/* harmony export */   W2: () => (/* binding */ upstreamTagVersion),
/* harmony export */   Wq: () => (/* binding */ newUpstreamVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   fB: () => (/* binding */ nextRevision),
/* harmony export */   mm: () => (/* binding */ upstreamVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   ri: () => (/* binding */ isValidVersion)
/* harmony export */ });
/* unused harmony export formatVersion */
/* harmony import */ var _format_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8906);

function invalid(text, problem) {
    return new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R(`Debian version ${JSON.stringify(text)}`, problem);
}
/** Split a version, refusing only what dpkg itself refuses (its "bad syntax" errors, not warnings). */
function splitVersion(text) {
    const s = text.trim();
    if (s === '')
        throw invalid(text, 'the version is empty');
    if (/\s/.test(s))
        throw invalid(text, 'a version cannot contain spaces');
    let rest = s;
    let epoch;
    const colon = s.indexOf(':');
    if (colon >= 0) {
        const e = s.slice(0, colon);
        if (e === '')
            throw invalid(text, 'the epoch before ":" is empty (write e.g. "1:2.0-1", or drop the ":")');
        if (!/^\d+$/.test(e))
            throw invalid(text, `the epoch "${e}" is not a number (e.g. "1:2.0-1")`);
        epoch = Number(e);
        if (epoch > 2147483647)
            throw invalid(text, `the epoch ${e} is too big`);
        rest = s.slice(colon + 1);
        if (rest === '')
            throw invalid(text, 'nothing follows the epoch');
    }
    let upstream = rest;
    let revision;
    const hyphen = rest.lastIndexOf('-');
    if (hyphen >= 0) {
        upstream = rest.slice(0, hyphen);
        revision = rest.slice(hyphen + 1);
        if (revision === '')
            throw invalid(text, 'the revision after the last "-" is empty (e.g. "2.0-1")');
    }
    if (upstream === '')
        throw invalid(text, 'the upstream version is empty');
    return { epoch, upstream, revision };
}
/**
 * Parse a version. Stricter than dpkg where dpkg only warns (upstream must start with a digit, only
 * the allowed characters), because stable-sync writes versions and must never write a bad one.
 */
function parseVersion(text) {
    const { epoch, upstream, revision } = splitVersion(text);
    if (!/^\d/.test(upstream))
        throw invalid(text, `the upstream version "${upstream}" must start with a digit`);
    const badUpstream = /[^A-Za-z0-9.+~:-]/.exec(upstream);
    if (badUpstream) {
        throw invalid(text, `"${badUpstream[0]}" is not allowed in the upstream version (only A-Za-z0-9 . + ~ - :)`);
    }
    const badRevision = revision === undefined ? null : /[^A-Za-z0-9.+~]/.exec(revision);
    if (badRevision) {
        throw invalid(text, `"${badRevision[0]}" is not allowed in the revision (only A-Za-z0-9 . + ~)`);
    }
    return { epoch, upstream, revision };
}
/** Is this a valid Debian version (by `parseVersion`'s rules)? */
function isValidVersion(text) {
    try {
        parseVersion(text);
        return true;
    }
    catch {
        return false;
    }
}
function formatVersion(v) {
    return `${v.epoch !== undefined ? `${v.epoch}:` : ''}${v.upstream}${v.revision !== undefined ? `-${v.revision}` : ''}`;
}
const isDigit = (c) => c >= '0' && c <= '9';
const isAlpha = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
/** dpkg's sort weight of a character in a non-digit run: `~` first, end of string, letters, the rest. */
function order(c) {
    if (c === '' || isDigit(c))
        return 0;
    if (isAlpha(c))
        return c.charCodeAt(0);
    if (c === '~')
        return -1;
    return c.charCodeAt(0) + 256;
}
/** dpkg's verrevcmp: alternating non-digit runs (by `order`) and digit runs (numerically, any length). */
function verrevcmp(a, b) {
    let i = 0;
    let j = 0;
    const at = (s, k) => (k < s.length ? s[k] : '');
    while (i < a.length || j < b.length) {
        while ((at(a, i) !== '' && !isDigit(at(a, i))) || (at(b, j) !== '' && !isDigit(at(b, j)))) {
            const ac = order(at(a, i));
            const bc = order(at(b, j));
            if (ac !== bc)
                return ac - bc;
            i++;
            j++;
        }
        while (at(a, i) === '0')
            i++;
        while (at(b, j) === '0')
            j++;
        let firstDiff = 0;
        while (isDigit(at(a, i)) && isDigit(at(b, j))) {
            if (!firstDiff)
                firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
            i++;
            j++;
        }
        if (isDigit(at(a, i)))
            return 1;
        if (isDigit(at(b, j)))
            return -1;
        if (firstDiff)
            return firstDiff;
    }
    return 0;
}
/**
 * Compare like `dpkg --compare-versions`: -1, 0 or 1. Like dpkg, versions it only warns about (a
 * letter first, a `_`) still compare; what dpkg refuses (empty parts, a bad epoch) throws.
 */
function compareVersions(a, b) {
    const va = typeof a === 'string' ? splitVersion(a) : a;
    const vb = typeof b === 'string' ? splitVersion(b) : b;
    const ea = va.epoch ?? 0;
    const eb = vb.epoch ?? 0;
    if (ea !== eb)
        return ea > eb ? 1 : -1;
    const r = verrevcmp(va.upstream, vb.upstream) || verrevcmp(va.revision ?? '', vb.revision ?? '');
    return Math.sign(r);
}
/** The upstream part: no epoch, no `-revision` (`1:8.2.2+ds-0ubuntu2` → `8.2.2+ds`). */
function upstreamVersion(v) {
    return parseVersion(v).upstream;
}
// Repack suffixes that mark a tarball rebuilt by the distribution (non-free files removed):
// `+dfsg`, `+dfsg1`, `+dfsg.1`, `+ds`, `+ds2`, `~dfsg`, `~ds1`, `+repack`, `+repack1`, `.dfsg`.
const REPACK_SUFFIX = /[+~.](?:dfsg|ds|repack)(?:\.?\d+)*$/;
/** The upstream version as upstream tags it: repack suffixes dropped (`8.2.2+ds-0ubuntu2` → `8.2.2`). */
function upstreamTagVersion(v) {
    let up = upstreamVersion(v);
    for (let m = REPACK_SUFFIX.exec(up); m && m.index > 0; m = REPACK_SUFFIX.exec(up))
        up = up.slice(0, m.index);
    return up;
}
/** 'ubuntu' when the revision (or, for a native version, the version) says so, else 'debian'. */
function vendorOf(version) {
    const v = parseVersion(version);
    return /ubuntu/.test(v.revision ?? v.upstream) ? 'ubuntu' : 'debian';
}
/** Add one to the last digit run of `s` (`22.04.1` → `22.04.2`, `0.9` → `0.10`). */
function bumpLastNumber(s) {
    const m = /(\d+)(\D*)$/.exec(s);
    if (!m)
        throw new Error(`no number to increase in ${JSON.stringify(s)}`);
    return `${s.slice(0, m.index)}${(BigInt(m[1]) + 1n).toString()}${m[2]}`;
}
// Backport suffixes keep their shape; the next upload of a backport is the next backport.
// Ubuntu: `…ubuntu1~22.04.1`; Debian: `…~bpo12+1`.
const BACKPORT_SUFFIX = /~(?:bpo\d+\+\d+|\d+(?:\.\d+)+)$/;
/**
 * The version of the next upload after `version` (see docs/debian-formats.md):
 *   Debian `2.0-1` → `2.0-2`, `2.0-1.1` (NMU) → `2.0-2`, stable update `2.0-2+deb12u1` → `+deb12u2`;
 *   Ubuntu `2.0-2` → `2.0-2ubuntu1`, `2.0-2ubuntu1` → `2.0-2ubuntu2`, `3.1-0ubuntu1` → `3.1-0ubuntu2`,
 *   `2.0-2build1` → `2.0-2ubuntu1`; SRU `2.0-2ubuntu2` → `2.0-2ubuntu2.1` → `2.0-2ubuntu2.2`,
 *   `2.0-2` → `2.0-2ubuntu0.1`; backports `…~22.04.1` → `…~22.04.2`, `…~bpo12+1` → `…~bpo12+2`.
 * Native versions (no revision): Ubuntu `1.2` → `1.2ubuntu1` (SRU `1.2ubuntu0.1`), Debian `1.2` → `1.3`.
 * The result always sorts after `version`; anything it cannot continue sensibly is an error.
 */
function nextRevision(version, opts = {}) {
    const v = parseVersion(version);
    const vendor = opts.vendor ?? vendorOf(version);
    const sru = opts.sru ?? false;
    const fail = (why) => {
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R(`next version after ${JSON.stringify(version)}`, why);
    };
    const epoch = v.epoch !== undefined ? `${v.epoch}:` : '';
    const backport = BACKPORT_SUFFIX.exec(v.revision ?? v.upstream);
    let next;
    if (backport) {
        next = bumpLastNumber(version);
    }
    else if (v.revision === undefined) {
        next = `${epoch}${nextLocalPart(v.upstream, vendor, sru, true, fail)}`;
    }
    else {
        next = `${epoch}${v.upstream}-${nextLocalPart(v.revision, vendor, sru, false, fail)}`;
    }
    if (compareVersions(next, version) <= 0)
        fail(`computed ${next}, which does not sort after it; set the version by hand`);
    return next;
}
/** The next revision string (or, for a native version, the next whole version). */
function nextLocalPart(part, vendor, sru, native, fail) {
    if (vendor === 'ubuntu') {
        const ubuntu = /^(.*?)ubuntu(\d+)((?:\.\d+)*)$/.exec(part);
        if (ubuntu) {
            const [, base, n, dotted] = ubuntu;
            // Development release: the next plain ubuntuN, even after an SRU-style ubuntuN.M.
            if (!sru)
                return `${base}ubuntu${BigInt(n) + 1n}`;
            // SRU: ubuntu2 → ubuntu2.1; ubuntu2.1 → ubuntu2.2; ubuntu0.22.04.1 → ubuntu0.22.04.2.
            return dotted === '' ? `${part}.1` : bumpLastNumber(part);
        }
        if (/ubuntu/.test(part))
            fail(`the revision "${part}" has an Ubuntu suffix of an unknown shape`);
        // A no-change rebuild (`2build1`) is replaced by the first Ubuntu delta.
        const base = part.replace(/build\d+$/, '');
        if (base === '' || /[~+.]$/.test(base))
            fail(`cannot add an Ubuntu suffix to "${part}"`);
        return sru ? `${base}ubuntu0.1` : `${base}ubuntu1`;
    }
    const stableUpdate = /\+deb\d+u\d+$/.exec(part);
    if (stableUpdate)
        return bumpLastNumber(part);
    if (sru) {
        fail('a Debian stable update appends "+debNNu1" (e.g. 2.0-2+deb12u1) and the release number is not known here; ' +
            'write the first one by hand, later ones continue from it');
    }
    if (native)
        return bumpLastNumber(part);
    // Debian revisions: the next maintainer upload is the next integer (`1` → `2`, NMU `1.1` → `2`).
    const lead = /^\d+/.exec(part);
    if (!lead)
        fail(`the revision "${part}" does not start with a number`);
    return (BigInt(lead[0]) + 1n).toString();
}
/** First version for a new upstream release: `8.2.2-0ubuntu1` (Ubuntu, ahead of Debian) or `8.2.2-1`. */
function newUpstreamVersion(upstream, vendor, epoch) {
    const version = `${epoch !== undefined && epoch > 0 ? `${epoch}:` : ''}${upstream}-${vendor === 'ubuntu' ? '0ubuntu1' : '1'}`;
    parseVersion(version);
    return version;
}


/***/ }),

/***/ 8821:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ createGit)
/* harmony export */ });
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1767);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7568);


/**
 * Environment every git call gets: no prompts, no pager, stable messages, no user hooks from config.
 * GIT_FLUSH=0: git would otherwise flush its output after every commit when it writes to a pipe
 * (`diff-tree --stdin` over 10,000 commits: 10,000 writes and reads instead of ~1,000); nothing here
 * talks to git line by line, every output is read whole or as a stream.
 */
const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
    GIT_ADVICE: '0',
    GIT_FLUSH: '0'
};
function createGit(dir, baseEnv = {}) {
    const exec = (args, options = {}) => {
        const runOptions = {
            cwd: options.cwd ?? dir,
            env: { ...GIT_ENV, ...baseEnv, ...options.env },
            input: options.input,
            allowFailure: options.allowFailure,
            onStdout: options.onStdout,
            onSpawn: options.onSpawn
        };
        return (0,_process_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)('git', args, runOptions);
    };
    return {
        dir,
        exec,
        async text(args, options) {
            const r = await exec(args, options);
            return (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeGitText */ .Q4)(r.stdout).replace(/\n$/, '');
        },
        async test(args, options) {
            const r = await exec(args, { ...options, allowFailure: true });
            return r.code === 0;
        },
        at(other) {
            return createGit(other, baseEnv);
        }
    };
}


/***/ }),

/***/ 7568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ splitNul),
/* harmony export */   Q4: () => (/* binding */ decodeGitText)
/* harmony export */ });
/* unused harmony export parseRecords */
/**
 * Decoding of git output. Commit metadata from old history may be in Latin-1 (or anything):
 * valid UTF-8 is taken as is, anything else is read as Latin-1 so no byte is lost or rejected.
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function decodeGitText(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        return Buffer.from(bytes).toString('latin1');
    }
}
/** Split NUL-separated output (`-z`, `%x00`) into decoded fields; a trailing NUL ends the last field. */
function splitNul(bytes) {
    const fields = [];
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 0) {
            fields.push(decodeGitText(bytes.subarray(start, i)));
            start = i + 1;
        }
    }
    if (start < bytes.length)
        fields.push(decodeGitText(bytes.subarray(start)));
    return fields;
}
/**
 * Parse records written with a `--format` whose fields are each followed by `%x00`
 * (e.g. `%H%x00%P%x00%s%x00`), so a record of n fields is n NUL-terminated strings.
 * Fields may contain newlines; git never puts a NUL inside a commit message.
 */
function parseRecords(bytes, fieldsPerRecord) {
    const fields = splitNul(bytes);
    const records = [];
    for (let i = 0; i + fieldsPerRecord <= fields.length; i += fieldsPerRecord) {
        // `git log` puts a newline between records; strip it from the first field of the next one.
        const rec = fields.slice(i, i + fieldsPerRecord);
        rec[0] = rec[0].replace(/^\n+/, '');
        records.push(rec);
    }
    return records;
}


/***/ })

};
