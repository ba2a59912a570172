export const id = 115;
export const ids = [115];
export const modules = {

/***/ 2903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ selectTracks)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);

/** The tracks named by `--track` (all when none), in config order; an unknown name is bad input. */
function selectTracks(config, names) {
    if (!names || names.length === 0)
        return config.tracks;
    const known = config.tracks.map(t => t.name);
    for (const n of names) {
        if (!known.includes(n)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--track ${n}: no such track in ${config.file}. Known tracks: ${known.join(', ') || '(none)'}`);
        }
    }
    return config.tracks.filter(t => names.includes(t.name));
}


/***/ }),

/***/ 4138:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ finalizeTopEntry),
/* harmony export */   QH: () => (/* binding */ readTopEntry),
/* harmony export */   ZM: () => (/* binding */ wrapChange),
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
/**
 * Greedy word wrap at 80 columns, as dch wraps: `first` prefixes the first line, `rest` the others
 * (the continuation indent); a long word such as a URL stays whole. Control characters are dropped.
 */
function wrapChange(text, first, rest) {
    return wrap(cleanText(text).replace(/\s+/g, ' ').trim(), first, rest);
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
 * With a `signer`, the entry is signed for them, as `dch -r` signs it for whoever runs it: the trailer
 * names the signer, and when that is someone else than the entry's current signer, the changes so far
 * are attributed to the latter with a `[ Name ]` line (dch's multi-maintainer mode), unless the entry
 * already has such lines.
 */
function finalizeTopEntry(text, distribution, date, signer) {
    const lines = text.split('\n');
    const top = readTopEntry(text);
    if (!new RegExp(`^${NAME_CHARS}+$`, 'i').test(distribution) || distribution === 'UNRELEASED') {
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R('changelog entry', `"${distribution}" is not a distribution to release to (e.g. noble, unstable)`);
    }
    if (top.distributions.length === 1 && top.distributions[0] === distribution)
        return text;
    requireUnreleased(top, `release the top entry to ${distribution}`);
    const h = top.headerLine - 1;
    const t = top.trailerLine - 1;
    const m = HEADER_RE.exec(lines[h].replace(/\r$/, ''));
    lines[h] = `${m[1]} (${m[2]}) ${distribution};${m[4]}`;
    lines[t] = trailerLine(signer ?? top.maintainer, date);
    const previous = top.maintainer.name.trim();
    const attributed = top.changes.some(l => ATTRIBUTION_RE.test(l));
    if (signer && signer.name.trim() !== previous && !attributed) {
        const firstChange = lines.slice(h + 1, t).findIndex(l => l.trim() !== '');
        if (firstChange >= 0)
            lines.splice(h + 1 + firstChange, 0, `  [ ${previous} ]`);
    }
    return lines.join('\n');
}


/***/ }),

/***/ 656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ resolveVendor)
/* harmony export */ });
/* unused harmony exports knownSeries, guessVendor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(604);


const DISTRO_INFO = '/usr/share/distro-info';
function seriesOf(file) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return new Set();
    const [head, ...rows] = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').split('\n');
    const col = head.split(',').indexOf('series');
    return new Set(rows.map(r => r.split(',')[col]?.trim()).filter((s) => !!s));
}
let cached;
/** Ubuntu and Debian series names from distro-info-data (empty sets when it is not installed). */
function knownSeries(dir = DISTRO_INFO) {
    if (dir !== DISTRO_INFO)
        return { ubuntu: seriesOf(`${dir}/ubuntu.csv`), debian: seriesOf(`${dir}/debian.csv`) };
    cached ??= { ubuntu: seriesOf(`${dir}/ubuntu.csv`), debian: seriesOf(`${dir}/debian.csv`) };
    return cached;
}
// Entry headings only (dpkg's header shape); older entries are not parsed strictly here.
const HEADING = /^\w[-+0-9a-z.]* \(([^() \t]+)\)((?:\s+[-+0-9a-z.]+)+);/i;
/** The vendor `auto` finds (rules above) and why, for messages. */
function guessVendor(changelogText, series = knownSeries()) {
    const headings = changelogText
        .split('\n', 20_000)
        .map(l => HEADING.exec(l))
        .filter((m) => m !== null);
    const top = headings[0];
    if (top) {
        let revision;
        try {
            const v = (0,_version_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(top[1]);
            revision = v.revision ?? v.upstream;
        }
        catch {
            revision = undefined;
        }
        if (revision && /ubuntu/.test(revision))
            return { vendor: 'ubuntu', why: `the version ${top[1]} has an Ubuntu revision` };
    }
    for (const h of headings.slice(0, 50)) {
        const dist = h[2].trim().split(/\s+/)[0];
        if (dist === 'UNRELEASED')
            continue;
        const base = dist.replace(/-(proposed|updates|security|backports)$/, '');
        if (series.ubuntu.has(base))
            return { vendor: 'ubuntu', why: `${h[1]} was released to the Ubuntu series ${dist}` };
        return { vendor: 'debian', why: `${h[1]} was released to ${dist}` };
    }
    return { vendor: 'debian', why: 'no entry names an Ubuntu version or series' };
}
/** The vendor to use: the config's choice, or `auto`'s guess from the changelog. */
function resolveVendor(setting, changelogText, series) {
    if (setting === 'debian' || setting === 'ubuntu')
        return setting;
    return guessVendor(changelogText, series).vendor;
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
    const runOptions = (options) => ({
        cwd: options.cwd ?? dir,
        env: { ...GIT_ENV, ...baseEnv, ...options.env },
        input: options.input,
        allowFailure: options.allowFailure,
        onStdout: options.onStdout,
        onStderr: options.onStderr,
        onSpawn: options.onSpawn
    });
    const exec = (args, options = {}) => (0,_process_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)('git', args, runOptions(options));
    return {
        dir,
        exec,
        converse: (args, options) => (0,_process_run_js__WEBPACK_IMPORTED_MODULE_0__/* .converse */ .iq)('git', args, { ...runOptions(options), onStdout: options.onStdout }),
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

/***/ 5685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ resolveSigner)
});

// UNUSED EXPORTS: gitConfigIdentity

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/config/identity.js

const EMAIL = /^[^@\s<>]+@[^@\s<>]+$/;
function fromEnvironment(env) {
    // As dch does: DEBEMAIL (or EMAIL) may carry the name too, "Jane Doe <jane@example.org>".
    const emailVar = env.DEBEMAIL?.trim() ? 'DEBEMAIL' : env.EMAIL?.trim() ? 'EMAIL' : undefined;
    const raw = emailVar ? (env[emailVar] ?? '').trim() : '';
    const combined = /^(.*?)\s*<([^<>]+)>$/.exec(raw);
    const name = env.DEBFULLNAME?.trim() || env.NAME?.trim() || combined?.[1]?.trim() || undefined;
    const email = combined ? combined[2].trim() : raw || undefined;
    return { name, email, emailVar };
}
/**
 * Who signs debian/changelog entries and commits: the config's `maintainer`, else DEBFULLNAME and
 * DEBEMAIL from the environment (with dch's fallbacks NAME, EMAIL and "Name <email>" in DEBEMAIL).
 */
function resolveIdentity(config, env, candidates = []) {
    return resolveIdentitySource(config, env, candidates).identity;
}
/**
 * resolveIdentity with its source, and the later candidates in order: `git` (git's user.name and
 * user.email, which fill in a field the environment leaves empty, as `gbp dch` does), then whole
 * identities such as the GitHub user who triggered a release. The first complete one wins; with none,
 * the error says how to set one.
 */
function resolveIdentitySource(config, env, candidates = [], git) {
    if (config.maintainer)
        return { identity: { ...config.maintainer }, source: `maintainer in ${config.file}` };
    const found = fromEnvironment(env);
    const howTo = `Set 'maintainer: { name: Jane Doe, email: jane@example.org }' in ${config.file}, ` +
        `or export DEBFULLNAME='Jane Doe' and DEBEMAIL=jane@example.org`;
    if (found.email && !EMAIL.test(found.email)) {
        throw new errors/* InputError */.dz(`${found.emailVar}='${found.email}' is not an email address. ${howTo}.`);
    }
    if (found.name && found.email)
        return { identity: { name: found.name, email: found.email }, source: 'DEBFULLNAME/DEBEMAIL' };
    // As gbp dch: each field the environment leaves empty comes from git's user.name / user.email.
    const gitEmail = git?.email?.trim() && EMAIL.test(git.email.trim()) ? git.email.trim() : undefined;
    const name = found.name ?? (git?.name?.trim() || undefined);
    const email = found.email ?? gitEmail;
    if (name && email) {
        const parts = [
            found.name ? 'DEBFULLNAME' : 'git user.name',
            found.email ? found.emailVar : 'git user.email'
        ];
        return { identity: { name, email }, source: parts.join(' and ') };
    }
    for (const c of candidates) {
        const n = c.name?.trim();
        const e = c.email?.trim();
        if (n && e && EMAIL.test(e))
            return { identity: { name: n, email: e }, source: c.source };
    }
    const gitHint = ', or set git config user.name and user.email';
    if (!name && !email) {
        throw new errors/* InputError */.dz(`No maintainer identity for debian/changelog entries. ${howTo}${gitHint}.`);
    }
    if (!name)
        throw new errors/* InputError */.dz(`No maintainer name: ${found.emailVar ?? 'git user.email'} is set but DEBFULLNAME is not. ${howTo}${gitHint}.`);
    throw new errors/* InputError */.dz(`No maintainer email: ${found.name ? 'DEBFULLNAME' : 'git user.name'} is set but DEBEMAIL is not. ${howTo}${gitHint}.`);
}

// EXTERNAL MODULE: ./build/git/gateway.js
var gateway = __webpack_require__(8821);
;// CONCATENATED MODULE: ./build/git/identity.js


/** git's user.name and user.email as the repository sees them (local, global, system config). */
async function gitConfigIdentity(git) {
    const get = async (key) => {
        const r = await git.exec(['config', '--get', key], { allowFailure: true });
        return r.code === 0 ? r.stdout.toString('utf8').trim() || undefined : undefined;
    };
    return { name: await get('user.name'), email: await get('user.email'), source: 'git config' };
}
/**
 * Who signs a changelog entry: the config's maintainer, DEBFULLNAME/DEBEMAIL, git's user.name /
 * user.email in `repoDir` (as gbp dch falls back), then the given candidates. The log says which, unless
 * it was the config or the environment (what a maintainer set on purpose).
 */
async function resolveSigner(opts) {
    const git = opts.config.maintainer ? undefined : await gitConfigIdentity((0,gateway/* createGit */.l)(opts.repoDir, opts.env));
    const r = resolveIdentitySource(opts.config, opts.env, opts.candidates ?? [], git);
    if (r.source !== 'DEBFULLNAME/DEBEMAIL' && !r.source.startsWith('maintainer in '))
        opts.log.info(`changelog signed by ${r.identity.name} <${r.identity.email}> (from ${r.source})`);
    return r;
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
