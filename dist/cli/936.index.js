export const id = 936;
export const ids = [936];
export const modules = {

/***/ 5779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RR: () => (/* binding */ milestoneLookupFrom),
/* harmony export */   Rk: () => (/* binding */ KEYS),
/* harmony export */   Z4: () => (/* binding */ resolveCalendar)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _day_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5402);


/** The calendar keys, in config spelling, for messages. */
const KEYS = {
    featureFreeze: 'feature-freeze',
    betaFreeze: 'beta-freeze',
    release: 'release'
};
/** A lookup over an already fetched list of milestones (one API call for all tracks). */
function milestoneLookupFrom(milestones) {
    return async (title) => milestones.find(m => m.title === title);
}
function settingFor(key, track, top) {
    // A track's own setting of a key (date or milestone) wins over the top level; within one level a
    // fixed date wins over a milestone title.
    for (const [cal, where] of [
        [track, 'tracks[].calendar'],
        [top, 'calendar']
    ]) {
        if (!cal)
            continue;
        const day = cal[key];
        if (day)
            return { day, key: `${where}.${KEYS[key]}` };
        const title = cal.milestones?.[key];
        if (title)
            return { milestone: title, key: `${where}.milestones.${KEYS[key]}` };
    }
    return undefined;
}
/**
 * The days that decide a track's mode: the track's `calendar:` keys override the top-level ones key
 * by key; milestone titles are looked up through `lookup` (their due day, in UTC).
 */
async function resolveCalendar(config, track, lookup, options = {}) {
    const resolved = { days: {}, sources: {} };
    for (const key of Object.keys(KEYS)) {
        const s = settingFor(key, track.calendar, config.calendar);
        if (!s)
            continue;
        if ('day' in s) {
            resolved.days[key] = s.day;
            resolved.sources[key] = { kind: 'config', key: s.key };
            continue;
        }
        if (!lookup && options.withoutGitHub === 'collect') {
            ;
            (resolved.unresolved ??= []).push({ key, milestone: s.milestone, setting: s.key });
            continue;
        }
        if (!lookup) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`track '${track.name}': ${s.key} names the GitHub milestone '${s.milestone}', but no GitHub access is ` +
                `available here. Run in the action, set GITHUB_TOKEN and GITHUB_REPOSITORY, or give a date ` +
                `(${KEYS[key]}: YYYY-MM-DD) in ${config.file}`);
        }
        const m = await lookup(s.milestone);
        if (!m) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`track '${track.name}': ${s.key} names the milestone '${s.milestone}', which the repository does not ` +
                `have. Create it with a due date, or fix the title in ${config.file}`);
        }
        const day = m.dueOn ? (0,_day_js__WEBPACK_IMPORTED_MODULE_1__/* .dayOfTimestamp */ .iC)(m.dueOn) : undefined;
        if (!day) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`track '${track.name}': the milestone '${s.milestone}' (${s.key}) has no due date. Set one on GitHub, ` +
                `or give a date (${KEYS[key]}: YYYY-MM-DD) in ${config.file}`);
        }
        resolved.days[key] = day;
        resolved.sources[key] = { kind: 'milestone', title: s.milestone, url: m.url };
    }
    const { featureFreeze: ff, betaFreeze: bf } = resolved.days;
    if (ff && bf && ff > bf) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`track '${track.name}': feature freeze (${ff}) comes after beta freeze (${bf}). Feature freeze must be ` +
            `on or before beta freeze; fix the dates in ${config.file} or the milestones' due dates`);
    }
    return resolved;
}


/***/ }),

/***/ 7483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ describeTrackCalendar),
  K: () => (/* binding */ trackCalendar)
});

// EXTERNAL MODULE: ./build/calendar/day.js
var calendar_day = __webpack_require__(5402);
;// CONCATENATED MODULE: ./build/calendar/mode.js
/**
 * The mode on `day`. A freeze starts ON its date: the feature-freeze day is already `fixes`, the
 * beta-freeze day already `frozen`. No dates at all means `fixes` forever (the engine's plain
 * behaviour); only one date moves the track across that one boundary.
 */
function modeAt(days, day) {
    const { featureFreeze: ff, betaFreeze: bf } = days;
    if (!ff && !bf)
        return { mode: 'fixes', reason: 'no freeze calendar: always fixes' };
    if (bf && day >= bf)
        return { mode: 'frozen', reason: `beta freeze since ${bf}` };
    const toFrozen = bf ? { day: bf, mode: 'frozen', event: 'beta-freeze' } : undefined;
    if (ff && day < ff) {
        return {
            mode: 'track',
            next: { day: ff, mode: 'fixes', event: 'feature-freeze' },
            reason: `before feature freeze (${ff})`
        };
    }
    return {
        mode: 'fixes',
        next: toFrozen,
        reason: ff ? `feature freeze since ${ff}` : `before beta freeze (${bf})`
    };
}

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/calendar/resolve.js
var resolve = __webpack_require__(5779);
;// CONCATENATED MODULE: ./build/calendar/offline.js



/** Representative days for "on or before `day`" and "after `day`", per key (see modeWithout). */
function placements(key, day) {
    // The earliest past feature freeze and the latest past beta freeze are the ones that fit any
    // known other date; likewise the earliest future feature freeze and the latest future beta freeze.
    if (key === 'featureFreeze')
        return ['0000-01-01', nextDay(day)];
    if (key === 'betaFreeze')
        return [day, '9999-12-31'];
    return [];
}
function nextDay(day) {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
}
function modeWithout(track, known, unresolved, day, file) {
    const freezes = unresolved.filter(u => u.key !== 'release');
    let candidates = [{ ...known }];
    for (const u of freezes) {
        candidates = candidates.flatMap(c => placements(u.key, day).map(d => ({ ...c, [u.key]: d })));
    }
    const consistent = candidates.filter(c => !(c.featureFreeze && c.betaFreeze && c.featureFreeze > c.betaFreeze));
    const modes = new Set(consistent.map(c => modeAt(c, day).mode));
    const base = modeAt(known, day);
    if (modes.size !== 1 || !modes.has(base.mode)) {
        const which = freezes.map(u => `'${u.milestone}' (${u.setting})`).join(' and ');
        throw new errors/* InputError */.dz(`track '${track}': today's calendar mode (${[...modes].sort().join(' or ')}) depends on the GitHub ` +
            `milestone ${which}, which cannot be read without GitHub access. Set GITHUB_TOKEN (or GH_TOKEN) and ` +
            `GITHUB_REPOSITORY, or give the date (${freezes.map(u => `${resolve/* KEYS */.Rk[u.key]}: YYYY-MM-DD`).join(', ')}) in ${file}`);
    }
    const assumed = unresolved.map(u => u.key === 'release'
        ? `release milestone '${u.milestone}' (${u.setting}) not read (no GitHub access): plan and apply do not need the release date`
        : `milestone '${u.milestone}' (${u.setting}) not read (no GitHub access): the mode is ${base.mode} whatever its due date`);
    // Determined with an unknown freeze means frozen by a known beta freeze (no next change) or
    // before a known feature freeze (the next change is that day): the known `next` stays right.
    return { ...base, assumed };
}

;// CONCATENATED MODULE: ./build/calendar/track-calendar.js




async function trackCalendar(config, track, now, lookup, options = {}) {
    const withoutGitHub = options.need === 'mode' ? 'collect' : 'throw';
    const { days, sources, unresolved } = await (0,resolve/* resolveCalendar */.Z4)(config, track, lookup, { withoutGitHub });
    const day = (0,calendar_day/* dayOf */.kb)(now);
    if (unresolved?.length) {
        const { assumed, ...mode } = modeWithout(track.name, days, unresolved, day, config.file);
        return { track: track.name, day, days, sources, ...mode, assumed };
    }
    return { track: track.name, day, days, sources, ...modeAt(days, day) };
}
/** One line for humans: `qemu: fixes (feature freeze since 2026-11-01); frozen from 2026-12-01`. */
function describeTrackCalendar(c) {
    const next = c.next ? `; ${c.next.mode} from ${c.next.day} (${c.next.event})` : '; no further change';
    const release = c.days.release ? `; release ${c.days.release}` : '';
    return `${c.track}: ${c.mode} (${c.reason})${next}${release}`;
}


/***/ }),

/***/ 1936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ll: () => (/* binding */ engineOptions),
  pQ: () => (/* binding */ runEngineCommand)
});

// UNUSED EXPORTS: describeResult

// EXTERNAL MODULE: ./build/calendar/day.js
var day = __webpack_require__(5402);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/debian/changelog.js
var changelog = __webpack_require__(4138);
// EXTERNAL MODULE: ./build/debian/version.js
var debian_version = __webpack_require__(604);
// EXTERNAL MODULE: ./build/debian/vendor.js
var debian_vendor = __webpack_require__(656);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/git/identity.js + 1 modules
var identity = __webpack_require__(5685);
// EXTERNAL MODULE: ./build/upstream/fetch-pinned.js
var fetch_pinned = __webpack_require__(9763);
// EXTERNAL MODULE: ./build/upstream/lock.js
var lock = __webpack_require__(6797);
// EXTERNAL MODULE: ./build/upstream/fetch.js + 5 modules
var fetch = __webpack_require__(3454);
;// CONCATENATED MODULE: ./build/calendar/move-changelog.js

/**
 * The changelog of a track-mode move. A new entry for the new upstream version goes on top. When the
 * top entry is still UNRELEASED (never uploaded), the move takes its place instead of stacking a second
 * unreleased version: its change lines are kept after the move's, minus the `- <patch>: …` lines of the
 * patches the release made unnecessary (and a `cherry-pick N fixes` bullet recounted, or removed when
 * none of its patches is left).
 */
function moveChangelog(text, entry, droppedFiles) {
    const top = (0,changelog/* readTopEntry */.QH)(text);
    const base = {
        package: top.package,
        version: entry.version,
        distributions: entry.distribution,
        maintainer: entry.maintainer,
        date: entry.date
    };
    if (!top.distributions.includes('UNRELEASED'))
        return (0,changelog/* prependEntry */.zB)(text, { ...base, urgency: top.urgency || 'medium', changes: entry.items });
    const lines = text.split('\n');
    const rest = lines
        .slice(top.trailerLine)
        .join('\n')
        .replace(/^\s*\n/, '');
    const kept = withoutDropped(top.changes, new Set(droppedFiles.map(f => f.replace(/^.*\//, ''))));
    const changes = kept.some(l => l.trim() !== '') ? [...entry.items, '', ...kept] : entry.items;
    return (0,changelog/* prependEntry */.zB)(rest, { ...base, urgency: top.urgency || 'medium', changes });
}
/** Raw change lines without the detail lines naming dropped patches (see moveChangelog). */
function withoutDropped(changes, dropped) {
    // Group the lines by bullet: a `  * ` line and the deeper-indented lines after it.
    const groups = [];
    for (const line of changes) {
        if (/^ {2}\S/.test(line) || groups.length === 0)
            groups.push([line]);
        else
            groups[groups.length - 1].push(line);
    }
    const out = [];
    for (const g of groups) {
        const details = g.filter(l => /^\s{4,}- /.test(l));
        // A detail's continuation lines (indented deeper, no `- `) go with it.
        let dropping = false;
        const left = g.filter(l => {
            if (/^\s{4,}- /.test(l)) {
                const name = /^\s{4,}- ([^\s:]+):/.exec(l)?.[1];
                dropping = name !== undefined && dropped.has(name);
            }
            else if (!/^\s{5,}\S/.test(l))
                dropping = false;
            return !dropping;
        });
        const leftDetails = left.filter(l => /^\s{4,}- /.test(l));
        if (details.length > 0 && leftDetails.length === 0)
            continue;
        if (leftDetails.length !== details.length) {
            const n = leftDetails.length;
            left[0] = left[0].replace(/cherry-pick \d+ fix(?:es)?/, `cherry-pick ${n} fix${n === 1 ? '' : 'es'}`);
        }
        out.push(...left);
    }
    while (out.length && out[out.length - 1].trim() === '')
        out.pop();
    while (out.length && out[0].trim() === '')
        out.shift();
    return out;
}

// EXTERNAL MODULE: ./build/git/text.js
var git_text = __webpack_require__(7568);
;// CONCATENATED MODULE: ./build/calendar/stable-tags.js


/** `v{version}` → a matcher returning the version part of a tag name, or undefined. */
function tagMatcher(template) {
    const [before, after] = template.split('{version}');
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^${escape(before)}(.+)${escape(after ?? '')}$`);
    return tag => re.exec(tag)?.[1];
}
/** Release candidates and other previews are not stable releases a package moves to. */
function isPreRelease(version) {
    return /(?:^|[^a-z])(?:rc|alpha|beta|pre|dev)\d*(?:$|[^a-z])/i.test(version);
}
/** Upstream versions like `8.2.0-rc1` are not Debian versions: compare with `-` read as `~`. */
function compareUpstream(a, b) {
    return (0,debian_version/* compareVersions */.Zy)(a.replace(/-/g, '~'), b.replace(/-/g, '~'));
}
/** Stable release tags (per the track's tag template) reachable from `tipRef`, newest first. */
async function releaseTagsOnBranch(git, tipRef, template) {
    const match = tagMatcher(template);
    // %(*objectname) is the peeled commit of an annotated tag, empty for a lightweight one.
    const r = await git.exec([
        'for-each-ref',
        `--merged=${tipRef}`,
        '--format=%(refname:strip=2)%00%(*objectname)%00%(objectname)%00',
        'refs/tags'
    ]);
    const fields = (0,git_text/* splitNul */.K5)(r.stdout);
    const tags = [];
    for (let i = 0; i + 3 <= fields.length; i += 3) {
        const tag = fields[i].replace(/^\n+/, '');
        const version = match(tag);
        // A tag whose version part is not a version at all (`v1.0_final`) is not a release to move to.
        if (!version || isPreRelease(version) || !(0,debian_version/* isValidVersion */.ri)(version.replace(/-/g, '~')))
            continue;
        tags.push({ version, tag, sha: fields[i + 1] || fields[i + 2] });
    }
    return tags.sort((a, b) => compareUpstream(b.version, a.version));
}
/**
 * The newest stable release tag on the branch that is newer than the pin and descends from it, or
 * undefined when the pin already is the newest release.
 */
async function newestReleaseAfter(git, tipRef, template, pin) {
    for (const t of await releaseTagsOnBranch(git, tipRef, template)) {
        if (compareUpstream(t.version, pin.version) <= 0)
            return undefined;
        if (await git.test(['merge-base', '--is-ancestor', pin.sha, t.sha]))
            return t;
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/debian/format-error.js
var format_error = __webpack_require__(8906);
;// CONCATENATED MODULE: ./build/debian/series.js



/**
 * `debian/patches/series`, read and written the way dpkg-source reads it (Dpkg::Source::Quilt
 * read_patch_list): leading blanks stripped, `#` starts a comment at the start of a line or after a
 * blank, the first word is the patch path, a following `-p1` is tolerated (dpkg-source supports no
 * other option), and a path with a `..` component is refused.
 */
/**
 * The series file dpkg-source will use in `packageDir`: `debian/patches/<vendor>.series` when a vendor
 * is given and that file exists (dpkg-source prefers it), else `debian/patches/series`. Returns the
 * path joined to `packageDir`. The vendor is what `dpkg-vendor --query vendor` would say (lowercased).
 */
function seriesPath(packageDir, vendor) {
    if (vendor) {
        const vendorSeries = (0,external_node_path_.join)(packageDir, 'debian', 'patches', `${vendor.toLowerCase()}.series`);
        if ((0,external_node_fs_.existsSync)(vendorSeries))
            return vendorSeries;
    }
    return (0,external_node_path_.join)(packageDir, 'debian', 'patches', 'series');
}
/** Every patch in the series with its options and line number. */
function parseSeriesEntries(text) {
    const entries = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw
            .replace(/\r$/, '')
            .replace(/^\s+/, '')
            .replace(/(^|\s+)#.*$/, '');
        if (line === '')
            return;
        const m = /^(\S+)(?:\s+(.*?))?\s*$/.exec(line);
        const path = m[1];
        if (/(^|\/)\.\.(\/|$)/.test(path) || path.startsWith('/')) {
            throw new format_error/* DebianFormatError */.R('series', `the patch path "${path}" leaves debian/patches; remove that line`, i + 1);
        }
        entries.push({ path, options: m[2] ?? '', line: i + 1 });
    });
    return entries;
}
/** The patch paths, in order (comments and blank lines skipped, `-p1` options dropped). */
function parseSeries(text) {
    return parseSeriesEntries(text).map(e => e.path);
}
/**
 * Append patch paths that the series does not list yet, keeping everything already there (comments,
 * blank lines, options) byte-for-byte. The result ends with a newline (unless it is empty).
 */
function appendSeries(text, paths) {
    const present = new Set(parseSeries(text));
    // Collect the new lines and join once: appending to a growing string and asking it endsWith()
    // flattens V8's rope each time, which made 10,000 paths quadratic.
    const added = [];
    for (const path of paths) {
        if (!/^[^\s#/][^\s]*$/.test(path) || /(^|\/)\.\.(\/|$)/.test(path)) {
            throw new format_error/* DebianFormatError */.R('series', `cannot add "${path}": a patch path is relative to debian/patches, without spaces, "#" first or ".."`);
        }
        if (present.has(path))
            continue;
        present.add(path);
        added.push(path);
    }
    const head = text !== '' && !text.endsWith('\n') ? `${text}\n` : text;
    return added.length ? `${head}${added.join('\n')}\n` : head;
}

;// CONCATENATED MODULE: ./build/debian/dep3.js

/** Lines that start the diff (quilt's own rule, plus git's bare `---` separator before the diffstat). */
const DIFF_START = /^(?:---[ \t]*$|(?:---|\*\*\*|Index:)[ \t][^ \t]|diff -)/;
const FIELD = /^([!-9;-~]+):(?:[ \t]+(.*?)|)[ \t]*$/;
const MBOX_FROM = /^From ([0-9a-f]{40}|[0-9a-f]{64}) /;
/** Split a patch into its header and the diff (which starts at the first diff line; '' if none). */
function splitPatch(text) {
    let offset = 0;
    for (const line of text.split('\n')) {
        if (DIFF_START.test(line.replace(/\r$/, '')))
            return { header: text.slice(0, offset), diff: text.slice(offset) };
        offset += line.length + 1;
    }
    return { header: text, diff: '' };
}
/** RFC 2047 encoded words (`=?UTF-8?q?J=C3=BCrgen?=`), as git format-patch writes non-ASCII names. */
function decodeWords(s) {
    return s
        .replace(/(\?=)\s+(=\?)/g, '$1$2')
        .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (all, charset, enc, data) => {
        const cs = charset.toLowerCase().replace(/\*.*$/, '');
        const encoding = cs === 'utf-8' || cs === 'utf8'
            ? 'utf8'
            : /^(iso-8859-1|latin1|us-ascii)$/.test(cs)
                ? 'latin1'
                : undefined;
        if (!encoding)
            return all;
        const bytes = enc.toLowerCase() === 'b'
            ? Buffer.from(data, 'base64')
            : Buffer.from(data
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1');
        return bytes.toString(encoding);
    });
}
function paragraphs(lines) {
    const out = [];
    let current;
    lines.forEach((line, i) => {
        if (line.trim() === '')
            current = undefined;
        else if (current)
            current.lines.push(line);
        else
            out.push((current = { start: i, lines: [line] }));
    });
    return out;
}
const isFieldParagraph = (lines) => FIELD.test(lines[0]) && lines.every(l => FIELD.test(l) || /^[ \t]/.test(l));
const SHA = '([0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?)(?![0-9a-fA-F])';
const SHA_PATTERNS = [
    new RegExp(`commit:\\s*${SHA}`, 'g'),
    new RegExp(`/commits?/${SHA}`, 'g'),
    new RegExp(`[?&;]id=${SHA}`, 'g'),
    new RegExp(`[?&;]h=${SHA}`, 'g')
];
function shasIn(value) {
    return SHA_PATTERNS.flatMap(re => [...value.matchAll(re)].map(m => ({ at: m.index, sha: m[1].toLowerCase() })))
        .sort((a, b) => a.at - b.at)
        .map(x => x.sha);
}
/** Parse a patch header (as returned by `splitPatch`). Never throws: unknown text is long description. */
function parseDep3(header) {
    const lines = header.split('\n').map(l => l.replace(/\r$/, ''));
    const stop = lines.findIndex(l => /^---[ \t]*$/.test(l));
    if (stop >= 0)
        lines.length = stop;
    let formatPatchSha;
    const first = lines.findIndex(l => l.trim() !== '');
    const mbox = first >= 0 ? MBOX_FROM.exec(lines[first]) : null;
    if (mbox) {
        formatPatchSha = mbox[1].toLowerCase();
        lines[first] = '';
    }
    const fields = [];
    const free = [];
    for (const p of paragraphs(lines)) {
        if (!isFieldParagraph(p.lines)) {
            free.push(p.lines.join('\n'));
            continue;
        }
        p.lines.forEach((line, k) => {
            const m = /^[ \t]/.test(line) ? null : FIELD.exec(line);
            if (m)
                fields.push({ name: m[1], value: m[2] ?? '', line: p.start + k + 1 });
            else {
                const cont = line.slice(1).replace(/\s+$/, '');
                const last = fields[fields.length - 1];
                last.value += `\n${cont === '.' ? '' : cont}`;
            }
        });
    }
    const get = (name) => fields.find(f => f.name.toLowerCase() === name);
    let summary = '';
    const bodyParts = [];
    const description = get('description');
    const subject = get('subject');
    if (description) {
        const [head, ...rest] = description.value.split('\n');
        summary = head.trim();
        if (rest.join('').trim() !== '')
            bodyParts.push(rest.join('\n').replace(/^\n+|\n+$/g, ''));
    }
    else if (subject) {
        summary = decodeWords(subject.value.split('\n').join(' ').replace(/\s+/g, ' ').trim()).replace(/^\[[^\]]*PATCH[^\]]*\]\s*/i, '');
    }
    else if (free.length > 0) {
        const [head, ...rest] = free.shift().split('\n');
        summary = head.trim();
        if (rest.length > 0)
            bodyParts.push(rest.join('\n'));
    }
    bodyParts.push(...free);
    for (const f of fields)
        if (/^(from|author)$/i.test(f.name))
            f.value = decodeWords(f.value);
    const originShas = [
        ...new Set(fields.filter(f => /^(origin|applied-upstream)$/i.test(f.name)).flatMap(f => shasIn(f.value)))
    ];
    return {
        fields,
        summary,
        body: bodyParts.join('\n\n'),
        originShas,
        ...(formatPatchSha ? { formatPatchSha } : {})
    };
}
/** The first value of a field (names compare case-insensitively). */
function dep3Field(dep3, name) {
    return dep3.fields.find(f => f.name.toLowerCase() === name.toLowerCase())?.value;
}
/** Every value of a repeatable field (`Bug-Ubuntu`, `Signed-off-by`). */
function dep3Values(dep3, name) {
    return dep3.fields.filter(f => f.name.toLowerCase() === name.toLowerCase()).map(f => f.value);
}
/**
 * Render fields as a DEP-3 header (ends with a newline, no blank line after it). Multi-line values
 * continue on lines starting with a space; an empty line inside a value becomes ` .`. Control
 * characters from untrusted text are dropped and tabs become spaces, so no value line can start a
 * diff, a field or a new paragraph.
 */
function renderDep3(fields) {
    const out = [];
    for (const [name, value] of fields) {
        if (!/^[!-9;-~]+$/.test(name)) {
            throw new DebianFormatError('DEP-3 field', `${JSON.stringify(name)} is not a field name (letters, digits, "-")`);
        }
        const lines = value
            .replace(/\r\n?/g, '\n')
            .replace(/\t/g, ' ')
            .replace(/[\p{Cc}\u2028\u2029]/gu, c => (c === '\n' ? c : ''))
            .split('\n')
            .map(l => l.replace(/\s+$/, ''));
        while (lines.length > 1 && lines[lines.length - 1] === '')
            lines.pop();
        const [head, ...rest] = lines;
        out.push(head.trim() === '' ? `${name}:` : `${name}: ${head.trim()}`);
        for (const l of rest)
            out.push(l === '' ? ' .' : ` ${l}`);
    }
    return out.length > 0 ? `${out.join('\n')}\n` : '';
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/process/run.js
var run = __webpack_require__(1767);
;// CONCATENATED MODULE: ./build/calendar/tree.js




/**
 * Check out a commit's tree into a fresh temporary directory without touching the repository's own
 * index or worktree (a private index file). Returns the directory and its cleanup.
 */
async function checkoutTree(git, sha) {
    const base = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'stable-sync-tree-'));
    const cleanup = () => (0,external_node_fs_.rmSync)(base, { recursive: true, force: true });
    const dir = (0,external_node_path_.join)(base, 'tree');
    const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(base, 'index') };
    try {
        (0,external_node_fs_.mkdirSync)(dir);
        await git.exec(['read-tree', sha], { env });
        // --work-tree: the upstream cache is a bare repository.
        await git.exec(['--work-tree', dir, 'checkout-index', '-a'], { env });
    }
    catch (e) {
        // A failed checkout (unknown sha, full disk) must not leave its temporary directory behind.
        cleanup();
        throw e;
    }
    return { dir, cleanup };
}
/**
 * Apply one patch file with -p1 at fuzz 0, as dpkg-source does. `reverse` + `dryRun` asks "does the
 * tree already contain this change?". Returns patch's own words on failure.
 */
async function applyPatch(treeDir, patchFile, opts = {}) {
    const args = [
        '-p1',
        '-F0',
        '--batch',
        '--forward',
        '--no-backup-if-mismatch',
        '-s',
        '-d',
        treeDir,
        '-i',
        patchFile
    ];
    // --forward stays with --reverse: with --batch alone, patch would take a patch that applies forwards
    // as "reversed" and apply it, answering "yes, contained" for anything.
    if (opts.reverse)
        args.push('--reverse');
    if (opts.dryRun)
        args.push('--dry-run');
    const r = await (0,run/* run */.eF)('patch', args, { allowFailure: true, env: { LC_ALL: 'C', POSIXLY_CORRECT: undefined } });
    return { ok: r.code === 0, output: `${r.stdout.toString('utf8')}${r.stderr}`.trim() };
}

;// CONCATENATED MODULE: ./build/calendar/contained.js



/** `git patch-id --stable` output → map from patch-id to the commit it was computed for. */
function parsePatchIds(text) {
    const ids = new Map();
    for (const line of text.split('\n')) {
        const [id, commit] = line.trim().split(/\s+/);
        if (id && commit && !ids.has(id))
            ids.set(id, commit);
    }
    return ids;
}
/** Patch-ids of every commit in `from..to` (merged branches included), one `git log` + one `patch-id`. */
async function rangePatchIds(git, from, to) {
    // Only the `commit <sha>` line per commit: message bodies could contain diff-like lines.
    const log = await git.exec([
        'log',
        '-p',
        '--no-color',
        '--no-renames',
        '--no-ext-diff',
        '--format=commit %H',
        `${from}..${to}`
    ]);
    const ids = await git.exec(['patch-id', '--stable'], { input: log.stdout });
    return parsePatchIds(ids.stdout.toString('utf8'));
}
/**
 * Patch-ids of many patch files with one `git patch-id` process: each file's diff (its DEP-3 or mail
 * header cut off, so a `commit <sha> upstream.` line in a message cannot split it) behind a
 * `commit <index>` line. Bytes are carried as Latin-1 so non-UTF-8 patches pass through unchanged.
 */
async function filePatchIds(git, texts) {
    const key = (i) => i.toString(16).padStart(40, '0');
    const input = texts.map((t, i) => {
        const { diff } = splitPatch(t.toString('latin1'));
        return Buffer.from(`commit ${key(i)}\n${diff}${diff.endsWith('\n') ? '' : '\n'}`, 'latin1');
    });
    const r = await git.exec(['patch-id', '--stable'], { input: Buffer.concat(input) });
    const byKey = new Map();
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [id, k] = line.trim().split(/\s+/);
        if (id && k)
            byKey.set(k, id);
    }
    return texts.map((_, i) => byKey.get(key(i)));
}
/** A patch without a single hunk would "reverse-apply" to anything; never count it as contained. */
function hasHunk(text) {
    return /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/m.test(text);
}
/**
 * Which of the series' patches a newer upstream release already contains, decided by content, never by
 * file name: a patch whose `git patch-id --stable` equals a commit in pin..release, or whose change
 * reverse-applies at fuzz 0 on the release's tree (a backport with other context, or a change upstream
 * took in another form). `treeDir` is a checkout of the release.
 */
async function containedPatches(git, range, treeDir, patches) {
    const upstreamIds = await rangePatchIds(git, range.from, range.to);
    const texts = patches.map(p => (0,external_node_fs_.readFileSync)(p.path));
    const ids = await filePatchIds(git, texts);
    const contained = [];
    for (const [i, p] of patches.entries()) {
        if (!hasHunk(texts[i].toString('latin1')))
            continue;
        const upstream = ids[i] ? upstreamIds.get(ids[i]) : undefined;
        if (upstream) {
            contained.push({ file: p.file, how: 'patch-id', upstream });
            continue;
        }
        if ((await applyPatch(treeDir, p.path, { reverse: true, dryRun: true })).ok) {
            contained.push({ file: p.file, how: 'reverse-applies' });
        }
    }
    return contained;
}

;// CONCATENATED MODULE: ./build/calendar/track-mode.js








/** The series file in use and the patches it lists (paths relative to the package directory). */
function readSeries(packageDir, vendor) {
    const file = seriesPath(packageDir, vendor);
    const text = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : '';
    const patchesDir = (0,external_node_path_.join)(packageDir, 'debian', 'patches');
    const patches = parseSeries(text).map(p => {
        const path = (0,external_node_path_.join)(patchesDir, p);
        return { file: (0,external_node_path_.relative)(packageDir, path), path };
    });
    return { file, patches };
}
/**
 * The package version for the new upstream release: keeps the epoch and a repack suffix (`+ds`), and
 * starts the revision in the vendor's style (`8.2.2+ds-0ubuntu1`, `8.2.2-1`).
 */
function movedVersion(currentVersion, releaseVersion, vendor = (0,debian_version/* vendorOf */.AK)(currentVersion)) {
    const up = (0,debian_version/* upstreamVersion */.mm)(currentVersion);
    const tagged = (0,debian_version/* upstreamTagVersion */.W2)(currentVersion);
    const repack = up.startsWith(tagged) ? up.slice(tagged.length) : '';
    return (0,debian_version/* newUpstreamVersion */.Wq)(`${releaseVersion}${repack}`, vendor, (0,debian_version/* parseVersion */.ot)(currentVersion).epoch);
}
/** The proposal, or undefined when the pin already is the newest stable release on the branch. */
async function proposeTrackMove(input) {
    const { git, tipRef } = input.upstream;
    const to = await newestReleaseAfter(git, tipRef, input.track.upstream.tag, input.pin);
    if (!to)
        return undefined;
    const series = readSeries(input.packageDir, (0,debian_version/* vendorOf */.AK)(input.currentVersion));
    const tree = await checkoutTree(git, to.sha);
    try {
        const dropped = await containedPatches(git, { from: input.pin.sha, to: to.sha }, tree.dir, series.patches);
        const droppedFiles = new Set(dropped.map(d => d.file));
        const kept = series.patches.filter(p => !droppedFiles.has(p.file));
        const problems = [];
        let applied = 0;
        for (const p of kept) {
            const r = await applyPatch(tree.dir, p.path);
            if (!r.ok) {
                problems.push({
                    sha: to.sha,
                    kind: 'does-not-apply',
                    text: `${p.file} does not apply at fuzz 0 on ${to.tag} after the patches before it: ${r.output}`
                });
                break;
            }
            applied++;
        }
        const verification = problems.length
            ? {
                status: 'failed',
                text: `${applied} of ${kept.length} kept patches apply on ${to.tag}; ${problems[0].text}`
            }
            : { status: 'ok', text: `all ${kept.length} kept patches apply at fuzz 0 on ${to.tag} (${to.sha})` };
        const version = movedVersion(input.currentVersion, to.version, input.vendor);
        return {
            from: input.pin,
            to,
            version,
            dropped,
            kept: kept.map(p => p.file),
            verification,
            problems,
            changelog: moveChangelogLines(to, dropped)
        };
    }
    finally {
        tree.cleanup();
    }
}
/**
 * Change items of the new entry (for `prependEntry`, which makes `  * ` bullets of plain items and
 * keeps items indented by two spaces as written).
 */
function moveChangelogLines(to, dropped) {
    const lines = [`New upstream stable release ${to.version} (tag ${to.tag}, ${to.sha.slice(0, 12)}).`];
    if (dropped.length) {
        lines.push(`Drop patches included in ${to.version}:`);
        for (const d of dropped) {
            const why = d.upstream ? `upstream ${d.upstream.slice(0, 12)}` : 'contained in the release';
            lines.push(`    - ${d.file.replace(/^debian\/patches\//, 'd/p/')} (${why})`);
        }
    }
    return lines;
}
/** Remove the lines naming `files` from a series text, keeping comments and every other line. */
function removeFromSeries(text, names) {
    return text
        .split('\n')
        .filter(line => {
        const name = line.replace(/#.*$/, '').trim().split(/\s+/)[0];
        return !name || !names.has(name);
    })
        .join('\n');
}
/**
 * Write the move's patch part into the package: drop the contained patches from the series and
 * delete their files. Refuses (FindingError) when the kept series did not verify, so debian/ is
 * never left half-moved. The changelog entry is written by the caller (it needs the identity).
 */
function applyTrackMoveSeries(packageDir, move, vendor) {
    if (move.verification.status !== 'ok') {
        throw new errors/* FindingError */.Yv(`not moving to ${move.to.tag}: ${move.verification.text}. Refresh that patch for ${move.to.version} by hand, ` +
            'or wait for feature freeze (fixes mode)');
    }
    const series = readSeries(packageDir, vendor);
    const inSeries = new Set(move.dropped.map(d => (0,external_node_path_.relative)((0,external_node_path_.join)(packageDir, 'debian', 'patches'), (0,external_node_path_.join)(packageDir, d.file))));
    (0,external_node_fs_.writeFileSync)(series.file, removeFromSeries((0,external_node_fs_.readFileSync)(series.file, 'utf8'), inSeries));
    for (const d of move.dropped) {
        const path = (0,external_node_path_.join)(packageDir, d.file);
        if ((0,external_node_fs_.existsSync)(path))
            (0,external_node_fs_.unlinkSync)(path);
    }
}

;// CONCATENATED MODULE: ./build/calendar/track-move-engine.js













/**
 * Track mode wired to the engine's upstream cache and pin: the engine fetches only the pin's tag, so
 * the release tags newer than the pin are listed remotely (with the commits they name). A release
 * the move can go to descends from the pin on the branch, so its commit is already in the cache:
 * the tag is written as a local ref to that commit, and nothing is fetched. (Fetching the tags would
 * bring the history of releases on other branches, below the pin: history no walk of this pin may
 * see.)
 */
async function fetchNewerReleaseTags(git, url, template, pinVersion) {
    const match = tagMatcher(template);
    const newer = [...(await (0,fetch/* remoteTagCommits */.p2)(git, url))].filter(([t]) => {
        const v = match(t);
        if (!v || isPreRelease(v))
            return false;
        try {
            return (0,debian_version/* compareVersions */.Zy)(v.replace(/-/g, '~'), pinVersion.replace(/-/g, '~')) > 0;
        }
        catch {
            return false;
        }
    });
    if (newer.length === 0)
        return;
    const { stdout } = await git.exec(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
        input: newer.map(([, sha]) => sha).join('\n') + '\n'
    });
    const commits = new Set(stdout
        .toString('latin1')
        .split('\n')
        .filter(l => l.endsWith(' commit'))
        .map(l => l.split(' ')[0]));
    const updates = newer
        .filter(([, sha]) => commits.has(sha))
        .map(([t, sha]) => `update refs/tags/${t} ${sha}\n`);
    if (updates.length)
        await git.exec(['update-ref', '--stdin'], { input: updates.join('') });
}
function changelogFile(opts, track) {
    return (0,external_node_path_.join)((0,external_node_path_.resolve)(opts.repoDir, track.package), 'debian', 'changelog');
}
function writeAtomic(file, text) {
    (0,external_node_fs_.writeFileSync)(`${file}.stable-sync-tmp`, text);
    (0,external_node_fs_.renameSync)(`${file}.stable-sync-tmp`, file);
}
const engineTrackMover = {
    async propose(opts, track) {
        if (track.pin !== 'changelog') {
            opts.log.info(`${track.name}: track mode, but the pin is fixed in the config (${track.pin}): proposing fixes only`);
            return undefined;
        }
        const file = changelogFile(opts, track);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* InputError */.dz(`track ${track.name}: ${file} does not exist`);
        const changelogText = (0,external_node_fs_.readFileSync)(file, 'utf8');
        const currentVersion = (0,changelog/* readTopEntry */.QH)(changelogText).version;
        const { upstream, pin } = await (0,fetch_pinned/* fetchPinned */.P)(track, {
            repoDir: opts.repoDir,
            cacheDir: opts.cacheDir,
            log: opts.log,
            env: opts.env
        });
        // The clone's lock, as every fetch into it (a run sharing the cache may be fetching too).
        await (0,lock/* withDirLock */.j)(upstream.dir, opts, () => fetchNewerReleaseTags(upstream.git, upstream.url, track.upstream.tag, pin.version));
        const move = await proposeTrackMove({
            upstream: { git: upstream.git, tipRef: upstream.tipSha },
            pin,
            track,
            packageDir: (0,external_node_path_.resolve)(opts.repoDir, track.package),
            currentVersion,
            vendor: (0,debian_vendor/* resolveVendor */.Ht)(opts.config.vendor, changelogText)
        });
        if (!move)
            return undefined;
        const base = {
            name: track.name,
            pin,
            tip: { ref: track.upstream.branch, sha: upstream.tipSha },
            patches: [],
            skipped: [],
            problems: move.problems,
            verification: move.verification
        };
        return { move, base };
    },
    async write(opts, track, move) {
        const file = changelogFile(opts, track);
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        const top = (0,changelog/* readTopEntry */.QH)(text);
        // Everything that can fail (identity, version order) is computed before the first write.
        const { identity: maintainer } = await (0,identity/* resolveSigner */.l)({
            config: opts.config,
            env: opts.env ?? process.env,
            repoDir: opts.repoDir,
            log: opts.log
        });
        const newText = moveChangelog(text, {
            version: move.version,
            items: move.changelog,
            distribution: opts.config.distribution,
            maintainer,
            date: opts.now ?? new Date()
        }, move.dropped.map(d => d.file));
        applyTrackMoveSeries((0,external_node_path_.resolve)(opts.repoDir, track.package), move, (0,debian_version/* vendorOf */.AK)(top.version));
        writeAtomic(file, newText);
        opts.log.info(`${track.name}: moved to ${move.to.tag} (${move.version}); dropped ${move.dropped.length} patch(es)`);
        return { version: move.version, lines: move.changelog };
    }
};

;// CONCATENATED MODULE: ./build/calendar/freeze-exception.js
/**
 * A freeze exception: after beta freeze a maintainer asks (tracking issue: ticked fixes + the
 * `freeze-exception` label) for a pull request of selected pending fixes. The track carries the
 * selection by sha; the engine leaves every other commit out and adds, by content, the earlier ones a
 * selected fix needs to apply (src/engine/selection.ts), then verifies and writes as always.
 */
/** The track with the selection: only these upstream commits (and what they need) are taken. */
function selectionTrack(track, wanted) {
    return { ...track, selection: [...wanted] };
}
/** The selected shas still pending, in series (upstream) order. */
function pendingSelection(pending, selected) {
    return pending.flatMap(p => p.upstream.filter(s => selected.has(s)));
}
/**
 * What a selection's plan may carry: the selected fixes, the commits added for them, and the commits
 * folded into an added merge's resolution patch; and every selected fix must be among them.
 */
function selectionMatches(planned, report) {
    const got = planned.flatMap(p => p.upstream);
    const allowed = new Set([...report.selected, ...report.added.map(a => a.sha)]);
    const residualsOk = planned.every(p => p.upstream.every(s => allowed.has(s)) || (p.kind === 'merge-residual' && allowed.has(p.upstream[0])));
    return report.unresolved.length === 0 && residualsOk && report.selected.every(s => got.includes(s));
}
/** Lines for the PR body and the tracking issue: what was added to the selection, and why. */
function describeSelection(report) {
    return report.added.map(a => `${a.sha.slice(0, 12)} ${a.subject}: needed by ${a.neededBy.slice(0, 12)} (${a.why})`);
}

;// CONCATENATED MODULE: ./build/calendar/policy.js


/**
 * How `plan` and `apply` obey the freeze calendar. The engine stays calendar-free; its commands (and
 * the sync action) call `runWithCalendar` with the track's `TrackCalendar` and the engine functions:
 * - fixes:  the engine's plan/apply unchanged;
 * - frozen: the engine's read-only plan; its patches move to `pending` ("pending (stable release
 *           update)"), `patches` is empty and apply writes nothing;
 * - track:  a move to the newest stable release (`move`) when there is one, else like fixes.
 */
const PENDING_STATUS = 'pending (stable release update)';
function calendarPart(c) {
    return {
        mode: c.mode,
        day: c.day,
        reason: c.reason,
        ...(c.next ? { next: c.next } : {}),
        ...(c.assumed?.length ? { assumed: c.assumed } : {})
    };
}
async function runWithCalendar(action, opts, track, calendar, engine, options = {}) {
    const cal = calendarPart(calendar);
    const mover = options.mover ?? engineTrackMover;
    if (calendar.mode === 'frozen') {
        // Never apply after beta freeze: the read-only plan tells what is pending upstream.
        const r = await engine.planTrack(opts, track);
        opts.log.info(`${track.name}: frozen (${calendar.reason}): ${r.patches.length} fix(es) ${PENDING_STATUS}`);
        const frozen = {
            ...r,
            patches: [],
            changelog: undefined,
            ...(action === 'apply' ? { changed: false } : {}),
            pending: { status: PENDING_STATUS, patches: r.patches },
            calendar: cal
        };
        const wanted = pendingSelection(r.patches, new Set(options.freezeException ?? []));
        if (wanted.length === 0)
            return frozen;
        return freezeException(action, opts, track, engine, frozen, wanted);
    }
    if (calendar.mode === 'track') {
        const proposal = await mover.propose(opts, track);
        if (proposal?.move) {
            const { move, base } = proposal;
            const result = {
                ...base,
                patches: [],
                skipped: [],
                problems: move.problems,
                verification: move.verification,
                changelog: { version: move.version, lines: move.changelog },
                move,
                calendar: cal
            };
            // A move whose kept series does not apply is reported, never written (exit 1 via the problems).
            if (action === 'plan' || move.verification.status !== 'ok') {
                return action === 'plan' ? result : { ...result, changed: false };
            }
            const written = await mover.write(opts, track, move);
            return { ...result, changelog: written, changed: true };
        }
        opts.log.info(`${track.name}: track mode, and the pin is the newest stable release: proposing fixes`);
    }
    const r = action === 'plan' ? await engine.planTrack(opts, track) : await engine.applyTrack(opts, track);
    return { ...r, calendar: cal };
}
/**
 * Plan, check, then (apply) write exactly the selected pending fixes and the earlier commits they need
 * by content; a selection that cannot be completed is a problem, and nothing is written.
 */
async function freezeException(action, opts, track, engine, frozen, wanted) {
    const selected = selectionTrack(track, wanted);
    const planned = await engine.planTrack(opts, selected);
    const report = planned.selection ?? { selected: wanted, added: [], unresolved: [] };
    if (!selectionMatches(planned.patches, report)) {
        const got = planned.patches.flatMap(p => p.upstream);
        const why = report.unresolved.length
            ? report.unresolved.map(u => u.text).join('; ')
            : `the engine would take ${got.map(s => s.slice(0, 12)).join(', ') || 'none'}`;
        return {
            ...frozen,
            selection: report,
            problems: [
                ...frozen.problems,
                {
                    sha: report.unresolved[0]?.sha ?? wanted[0],
                    kind: 'does-not-apply',
                    text: `freeze exception: the selected fixes (${wanted.map(s => s.slice(0, 12)).join(', ')}) cannot be taken ` +
                        `with what they need by content: ${why}. Backport by hand, or select other fixes`
                }
            ]
        };
    }
    for (const line of describeSelection(report))
        opts.log.info(`${track.name}: freeze exception adds ${line}`);
    opts.log.info(`${track.name}: freeze exception for ${wanted.length} fix(es)`);
    const r = action === 'plan' ? planned : await engine.applyTrack(opts, selected);
    return { ...r, pending: frozen.pending, calendar: frozen.calendar, freezeException: { shas: wanted } };
}
/** Lines for a human reading `plan`: the mode, then what it means for this track. */
function describeCalendarResult(r) {
    const lines = [`${r.name}: ${r.calendar.mode} mode (${r.calendar.reason})`];
    if (r.pending) {
        for (const p of r.pending.patches)
            lines.push(`  ${PENDING_STATUS}: ${p.upstream[0] ?? ''} ${p.subject}`);
        if (!r.pending.patches.length)
            lines.push('  nothing pending upstream');
    }
    if (r.freezeException)
        lines.push(`  freeze exception: ${r.freezeException.shas.length} selected fix(es)`);
    for (const line of r.selection ? describeSelection(r.selection) : [])
        lines.push(`  added: ${line}`);
    if (r.move) {
        const m = r.move;
        lines.push(`  move ${m.from.tag} → ${m.to.tag}: new version ${m.version}`);
        for (const d of m.dropped)
            lines.push(`  drop ${d.file} (${d.how}${d.upstream ? ` ${d.upstream}` : ''})`);
        for (const k of m.kept)
            lines.push(`  keep ${k}`);
        lines.push(`  verification: ${m.verification.status}: ${m.verification.text}`);
    }
    return lines;
}

// EXTERNAL MODULE: ./build/calendar/select.js
var calendar_select = __webpack_require__(2903);
// EXTERNAL MODULE: ./build/calendar/track-calendar.js + 2 modules
var track_calendar = __webpack_require__(7483);
// EXTERNAL MODULE: ./build/github/milestone-env.js + 1 modules
var milestone_env = __webpack_require__(4149);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./build/classify/refs.js
/**
 * Back-references between commits and patches: the lines by which a backport names the commit it
 * came from. Used both ways — an existing patch names the upstream commit it carries, and a stable
 * commit names the mainline commit it was cherry-picked from.
 */
const HEX = '([0-9a-f]{7,64})';
const PATTERNS = [
    new RegExp(`\\(cherry picked from commit ${HEX}\\)`, 'gi'),
    new RegExp(`^\\s*commit ${HEX} upstream\\.?`, 'gim'),
    new RegExp(`\\[\\s*Upstream commit ${HEX}\\s*\\]`, 'gi')
];
// DEP-3 fields that name upstream commits: `Origin: upstream, commit:<sha>` or a commit URL.
const refs_FIELD = /^(Origin|Applied-Upstream)\s*:(.*(?:\n[ \t].*)*)/gim;
const HEX_WORD = /\b[0-9a-f]{7,64}\b/gi;
/** Shas named by backport lines (`(cherry picked from commit …)`, `commit … upstream.`, `[ Upstream commit … ]`). */
function backportRefs(text) {
    const out = [];
    for (const re of PATTERNS)
        for (const m of text.matchAll(re))
            out.push(m[1].toLowerCase());
    return out;
}
/** Shas an existing patch header says it carries: DEP-3 Origin/Applied-Upstream fields plus backport lines. */
function patchHeaderRefs(header) {
    const via = new Map();
    for (const m of header.matchAll(refs_FIELD)) {
        for (const h of m[2].matchAll(HEX_WORD))
            via.set(h[0].toLowerCase(), m[1]);
    }
    for (const r of backportRefs(header))
        if (!via.has(r))
            via.set(r, 'backport line');
    return { refs: [...via.keys()], via };
}
/** The shas of reverted commits named by `This reverts commit <sha>.` */
function revertedRefs(message) {
    return [...message.matchAll(/This reverts commit ([0-9a-f]{7,64})/gi)].map(m => m[1].toLowerCase());
}
/** A set of possibly abbreviated shas, looked up by full sha. */
class ShaSet {
    full = new Map();
    short = [];
    add(sha, value) {
        const s = sha.toLowerCase();
        if (s.length >= 40)
            this.full.set(s, value);
        else
            this.short.push([s, value]);
    }
    get empty() {
        return this.full.size === 0 && this.short.length === 0;
    }
    get(sha) {
        const hit = this.full.get(sha);
        if (hit !== undefined)
            return hit;
        return this.short.find(([s]) => sha.startsWith(s))?.[1];
    }
}

;// CONCATENATED MODULE: ./build/series/bug-refs.js
/**
 * Bug and security references read from an upstream commit message, for DEP-3 `Bug*:` fields, the
 * changelog bullet (`(LP: #N)`, `(Closes: #N)`, `CVE-…`) and the pull request. Pure: the message is
 * untrusted text, so every value is checked against a strict shape (a number, a CVE id, a URL without
 * spaces or quotes) and capped in count and length; anything else is ignored, never passed on.
 */
/** Debian's and Launchpad's own URLs are always known; configured trackers come first. */
const DEFAULT_TRACKERS = [
    { url: 'https://bugs.debian.org/cgi-bin/bugreport.cgi?bug={id}', field: 'Bug-Debian' },
    { url: 'https://bugs.debian.org/{id}', field: 'Bug-Debian' },
    { url: 'https://bugs.launchpad.net/*/+bug/{id}', field: 'Bug-Ubuntu' },
    { url: 'https://bugs.launchpad.net/bugs/{id}', field: 'Bug-Ubuntu' },
    { url: 'https://launchpad.net/bugs/{id}', field: 'Bug-Ubuntu' }
];
/** At most this many of each kind per commit: a message listing thousands is not a fix to trust. */
const MAX_EACH = 20;
const MAX_URL = 300;
const MAX_SUBJECT = 200;
const CVE = /\bCVE-(\d{4})-(\d{4,7})\b/gi;
const TRAILER = /^[ \t]*([A-Za-z][A-Za-z-]{0,30})[ \t]*:[ \t]*(.*)$/;
const URL = /^<?(https?:\/\/[^\s<>"'`\\]+?)[>).,;]*$/i;
const NUMBERS = /^(?:bug\s*)?#?\s?(\d{1,9})(?=$|[\s,;)])/i;
const LP_ANYWHERE = /\bLP:\s*#(\d{1,9})((?:\s*,\s*#\d{1,9})*)/gi;
// `Fixes: <sha> ("subject")` with 8+ hex digits; a bare id needs 12 (the kernel's rule), so a number is not one.
const FIXES_SHA = /^(?:([0-9a-f]{8,64})\s*\(\s*"(.*)"\s*\)|([0-9a-f]{12,64}))(?:\s|$)/i;
const STABLE_CC = /^(?:[^<>\n]{0,80}<)?((?:[A-Za-z0-9._%+]+-)?stable@[A-Za-z0-9.-]+)>?(?:\s|$)/;
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A tracker template as a regular expression: `{id}` → the id, `*` → any text without spaces. */
function trackerPattern(url) {
    const parts = url.split(/(\{id\}|\*)/);
    const body = parts
        .map(p => (p === '{id}' ? '([A-Za-z0-9_-]{1,30})' : p === '*' ? '[^\\s?#]*?' : escapeRegExp(p)))
        .join('');
    // http and https name the same tracker; a trailing slash or fragment does not change the bug.
    return new RegExp(`^${body.replace(/^https\\?:|^https?:/, 'https?:')}/?(?:#.*)?$`, 'i');
}
/** Which field (and id) a bug URL belongs to; a URL no tracker knows is an upstream `Bug:`. */
function classifyUrl(url, trackers = []) {
    for (const t of [...trackers, ...DEFAULT_TRACKERS]) {
        const m = trackerPattern(t.url).exec(url);
        if (m)
            return { url, field: t.field, ...(m[1] !== undefined ? { id: m[1] } : {}) };
    }
    return { url, field: 'Bug' };
}
/** A bare `#123` in `Resolves:`/`Fixes:` names the first configured upstream tracker's bug 123. */
function shortRef(id, trackers) {
    const t = trackers.find(x => x.field === 'Bug' && x.url.includes('{id}') && !x.url.includes('*'));
    return t && { url: t.url.replace('{id}', id), field: 'Bug', id };
}
function numbersAfter(value) {
    const out = [];
    let rest = value.trim();
    for (let m = NUMBERS.exec(rest); m && out.length < MAX_EACH; m = NUMBERS.exec(rest)) {
        out.push(Number(m[1]));
        rest = rest
            .slice(m[0].length)
            .replace(/^\s*,\s*/, '')
            .trim();
    }
    return out;
}
function cleanUrl(value) {
    if (value.length > MAX_URL + 10)
        return undefined;
    const m = URL.exec(value.trim());
    return m && m[1].length <= MAX_URL ? m[1] : undefined;
}
/** Read every bug, CVE, Fixes and stable nomination reference from a commit message. */
function parseBugRefs(message, trackers = []) {
    const cves = new Set();
    const debian = new Set();
    const launchpad = new Set();
    const urls = new Map();
    const fixes = new Map();
    const stable = new Set();
    const addUrl = (u) => {
        if (urls.size >= MAX_EACH * 2)
            return;
        if (u.field === 'Bug-Debian' && u.id && /^\d{1,9}$/.test(u.id))
            debian.add(Number(u.id));
        else if (u.field === 'Bug-Ubuntu' && u.id && /^\d{1,9}$/.test(u.id))
            launchpad.add(Number(u.id));
        else if (!urls.has(u.url))
            urls.set(u.url, u);
    };
    // Messages are capped so a hostile one cannot make this slow; real ones are far shorter.
    const text = message.slice(0, 200_000);
    for (const m of text.matchAll(CVE))
        if (cves.size < MAX_EACH)
            cves.add(`CVE-${m[1]}-${m[2]}`);
    for (const m of text.matchAll(LP_ANYWHERE)) {
        for (const n of `#${m[1]}${m[2]}`.matchAll(/#(\d{1,9})/g))
            if (launchpad.size < MAX_EACH)
                launchpad.add(Number(n[1]));
    }
    for (const line of text.split('\n')) {
        const t = TRAILER.exec(line);
        if (!t)
            continue;
        const key = t[1].toLowerCase();
        const value = t[2].trim();
        if (key === 'closes') {
            const url = cleanUrl(value);
            if (url)
                addUrl(classifyUrl(url, trackers));
            else
                for (const n of numbersAfter(value))
                    if (debian.size < MAX_EACH)
                        debian.add(n);
        }
        else if (key === 'fixes' || key === 'resolves' || key === 'bug' || key === 'buglink') {
            const url = cleanUrl(value);
            if (url) {
                addUrl(classifyUrl(url, trackers));
                continue;
            }
            const sha = key === 'fixes' ? FIXES_SHA.exec(value) : null;
            if (sha && fixes.size < MAX_EACH) {
                const id = (sha[1] ?? sha[3]).toLowerCase();
                const subject = sha[2]?.slice(0, MAX_SUBJECT);
                fixes.set(id, { sha: id, ...(subject ? { subject } : {}) });
                continue;
            }
            if (key === 'fixes' || key === 'resolves') {
                for (const n of numbersAfter(value)) {
                    const u = shortRef(String(n), trackers);
                    if (u)
                        addUrl(u);
                }
            }
        }
        else if (key === 'cc') {
            const m = STABLE_CC.exec(value);
            if (m && stable.size < MAX_EACH)
                stable.add(m[1].toLowerCase());
        }
    }
    return {
        cves: [...cves],
        debian: [...debian],
        launchpad: [...launchpad],
        urls: [...urls.values()],
        fixes: [...fixes.values()],
        stable: [...stable]
    };
}
/** True when nothing was found (the patch then carries no bug fields at all). */
function noBugRefs(r) {
    return (!r.cves.length &&
        !r.debian.length &&
        !r.launchpad.length &&
        !r.urls.length &&
        !r.fixes.length &&
        !r.stable.length);
}
/** DEP-3 fields for the references: upstream `Bug:`, `Bug-Debian:`, `Bug-Ubuntu:`, then `CVE:`. */
function bugFields(r) {
    const fields = [];
    for (const u of r.urls)
        fields.push([u.field, u.url]);
    for (const n of r.debian)
        fields.push(['Bug-Debian', `https://bugs.debian.org/${n}`]);
    for (const n of r.launchpad)
        fields.push(['Bug-Ubuntu', `https://launchpad.net/bugs/${n}`]);
    if (r.cves.length)
        fields.push(['CVE', r.cves.join(' ')]);
    return fields;
}
/**
 * The references as a changelog bullet ends them, in the forms the archive tools parse: the CVE ids,
 * `(Closes: #1, #2)` (dpkg's Closes) and `(LP: #1, #2)` (Launchpad-Bugs-Fixed).
 */
function changelogRefs(r) {
    const parts = [];
    if (r.cves.length)
        parts.push(`(${r.cves.join(', ')})`);
    if (r.debian.length)
        parts.push(`(Closes: ${r.debian.map(n => `#${n}`).join(', ')})`);
    if (r.launchpad.length)
        parts.push(`(LP: ${r.launchpad.map(n => `#${n}`).join(', ')})`);
    return parts.join(' ');
}

;// CONCATENATED MODULE: ./build/series/changelog.js



const MAX_LISTED = 100;
/** `debian/patches/stable` → `d/p/stable` as maintainers abbreviate it. */
function shortDir(patchDir) {
    return patchDir.replace(/^debian\/patches(\/|$)/, 'd/p$1').replace(/^debian\//, 'd/');
}
/**
 * Upstream subject text must not close bugs by accident (an upstream `Closes: #12` is not Debian bug
 * 12): the colon of `Closes:`/`LP:` in it goes; the closers stable-sync means are appended from the
 * parsed references.
 */
function defuseClosers(subject) {
    return subject.replace(/\b(closes|lp)\s*:/gi, '$1');
}
/**
 * The changelog entry listing the new patches, in the package's own version style: one header bullet
 * naming the patch directory, the upstream branch and the last upstream commit taken, then one
 * sub-bullet per patch, its whole subject wrapped at 80 columns as dch wraps (continuation lines
 * under the text), ending with its references in the forms dpkg and Launchpad parse:
 *
 *   * d/p/stable/*: cherry-pick 2 fixes from upstream stable-8.2 (up to 0123456789ab):
 *     - 0001-virtio-net-fix-overflow.patch: virtio-net: fix overflow in receive
 *       path (CVE-2024-3446) (LP: #2051965)
 *     - 0002-hw-fix-leak.patch: hw: fix leak (Closes: #1040000)
 */
function planChangelog(changelogText, patchDir, branch, upToSha, patches, opts = {}) {
    const top = (0,changelog/* readTopEntry */.QH)(changelogText);
    const extend = top.distributions.includes('UNRELEASED');
    const version = extend ? top.version : (0,debian_version/* nextRevision */.fB)(top.version, opts.vendor ? { vendor: opts.vendor } : {});
    const n = patches.length;
    const head = `${shortDir(patchDir)}/*: cherry-pick ${n} fix${n === 1 ? '' : 'es'} from upstream ${branch} (up to ${upToSha.slice(0, 12)}):`;
    // A long list helps nobody in a changelog: the first MAX_LISTED patches, then a count.
    const details = patches.slice(0, MAX_LISTED).flatMap(p => {
        const refs = p.refs ? changelogRefs(p.refs) : '';
        return (0,changelog/* wrapChange */.ZM)(`${p.name.replace(/^.*\//, '')}: ${defuseClosers(p.subject)}${refs ? ` ${refs}` : ''}`, '    - ', '      ');
    });
    if (patches.length > MAX_LISTED)
        details.push(`    - … and ${patches.length - MAX_LISTED} more (see ${patchDir}/)`);
    return { version, items: [head, details.join('\n')], extend };
}
function writeChangelog(text, plan, who, date, distribution) {
    if (plan.extend)
        return (0,changelog/* extendTopEntry */.mu)(text, plan.items, { maintainer: who, date });
    const top = (0,changelog/* readTopEntry */.QH)(text);
    return (0,changelog/* prependEntry */.zB)(text, {
        package: top.package,
        version: plan.version,
        distributions: distribution,
        urgency: top.urgency || 'medium',
        changes: plan.items,
        maintainer: who,
        date
    });
}

;// CONCATENATED MODULE: ./build/series/gbp-patch.js
/**
 * Patches written exactly as `gbp pq export` writes them (gbp/scripts/common/pq.py write_patch_file
 * and format_patch), so that `gbp pq import && gbp pq export` on a package stable-sync wrote changes
 * nothing: mail headers From/Date/Subject (no `From <sha>` line, no `[PATCH]`), the commit message body
 * with the DEP-3 fields as a closing paragraph (gbp keeps them in the commit message), `---`, the
 * diffstat of `git diff --stat=80 --summary`, and the diff with 7-digit `index` lines (gbp's abbrev).
 */
/** git's `%f`: a file-name slug of the subject (pretty.c format_sanitized_subject). */
function sanitizedSubject(subject) {
    let out = '';
    let space = 2;
    const s = subject.replace(/\n/g, ' ');
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (/[A-Za-z0-9._]/.test(c)) {
            if (space === 1)
                out += '-';
            space = 0;
            out += c;
            if (c === '.')
                while (s[i + 1] === '.')
                    i++;
        }
        else
            space |= 1;
    }
    return out.replace(/[.-]+$/, '');
}
/**
 * gbp's file name for a new patch: `NNNN-` (its position in the whole exported series, when
 * patch-numbers is on) + git's slug of the subject cut to 63 characters with the prefix and `.patch`.
 */
function gbpPatchName(position, subject, numbered) {
    const prefix = numbered ? `${String(position).padStart(4, '0')}-` : '';
    const base = sanitizedSubject(subject).slice(0, 63 - prefix.length - '.patch'.length);
    return `${prefix}${base}.patch`;
}
/** Per-file counts and --summary lines of a git diff (text diffs only: quilt patches have no binaries). */
function fileStats(diff) {
    const files = [];
    let current;
    let inHunk = false;
    for (const line of diff.split('\n')) {
        const head = /^diff --git (?:"a\/((?:[^"\\]|\\.)*)"|a\/(\S.*?)) (?:"b\/((?:[^"\\]|\\.)*)"|b\/(.*))$/.exec(line);
        if (head) {
            const quoted = head[3] !== undefined;
            const name = quoted ? `"${head[3]}"` : head[4];
            current = { name, added: 0, deleted: 0 };
            files.push(current);
            inHunk = false;
            continue;
        }
        if (!current)
            continue;
        if (!inHunk) {
            let m;
            if ((m = /^new file mode (\d+)$/.exec(line)))
                current.summary = ` create mode ${m[1]} ${current.name}`;
            else if ((m = /^deleted file mode (\d+)$/.exec(line)))
                current.summary = ` delete mode ${m[1]} ${current.name}`;
            else if ((m = /^old mode (\d+)$/.exec(line)))
                current.summary = ` mode change ${m[1]} => `;
            else if ((m = /^new mode (\d+)$/.exec(line)) && current.summary)
                current.summary += `${m[1]} ${current.name}`;
            if (line.startsWith('@@'))
                inHunk = true;
            continue;
        }
        if (line.startsWith('+'))
            current.added++;
        else if (line.startsWith('-'))
            current.deleted++;
    }
    return files;
}
const scaleLinear = (it, width, max) => it === 0 ? 0 : 1 + Math.floor((it * (width - 1)) / max);
/** `git diff --stat=80 --summary` of a diff (diff.c show_stats), ending with a newline. */
function diffstat(diff, width = 80) {
    const files = fileStats(diff);
    if (files.length === 0)
        return ' 0 files changed\n';
    const maxLen = Math.max(...files.map(f => f.name.length));
    const maxChange = Math.max(...files.map(f => f.added + f.deleted));
    const numberWidth = String(maxChange).length;
    const total = Math.max(width, 16 + 6 + numberWidth);
    let graphWidth = maxChange;
    let nameWidth = maxLen;
    if (nameWidth + numberWidth + 6 + graphWidth > total) {
        if (graphWidth > Math.floor((total * 3) / 8) - numberWidth - 6)
            graphWidth = Math.max(6, Math.floor((total * 3) / 8) - numberWidth - 6);
        if (nameWidth > total - numberWidth - 6 - graphWidth)
            nameWidth = total - numberWidth - 6 - graphWidth;
        else
            graphWidth = total - numberWidth - 6 - nameWidth;
    }
    const lines = [];
    for (const f of files) {
        let name = f.name;
        let prefix = '';
        let len = nameWidth;
        if (nameWidth < name.length) {
            prefix = '...';
            len = Math.max(0, len - 3);
            name = name.slice(name.length - len);
            const slash = name.indexOf('/');
            if (slash >= 0)
                name = name.slice(slash);
        }
        const padding = Math.max(0, len - name.length);
        let add = f.added;
        let del = f.deleted;
        if (graphWidth <= maxChange) {
            let sum = scaleLinear(add + del, graphWidth, maxChange);
            if (sum < 2 && add && del)
                sum = 2;
            if (add < del) {
                add = scaleLinear(add, graphWidth, maxChange);
                del = sum - add;
            }
            else {
                del = scaleLinear(del, graphWidth, maxChange);
                add = sum - del;
            }
        }
        const n = f.added + f.deleted;
        lines.push(` ${prefix}${name}${' '.repeat(padding)} | ${String(n).padStart(numberWidth)}${n ? ' ' : ''}${'+'.repeat(add)}${'-'.repeat(del)}`);
    }
    const ins = files.reduce((s, f) => s + f.added, 0);
    const dels = files.reduce((s, f) => s + f.deleted, 0);
    let summary = files.length === 1 ? ` 1 file changed` : ` ${files.length} files changed`;
    if (ins || dels === 0)
        summary += ins === 1 ? `, 1 insertion(+)` : `, ${ins} insertions(+)`;
    if (dels || ins === 0)
        summary += dels === 1 ? `, 1 deletion(-)` : `, ${dels} deletions(-)`;
    lines.push(summary);
    for (const f of files)
        if (f.summary)
            lines.push(f.summary);
    return `${lines.join('\n')}\n`;
}
/** `index <full>..<full>` lines abbreviated to 7 hex digits, as gbp's `git diff` (core.abbrev=7) prints them. */
function abbreviateIndex(diff) {
    return diff.replace(/^index ([0-9a-f]{7,64})\.\.([0-9a-f]{7,64})/gm, (_m, a, b) => `index ${a.slice(0, 7)}..${b.slice(0, 7)}`);
}
/**
 * An RFC 2047 encoded word as Python's email.header makes it for utf-8 text (gbp writes headers with
 * it): base64 (`?b?`) when that is shorter than Q-encoding, else Q (`?q?`, spaces as `_`). A very
 * long non-ASCII name, which Python would split into several words, stays one word here.
 */
function encodedWord(text) {
    const bytes = Buffer.from(text, 'utf8');
    let q = '';
    for (const b of bytes) {
        const c = String.fromCharCode(b);
        if (b === 0x20)
            q += '_';
        else if (/[A-Za-z0-9!*+\-/]/.test(c))
            q += c;
        else
            q += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    const b64Length = Math.ceil(bytes.length / 3) * 4;
    return b64Length < q.length ? `=?utf-8?b?${bytes.toString('base64')}?=` : `=?utf-8?q?${q}?=`;
}
const isAscii = (s) => [...s].every(c => c.charCodeAt(0) < 0x80);
/** gbp's From header: the name quoted when git would quote it, RFC 2047 when it is not ASCII. */
function fromHeader(name, email) {
    if (!isAscii(name))
        return `${encodedWord(name)} <${email}>`;
    const shown = /[,.@()[\]\\:;]/.test(name) ? `"${name}"` : name;
    return `${shown} <${email}>`;
}
/** Python's Compat32 header folding at 77 columns for an ASCII value: at spaces, continuation ' '. */
function foldHeader(name, value) {
    const max = 77;
    const words = value.split(' ');
    const lines = [];
    let line = `${name}: ${words[0]}`;
    for (const w of words.slice(1)) {
        if (line.length + 1 + w.length > max) {
            lines.push(line);
            line = ` ${w}`;
        }
        else
            line += ` ${w}`;
    }
    lines.push(line);
    return lines.join('\n');
}
/** One patch file in `gbp pq export`'s exact form. */
function renderGbpPatch(p) {
    const subject = p.subject.replace(/\s+/g, ' ').trim();
    const headers = [
        `From: ${fromHeader(p.authorName, p.authorEmail)}`,
        `Date: ${p.date}`,
        isAscii(subject) ? foldHeader('Subject', subject) : `Subject: ${encodedWord(subject)}`
    ];
    const body = p.body.replace(/\s+$/, '');
    if (body && !isAscii(body))
        headers.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: 8bit');
    const text = p.diff.toString('latin1');
    const head = `${headers.join('\n')}\n\n${body ? `${body}\n` : ''}---\n`;
    return Buffer.concat([
        Buffer.from(head, 'utf8'),
        Buffer.from(`${diffstat(text)}\n`, 'utf8'),
        Buffer.from(abbreviateIndex(text), 'latin1')
    ]);
}

;// CONCATENATED MODULE: ./build/series/render.js


/** How a patch names upstream commits: a web URL from `upstream.commitUrl` ({sha}), else `commit:<sha>`. */
function commitRef(sha, commitUrl) {
    return commitUrl ? commitUrl.replace(/\{sha\}/g, sha) : `commit:${sha}`;
}
// A description line that `patch` could take for the start of a diff is quoted with "> ", so
// upstream text can never smuggle a hunk into the package.
const DIFF_LIKE = /^\s*(diff |--- |\+\+\+ |\*\*\* |Index: |@@ |Binary files |GIT binary patch|Only in )/;
function safeDescription(text) {
    return text
        .split('\n')
        .map(l => (DIFF_LIKE.test(l) ? `> ${l}` : l.replace(/\s+$/, '')))
        .join('\n');
}
/** One-line header values: no newline may start a new field. */
const oneLine = (s) => s.replace(/\s*\n\s*/g, ' ').trim();
/**
 * gbp form: the DEP-3 fields other than From/Date/Subject close the commit message as a field
 * paragraph (gbp pq keeps them there through import and export).
 */
function assembleGbp(fields, description, diff) {
    const get = (k) => fields.find(f => f[0] === k)?.[1] ?? '';
    const from = /^(.*) <([^<>]*)>$/.exec(get('From'));
    const rest = fields.filter(([k]) => !['From', 'Date', 'Subject'].includes(k));
    const paragraph = rest.map(([k, v]) => `${k}: ${oneLine(v)}`).join('\n');
    const text = safeDescription(description.trim());
    return renderGbpPatch({
        authorName: from?.[1] ?? get('From'),
        authorEmail: from?.[2] ?? '',
        date: get('Date'),
        subject: get('Subject'),
        body: text ? `${text}\n\n${paragraph}` : paragraph,
        diff
    });
}
function assemble(fields, description, diff) {
    const head = fields.map(([k, v]) => `${k}: ${oneLine(v)}`).join('\n');
    const desc = description.trim() ? `\n${safeDescription(description.trim())}\n` : '';
    return Buffer.concat([Buffer.from(`${head}\n${desc}\n---\n`, 'utf8'), diff]);
}
function reductionNote(dropped) {
    if (!dropped?.length)
        return '';
    return (`\n\n[stable-sync: reduced to the files this package follows; left out the upstream changes to: ` +
        `${dropped.join(', ')}]`);
}
/**
 * A DEP-3 patch for one upstream commit, git format-patch style (From/Date/Subject, the commit
 * message as description), plus Origin, Applied-Upstream and Last-Update.
 */
function renderCommitPatch(commit, backports, diff, o) {
    // gbp takes git's %s (the first paragraph, joined) and %b (the rest); DEP-3 the first line and the rest.
    const para = /^([\s\S]*?)(?:\n[ \t]*\n|$)/.exec(commit.message)[1];
    const body = o.gbp
        ? commit.message.slice(para.length).replace(/^\s*\n/, '')
        : commit.message.split('\n').slice(1).join('\n');
    const subject = o.gbp ? para.replace(/\s*\n\s*/g, ' ').trim() : commit.subject;
    const fields = [
        ['From', `${commit.authorName} <${commit.authorEmail}>`],
        ['Date', commit.date],
        ['Subject', subject],
        ['Origin', `${o.refreshedOnto ? 'backport' : 'upstream'}, ${commitRef(commit.sha, o.commitUrl)}`],
        [
            'Applied-Upstream',
            backports.length
                ? backports.map(b => commitRef(b, o.commitUrl)).join(', ')
                : commitRef(commit.sha, o.commitUrl)
        ],
        ...(o.bugs ? bugFields(o.bugs) : []),
        ['Last-Update', o.today]
    ];
    return (o.gbp ? assembleGbp : assemble)(fields, body + reductionNote(o.dropped) + refreshNote(o.refreshedOnto), diff);
}
function refreshNote(onto) {
    if (!onto)
        return '';
    return (`\n\n[stable-sync: refreshed by stable-sync onto ${onto} with a three-way merge: the upstream ` +
        'change does not apply at fuzz 0 after it. Review this patch.]');
}
/**
 * The residual patch of a first-parent merge: what the merge changes beyond the merged commits that
 * are carried as their own patches (its conflict resolution, and commits that do not apply alone).
 */
function renderResidualPatch(merge, carriedSeparately, folded, diff, o) {
    const lines = [
        `The part of upstream merge ${merge.sha} ("${oneLine(merge.subject)}") that the patches of`,
        "the commits it merges do not carry: the merge's own conflict resolution."
    ];
    if (carriedSeparately.length) {
        lines.push('', 'Carried by their own patches:');
        for (const c of carriedSeparately)
            lines.push(`  ${c.sha} ("${oneLine(c.subject)}")`);
    }
    if (folded.length) {
        lines.push('', 'Carried by this patch (they do not apply on their own):');
        for (const c of folded)
            lines.push(`  ${c.sha} ("${oneLine(c.subject)}")`);
    }
    const fields = [
        ['From', `${merge.authorName} <${merge.authorEmail}>`],
        ['Date', merge.date],
        ['Subject', `Merge resolution: ${merge.subject}`],
        ['Origin', `upstream, ${commitRef(merge.sha, o.commitUrl)}`],
        ['Applied-Upstream', commitRef(merge.sha, o.commitUrl)],
        ...(o.bugs ? bugFields(o.bugs) : []),
        ['Last-Update', o.today]
    ];
    return (o.gbp ? assembleGbp : assemble)(fields, lines.join('\n') + reductionNote(o.dropped), diff);
}

;// CONCATENATED MODULE: ./build/verify/real.js




/** dpkg-source's own patch invocation (Dpkg::Source::Patch::apply): fuzz 0, no backups, no rejects. */
const PATCH_ARGS = [
    '-p1',
    '-F0',
    '-N',
    '-t',
    '-u',
    '-V',
    'never',
    '-E',
    '--no-backup-if-mismatch',
    '--reject-file=-'
];
/** The series a package has on disk, as verifyWithPatch takes it. */
function readSeriesPatches(packageDir, seriesFile) {
    const entries = (0,external_node_fs_.existsSync)(seriesFile) ? parseSeriesEntries((0,external_node_fs_.readFileSync)(seriesFile, 'utf8')) : [];
    return entries.map(e => ({
        name: e.path,
        bytes: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(packageDir, 'debian', 'patches', e.path))
    }));
}
/**
 * Apply the whole series with the real tool, as dpkg-source does (`patch -p1 -F0`), onto the pinned
 * tree checked out in a temporary directory, and compare the result with the stable tip.
 */
async function verifyWithPatch(input) {
    const v = startVerify(input);
    v.add(input.patches);
    return v.finish();
}
/**
 * `verifyWithPatch`, incremental: the pinned tree is checked out at once, and each piece of the
 * series is applied (one patch process per piece, in order, onto the same tree) as soon as it is
 * given, so apply can verify the patches it has rendered while git still diffs the next ones.
 */
function startVerify(input) {
    const { git, pinSha } = input;
    const tree = (0,external_node_path_.join)(input.tmpDir, 'tree');
    const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(input.tmpDir, 'tree.index') };
    const wt = ['--work-tree', tree];
    const patches = [];
    let failure;
    let chain = (async () => {
        (0,external_node_fs_.mkdirSync)(tree, { recursive: true });
        await git.exec([...wt, 'read-tree', pinSha], { env });
        await git.exec([...wt, 'checkout-index', '-a', '-f'], { env });
    })();
    chain.catch(() => undefined); // awaited by finish/idle
    return {
        add(more) {
            if (more.length === 0)
                return;
            patches.push(...more);
            const all = Buffer.concat(more.flatMap(p => [p.bytes, Buffer.from('\n')]));
            chain = chain.then(async () => {
                if (failure)
                    return;
                const r = await (0,run/* run */.eF)('patch', [...PATCH_ARGS, '-s', '-d', tree], { input: all, allowFailure: true });
                if (r.code !== 0)
                    failure = r;
            });
            chain.catch(() => undefined);
        },
        idle: () => chain.then(() => undefined, () => undefined),
        finish: async () => {
            await chain;
            return failure ? explainFailure(input, patches, failure) : compare(input, patches);
        }
    };
}
/** The series did not apply: patch by patch onto a fresh tree, to name the culprit. */
async function explainFailure(input, patches, r) {
    const { git, pinSha } = input;
    const fresh = (0,external_node_path_.join)(input.tmpDir, 'tree2');
    (0,external_node_fs_.mkdirSync)(fresh, { recursive: true });
    const env2 = { GIT_INDEX_FILE: (0,external_node_path_.join)(input.tmpDir, 'tree2.index') };
    await git.exec(['--work-tree', fresh, 'read-tree', pinSha], { env: env2 });
    await git.exec(['--work-tree', fresh, 'checkout-index', '-a', '-f'], { env: env2 });
    for (const p of patches) {
        const one = await (0,run/* run */.eF)('patch', [...PATCH_ARGS, '-d', fresh], { input: p.bytes, allowFailure: true });
        if (one.code !== 0) {
            const why = one.stdout.toString('utf8').trim().split('\n').slice(-3).join('; ');
            return {
                status: 'failed',
                text: `${p.name} does not apply at fuzz 0 (patch -F0): ${why}`,
                differences: []
            };
        }
    }
    return {
        status: 'failed',
        text: `the series does not apply at fuzz 0 (patch -F0): ${r.stdout.toString('utf8').trim().split('\n').slice(-3).join('; ')}`
    };
}
/** The series applied: hash the tree and compare it with the tip. */
async function compare(input, patches) {
    const { git, pinSha, tipSha } = input;
    const tree = (0,external_node_path_.join)(input.tmpDir, 'tree');
    const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(input.tmpDir, 'tree.index') };
    const wt = ['--work-tree', tree];
    await git.exec([...wt, 'add', '-A', '.'], { env });
    const { stdout } = await git.exec([...wt, 'diff-index', '--cached', '--no-renames', '--name-only', '-z', tipSha], { env });
    const differing = stdout.toString('utf8').split('\0').filter(Boolean);
    const unexplained = differing.filter(f => !input.explained(f));
    const failing = unexplained.filter(f => input.strict(f));
    const note = unexplained.length > failing.length
        ? `; ${unexplained.length - failing.length} file(s) carried by the package's earlier patches differ from the tip`
        : '';
    if (failing.length) {
        return {
            status: 'failed',
            text: `the series applies at fuzz 0 but ${failing.length} file(s) differ from the stable tip${note}`,
            differences: unexplained
        };
    }
    return {
        status: 'ok',
        text: `${patches.length} patches apply at fuzz 0 (patch -F0, as dpkg-source) onto ${pinSha.slice(0, 12)} and reproduce ` +
            `${tipSha.slice(0, 12)} except files changed only by skipped commits${note}`,
        ...(unexplained.length ? { differences: unexplained } : {})
    };
}

;// CONCATENATED MODULE: ./build/walk/diff.js
const DIFF_HEADER = Buffer.from('diff --git ');
/** Undo git's C-style quoting of a path ("a/sp\303\244ce" → bytes). */
function unquoteGitPath(quoted) {
    if (!quoted.startsWith('"'))
        return Buffer.from(quoted, 'latin1');
    const out = [];
    const s = quoted.slice(1, -1);
    const escapes = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, '"': 34 };
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (ch !== '\\') {
            out.push(s.charCodeAt(i));
            continue;
        }
        const next = s[i + 1];
        if (/[0-7]/.test(next)) {
            out.push(parseInt(s.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            out.push(escapes[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(out);
}
/** The path named by a `diff --git a/X b/X` line (renames are off, so both sides are equal). */
function headerPath(line) {
    const rest = line.slice('diff --git '.length);
    let a;
    if (rest.startsWith('"')) {
        const end = rest.indexOf('" ', 1);
        a = unquoteGitPath(rest.slice(0, end + 1));
    }
    else {
        // "a/<p> b/<p>": both halves have the same length.
        const half = (rest.length - 1) / 2;
        a = Buffer.from(rest.slice(0, half), 'latin1');
    }
    const text = a.subarray(2);
    const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(text);
    return utf8.includes('\ufffd') ? text.toString('latin1') : utf8;
}
function splitFileDiffs(diff) {
    const starts = [];
    if (diff.subarray(0, DIFF_HEADER.length).equals(DIFF_HEADER))
        starts.push(0);
    for (let i = diff.indexOf('\ndiff --git ', 0); i !== -1; i = diff.indexOf('\ndiff --git ', i + 1)) {
        starts.push(i + 1);
    }
    return starts.map((start, k) => {
        const bytes = diff.subarray(start, k + 1 < starts.length ? starts[k + 1] : diff.length);
        const eol = bytes.indexOf('\n');
        const firstLine = bytes.subarray(0, eol === -1 ? bytes.length : eol).toString('latin1');
        const head = bytes.subarray(0, Math.min(bytes.length, 2048)).toString('latin1');
        const headerEnd = head.search(/\n(@@|---) /);
        const header = headerEnd === -1 ? head : head.slice(0, headerEnd);
        return {
            path: headerPath(firstLine),
            bytes,
            binary: /\n(Binary files .* differ|GIT binary patch)\n?/.test(header),
            submodule: /(mode 160000|\.\.[0-9a-f]+ 160000)/.test(header)
        };
    });
}
/** Strip everything before the first `diff --git` (git's blank lines after a commit header). */
function trimToDiff(bytes) {
    if (bytes.subarray(0, DIFF_HEADER.length).equals(DIFF_HEADER))
        return bytes;
    const i = bytes.indexOf('\ndiff --git ');
    return i === -1 ? Buffer.alloc(0) : bytes.subarray(i + 1);
}
/** Keep only the sections of a diff for the given files. */
function restrictDiff(diff, files) {
    const sections = splitFileDiffs(diff).filter(s => files.has(s.path));
    return Buffer.concat(sections.map(s => s.bytes));
}

;// CONCATENATED MODULE: ./build/walk/diffs.js

/** Options every diff stable-sync writes uses: plain text diffs that quilt and patch -F0 understand. */
const DIFF_OPTIONS = [
    '-p',
    '--no-renames',
    '--full-index',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color'
];
/** `git diff-tree --stdin` printing each commit's diff after `NUL sha NUL`. */
const DIFF_TREE_STDIN = ['diff-tree', '--stdin', '--root', ...DIFF_OPTIONS, '--format=%x00%H%x00'];
/** diff-tree's input: a commit and the parent to diff against per line (a root commit alone). */
function diffTreeInput(items) {
    return items.map(i => (i.parent ? `${i.sha} ${i.parent}` : i.sha)).join('\n') + '\n';
}
/**
 * The diffs of many commits against their first parents in ONE `git diff-tree --stdin` process
 * (no process per commit). Returns sha → diff bytes; commits without a change are absent.
 */
async function readDiffs(git, items) {
    const result = new Map();
    if (items.length === 0)
        return result;
    const { stdout } = await git.exec(DIFF_TREE_STDIN, { input: diffTreeInput(items) });
    // Output: NUL sha NUL diff NUL sha NUL diff… (text diffs never contain NUL: see classify/binary).
    const parser = new RecordParser((sha, body) => result.set(sha, trimToDiff(body)));
    parser.push(stdout);
    parser.end();
    return result;
}
/** The diff between two trees (a merge residual), in the same format. */
async function readTreeDiff(git, from, to) {
    const { stdout } = await git.exec(['diff-tree', ...DIFF_OPTIONS, from, to]);
    return trimToDiff(stdout);
}
/**
 * Splits `NUL sha NUL body NUL sha NUL body…` into records across chunk boundaries (a text diff never
 * contains NUL), calling back with each record once the next one starts or the stream ends.
 */
class RecordParser {
    record;
    inSha = false;
    sha = [];
    body = [];
    current;
    constructor(record) {
        this.record = record;
    }
    push(chunk) {
        let pos = 0;
        for (let nul = chunk.indexOf(0, pos); nul !== -1; nul = chunk.indexOf(0, pos)) {
            this.take(chunk.subarray(pos, nul));
            if (this.inSha) {
                this.current = Buffer.concat(this.sha).toString('latin1');
                this.sha = [];
            }
            else {
                this.flush();
            }
            this.inSha = !this.inSha;
            pos = nul + 1;
        }
        this.take(chunk.subarray(pos));
    }
    end() {
        this.flush();
    }
    take(piece) {
        if (piece.length)
            (this.inSha ? this.sha : this.body).push(piece);
    }
    flush() {
        if (this.current !== undefined)
            this.record(this.current, this.body.length === 1 ? this.body[0] : Buffer.concat(this.body));
        this.current = undefined;
        this.body = [];
    }
}

;// CONCATENATED MODULE: ./build/walk/diff-stream.js



/**
 * One git process per core beyond the one that renders and verifies what git prints (2 cores: 1),
 * at most 2: on 2 cores a second diff process only slowed the rest down.
 */
function defaultProcesses() {
    return Math.max(1, Math.min(2, (0,external_node_os_.availableParallelism)() - 1));
}
/** Commits per chunk: the processes take turns by chunk, so both make progress on the front of the list. */
const CHUNK = 256;
/**
 * The diffs of many commits against their first parents, read by a few `git diff-tree --stdin`
 * processes that all start at once and are parsed while they run: `get(sha)` resolves as soon as
 * that commit's diff has arrived, so a consumer walking the list in order (apply, rendering patches)
 * starts on the first commits while git still diffs the last ones. The list is dealt out in chunks,
 * round robin, so the processes together advance along it in order.
 */
class DiffStream {
    pending = new Map();
    runs = [];
    kills = [];
    constructor(git, requests, processes = defaultProcesses()) {
        const unique = [...new Map(requests.map(r => [r.sha, r])).values()];
        for (const r of unique) {
            let resolve;
            let reject;
            const promise = new Promise((res, rej) => {
                resolve = res;
                reject = rej;
            });
            promise.catch(() => undefined); // a consumer that stopped early must not see an unhandled rejection
            this.pending.set(r.sha, { promise, resolve, reject });
        }
        const lanes = Array.from({ length: Math.max(1, processes) }, () => []);
        for (let i = 0; i < unique.length; i += CHUNK)
            lanes[(i / CHUNK) % lanes.length].push(...unique.slice(i, i + CHUNK));
        for (const lane of lanes) {
            if (lane.length === 0)
                continue;
            const run = this.read(git, lane);
            // A failure reaches the requests (rejected) and done(); a consumer still busy elsewhere (the
            // analysis runs while git diffs) must not see the process die of an unhandled rejection.
            run.catch(() => undefined);
            this.runs.push(run);
        }
    }
    /** The diff of a requested commit (empty when it changes nothing); undefined if it was not requested. */
    get(sha) {
        return this.pending.get(sha)?.promise;
    }
    /** Every process has ended (rejects with the first failure). */
    async done() {
        await Promise.all(this.runs);
    }
    /** Stop reading (the consumer gave up): the git processes are killed, unanswered requests rejected. */
    async cancel() {
        for (const kill of this.kills)
            kill();
        await Promise.allSettled(this.runs);
    }
    async read(git, lane) {
        // git prints a commit's diff after `NUL sha NUL` (our format) and nothing for a commit without
        // changes; its output follows the input order, so every request before the sha just seen is empty.
        let next = 0;
        let unexpected;
        const position = new Map(lane.map((r, i) => [r.sha, i]));
        const settle = (sha, body) => {
            const at = position.get(sha);
            if (at === undefined || at < next) {
                unexpected ??=
                    `cannot read git diff-tree's output: a record names ${JSON.stringify(sha.slice(0, 60))} where a ` +
                        'requested commit was expected (a NUL byte inside a text diff?)';
                return;
            }
            while (next < at)
                this.pending.get(lane[next++].sha).resolve(Buffer.alloc(0));
            this.pending.get(lane[next++].sha).resolve(trimToDiff(body));
        };
        const parser = new RecordParser(settle);
        const input = diffTreeInput(lane);
        let killed = false;
        try {
            await git.exec(DIFF_TREE_STDIN, {
                input,
                onStdout: chunk => parser.push(chunk),
                onSpawn: kill => this.kills.push(() => ((killed = true), kill()))
            });
            parser.end();
            if (unexpected)
                throw new Error(unexpected);
            while (next < lane.length)
                this.pending.get(lane[next++].sha).resolve(Buffer.alloc(0));
        }
        catch (e) {
            const error = killed ? new Error('diff reading was cancelled') : e;
            while (next < lane.length)
                this.pending.get(lane[next++].sha).reject(error);
            if (!killed)
                throw e;
        }
    }
}

// EXTERNAL MODULE: ./build/config/glob.js
var glob = __webpack_require__(7597);
;// CONCATENATED MODULE: ./build/classify/declined.js
/** Was this skip made by the left-out rule (declined, or not in a freeze exception's selection)? */
function isLeftOutReason(reason) {
    return reason === 'declined' || reason === 'not-selected';
}
function leftOutRule(track) {
    const declined = new Map((track.exclude.commits ?? []).map(d => [d.sha.toLowerCase(), d]));
    const selection = track.selection && new Set(track.selection.map(s => s.toLowerCase()));
    if (declined.size === 0 && !selection)
        return () => undefined;
    return sha => {
        const d = declined.get(sha);
        if (d) {
            return {
                reason: 'declined',
                text: `declined in exclude.commits: ${d.reason}${d.by ? ` (${d.by})` : ''}`
            };
        }
        if (selection && !selection.has(sha)) {
            return {
                reason: 'not-selected',
                text: 'not selected for the freeze exception, and no selected fix needs it'
            };
        }
        return undefined;
    };
}

;// CONCATENATED MODULE: ./build/classify/rules.js


function compileRules(track) {
    const subjects = track.exclude.subjects.map(s => ({ source: s, re: new RegExp(s, 'i') }));
    return {
        inPaths: track.paths.length ? (0,glob/* globMatcher */.f)(track.paths) : () => true,
        excludedPath: track.exclude.paths.length ? (0,glob/* globMatcher */.f)(track.exclude.paths) : () => false,
        versionFile: track.versionFiles.length ? (0,glob/* globMatcher */.f)(track.versionFiles) : () => false,
        excludedSubject: subject => subjects.find(s => s.re.test(subject))?.source,
        leftOut: leftOutRule(track),
        hasPaths: track.paths.length > 0
    };
}
const skip = (reason, text, kept = [], dropped = []) => ({
    action: 'skip',
    reason,
    text,
    kept,
    dropped
});
/** Which of `files` a track takes, and which it leaves out (outside `paths` or excluded). */
function reduceFiles(files, rules) {
    const outside = files.filter(f => !rules.inPaths(f));
    const inside = files.filter(f => rules.inPaths(f));
    const excluded = inside.filter(f => rules.excludedPath(f));
    const kept = inside.filter(f => !rules.excludedPath(f));
    return { kept, outside, excluded };
}
/**
 * Decide by what a commit touches and says, before any diff is read: empty, version bump (only version
 * files, whatever the subject), excluded subject, outside paths, excluded paths, left out by sha
 * (declined, or not selected), submodule.
 */
function classifyByMetadata(commit, rules) {
    const files = commit.files.map(f => f.path);
    if (files.length === 0)
        return skip('empty', 'the commit changes no file');
    if (files.every(f => rules.versionFile(f))) {
        return skip('version-bump', `only touches version files (${files.join(', ')})`);
    }
    const subject = rules.excludedSubject(commit.subject);
    if (subject !== undefined)
        return skip('excluded-subject', `subject matches exclude.subjects /${subject}/`);
    const { kept, outside, excluded } = reduceFiles(files, rules);
    if (kept.length === 0 && excluded.length === 0)
        return skip('outside-paths', "touches no file under the track's paths");
    if (kept.length === 0)
        return skip('excluded-path', `only touches excluded paths (${excluded.join(', ')})`);
    const dropped = [...outside, ...excluded];
    // Left out by sha after the content rules: a fix outside the paths is reported as such, not as declined.
    const left = rules.leftOut(commit.sha);
    if (left)
        return skip(left.reason, left.text, kept, dropped);
    const gitlinks = commit.files.filter(f => kept.includes(f.path) && (f.oldMode === '160000' || f.newMode === '160000'));
    if (gitlinks.length) {
        return {
            action: 'problem',
            kind: 'submodule',
            text: `changes submodule ${gitlinks.map(g => g.path).join(', ')}: a quilt patch cannot carry a gitlink; update it by hand`,
            kept,
            dropped
        };
    }
    return { action: 'take', kept, dropped };
}
/**
 * When a reduction must be looked at by a human (the patch is still written, with a DEP-3 note):
 * the dropped part touches headers the kept code may depend on, or is larger than the kept part.
 */
function reductionNeedsReview(kept, dropped) {
    if (dropped.length === 0)
        return undefined;
    const headers = dropped.filter(f => /\.(h|hpp|hh)$/.test(f));
    if (headers.length)
        return `the dropped part changes headers (${headers.join(', ')}) the kept files may rely on`;
    if (dropped.length > kept.length)
        return `more files are dropped (${dropped.length}) than kept (${kept.length})`;
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/walk/git-log.js

const MARKER = 'stable-sync:commit';
// One record per commit: marker, sha, parents, tree, author name, email, RFC 2822 date, message.
const FORMAT = `%x00${MARKER}%x00%H%x00%P%x00%T%x00%an%x00%ae%x00%aD%x00%B%x00`;
const RAW_LINE = /^\n*:([0-7]{6}) ([0-7]{6}) ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z])[0-9]*$/;
/** Split a buffer on NUL bytes without decoding (paths are decoded one by one). */
function splitNulRaw(bytes) {
    const parts = [];
    let start = 0;
    for (let i = bytes.indexOf(0, start); i !== -1; i = bytes.indexOf(0, start)) {
        parts.push(bytes.subarray(start, i));
        start = i + 1;
    }
    if (start < bytes.length)
        parts.push(bytes.subarray(start));
    return parts;
}
/**
 * Every commit in `range` (e.g. `<pin>..<tip>`), parents before children, with the files each one
 * touches — ONE git process for the whole range. `--raw` compares trees only (no blob is read), and
 * merges are compared with their first parent, so a first-parent merge lists its net change.
 */
async function readCommits(git, range, extra = []) {
    const { stdout } = await git.exec([
        'log',
        '--reverse',
        '--topo-order',
        '--no-renames',
        '--raw',
        '-z',
        '--no-abbrev',
        '--diff-merges=first-parent',
        '--no-ext-diff',
        `--format=${FORMAT}`,
        ...extra,
        ...range,
        '--'
    ]);
    return parseCommits(stdout);
}
function parseCommits(stdout) {
    const parts = splitNulRaw(stdout);
    const commits = [];
    let i = 0;
    while (i < parts.length) {
        const text = parts[i].toString('latin1');
        if (text !== MARKER) {
            i++;
            continue;
        }
        const field = (k) => (0,git_text/* decodeGitText */.Q4)(parts[i + k] ?? Buffer.alloc(0));
        const message = field(7);
        const commit = {
            sha: field(1),
            parents: field(2).split(' ').filter(Boolean),
            tree: field(3),
            authorName: field(4),
            authorEmail: field(5),
            date: field(6),
            message,
            subject: message.split('\n')[0].trim(),
            files: []
        };
        i += 8;
        // Raw entries come as pairs (status line, path); empty parts separate records.
        while (i < parts.length) {
            const line = parts[i].toString('latin1');
            const m = RAW_LINE.exec(line);
            if (m) {
                const change = {
                    oldMode: m[1],
                    newMode: m[2],
                    oldBlob: m[3],
                    newBlob: m[4],
                    status: m[5],
                    path: (0,git_text/* decodeGitText */.Q4)(parts[i + 1] ?? Buffer.alloc(0))
                };
                commit.files.push(change);
                i += 2;
                continue;
            }
            if (line === '' || line === '\n') {
                i++;
                continue;
            }
            break;
        }
        commits.push(commit);
    }
    return commits;
}

;// CONCATENATED MODULE: ./build/walk/cache.js





/** The clone's grafts, as a digest (a walk read under other grafts is not reused). */
function shallowDigest(cloneDir) {
    const file = (0,external_node_path_.join)(cloneDir, 'shallow');
    return (0,external_node_crypto_.createHash)('sha256')
        .update((0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file) : '')
        .digest('hex');
}
const walkFile = (cloneDir, pin) => (0,external_node_path_.join)(cloneDir, 'stable-sync', `walk-${pin}.json`);
function loadWalkFile(file, pin) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    try {
        const data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return data.format === 3 && data.pin === pin ? data : undefined;
    }
    catch {
        return undefined;
    }
}
/** Walk caches read ahead of need (file → contents), taken by the next readCommitsCached. */
const readAhead = new Map();
/**
 * Read a pin's walk cache now, while the process waits for something else (the remote's answer
 * to "anything new?"): parsing it is ~40 ms of a warm run that would otherwise come after.
 */
function readWalkCacheAhead(cloneDir, pin) {
    const file = walkFile(cloneDir, pin);
    readAhead.set(file, loadWalkFile(file, pin));
}
/**
 * pin..tip as git must walk it in a shallow clone: the pin is a graft (no parents), so a commit the
 * pin has, fetched alone below it (the fork point of a branch merged later), looks like a root of
 * the range to git; those are named under BELOW_THE_PIN and excluded with the pin.
 */
function range(pin, tip, alsoNot = []) {
    return [tip, `^${pin}`, ...alsoNot.map(s => `^${s}`), '--not', `--glob=${fetch/* BELOW_THE_PIN */.sK}*`];
}
/**
 * The walk's metadata, kept beside the upstream cache (`<clone>/stable-sync/walk-<pin>.json`): an
 * hourly run with nothing new reads it instead of git; new upstream commits are read with one
 * `git log old-tip..tip ^pin` and appended (pin..old ∪ (old..tip − pin) = pin..tip, parents still
 * first). It is used only under the grafts it was read with (the clone's shallow file), so it
 * always equals what `git log pin..tip` would list now.
 */
async function readCommitsCached(git, cloneDir, pin, tip) {
    if (!cloneDir)
        return readCommits(git, range(pin, tip));
    const dir = (0,external_node_path_.join)(cloneDir, 'stable-sync');
    const file = walkFile(cloneDir, pin);
    const cached = readAhead.has(file) ? readAhead.get(file) : loadWalkFile(file, pin);
    readAhead.delete(file);
    const shallow = shallowDigest(cloneDir);
    const usable = cached?.shallow === shallow ? cached : undefined;
    if (usable && usable.tip === tip)
        return usable.commits;
    let commits;
    if (cached && usable && (await git.test(['merge-base', '--is-ancestor', cached.tip, tip]))) {
        // Not reachable from the pin either: a new merge may bring commits the pin already has.
        commits = [...cached.commits, ...(await readCommits(git, range(pin, tip, [cached.tip])))];
    }
    else {
        commits = await readCommits(git, range(pin, tip));
    }
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const content = { format: 3, pin, tip, shallow, commits };
    (0,external_node_fs_.writeFileSync)(`${file}.tmp`, JSON.stringify(content));
    (0,external_node_fs_.renameSync)(`${file}.tmp`, file);
    return commits;
}

;// CONCATENATED MODULE: ./build/walk/structure.js
/**
 * Shape pin..tip for the walk: follow first parents from the tip (the stable branch itself), and give
 * each first-parent merge the commits it brings in — those reachable from its other parents and not
 * from an earlier point of the branch. `commits` must be parents-first (`git log --reverse --topo-order`).
 */
function shapeRange(commits, tipSha) {
    const bySha = new Map(commits.map(c => [c.sha, c]));
    const chainShas = [];
    for (let sha = tipSha; sha && bySha.has(sha); sha = bySha.get(sha)?.parents[0]) {
        chainShas.push(sha);
    }
    chainShas.reverse();
    const onChain = new Set(chainShas);
    const assigned = new Set();
    const merges = new Map();
    const order = new Map(commits.map((c, i) => [c.sha, i]));
    const steps = [];
    for (const sha of chainShas) {
        const commit = bySha.get(sha);
        if (commit.parents.length < 2) {
            steps.push({ kind: 'commit', commit });
            continue;
        }
        // Everything reachable from the merged parents that the branch did not have yet.
        const found = new Set();
        const stack = commit.parents.slice(1);
        while (stack.length) {
            const s = stack.pop();
            if (found.has(s) || onChain.has(s) || assigned.has(s) || !bySha.has(s))
                continue;
            found.add(s);
            stack.push(...bySha.get(s).parents);
        }
        const merged = [...found].sort((a, b) => order.get(a) - order.get(b)).map(s => bySha.get(s));
        for (const s of found)
            assigned.add(s);
        merges.set(sha, { merge: commit, merged });
        for (const m of merged)
            steps.push({ kind: 'commit', commit: m, merge: commit });
        steps.push({ kind: 'residual', commit, merge: commit });
    }
    return { chain: chainShas.map(s => bySha.get(s)), merges, steps };
}

// EXTERNAL MODULE: ./build/git/cat-file.js
var cat_file = __webpack_require__(5922);
;// CONCATENATED MODULE: ./build/classify/binary.js



const ZERO = /^0+$/;
/**
 * Which blobs a quilt patch cannot carry, for many blobs in ONE `git cat-file --batch`: those with a
 * NUL byte anywhere. git itself looks at the first 8,000 bytes only (a later NUL makes a "text" diff
 * with a NUL in it, which neither patch nor a NUL-separated reader of git's output can take).
 */
async function binaryBlobs(git, blobs, cacheFile) {
    // Verdicts never change for a blob id: keep them beside the upstream cache.
    const known = new Map();
    if (cacheFile && (0,external_node_fs_.existsSync)(cacheFile)) {
        for (const line of (0,external_node_fs_.readFileSync)(cacheFile, 'latin1').split('\n'))
            if (line)
                known.set(line.slice(2), line[0] === 'b');
    }
    const all = [...new Set([...blobs].filter(b => !ZERO.test(b)))];
    const wanted = all.filter(b => !known.has(b));
    const binary = new Set(all.filter(b => known.get(b) === true));
    if (wanted.length === 0)
        return binary;
    for (const { sha, body } of await (0,cat_file/* catFileBatch */.F)(git, wanted)) {
        if (body.includes(0))
            binary.add(sha);
    }
    if (cacheFile) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(cacheFile), { recursive: true });
        (0,external_node_fs_.appendFileSync)(cacheFile, wanted.map(b => `${binary.has(b) ? 'b' : 't'} ${b}\n`).join(''));
    }
    return binary;
}

;// CONCATENATED MODULE: ./build/engine/phases/state.js
/** Every step starts as taken; the phases narrow that down. */
function initialStates(steps) {
    return steps.map(step => ({ step, decision: { action: 'take', kept: [], dropped: [] } }));
}
/** The commit steps by sha (residuals are not commits of their own). */
function statesByCommit(states) {
    const byCommit = new Map();
    for (const s of states)
        if (s.step.kind === 'commit')
            byCommit.set(s.step.commit.sha, s);
    return byCommit;
}
/** A commit step the series still takes. */
function isTakenCommit(s) {
    return s.step.kind === 'commit' && s.decision.action === 'take';
}

;// CONCATENATED MODULE: ./build/engine/phases/binary.js


/**
 * Phase 3: a taken commit changing a binary file (a NUL byte anywhere in its old or new blob; all
 * blobs in one `cat-file --batch`, verdicts kept in `cacheFile`) is a problem: a quilt patch cannot
 * carry it. One whose files end with the tip's content anyway becomes a skip after the proof
 * (net-effect.ts).
 */
async function markBinary(git, states, cacheFile) {
    const blobsOf = (c, kept) => c.files.filter(f => kept.includes(f.path)).flatMap(f => [f.oldBlob, f.newBlob]);
    const taken = states.filter(isTakenCommit);
    const binary = await binaryBlobs(git, taken.flatMap(s => blobsOf(s.step.commit, s.decision.kept)), cacheFile);
    for (const s of taken) {
        const c = s.step.commit;
        const bin = c.files.filter(f => s.decision.kept.includes(f.path) && (binary.has(f.oldBlob) || binary.has(f.newBlob)));
        if (bin.length) {
            s.decision = {
                ...s.decision,
                action: 'problem',
                kind: 'binary',
                text: `changes binary file${bin.length > 1 ? 's' : ''} ${bin.map(f => f.path).join(', ')}: a quilt patch cannot carry it; take it by hand`
            };
        }
    }
}

;// CONCATENATED MODULE: ./build/classify/patch-id.js
/** Remove context lines from every hunk, fixing up the hunk headers (patch-id reads their counts). */
function withoutContext(diff) {
    const out = [];
    let hunk;
    let minus = 0;
    let plus = 0;
    const flush = () => {
        if (hunk && (minus || plus))
            out.push(`@@ -1,${minus} +1,${plus} @@`, ...hunk);
        hunk = undefined;
        minus = plus = 0;
    };
    for (const line of diff.split('\n')) {
        if (line.startsWith('@@')) {
            flush();
            hunk = [];
        }
        else if (hunk && (line.startsWith('+') || line.startsWith('-'))) {
            if (line.startsWith('+'))
                plus++;
            else
                minus++;
            hunk.push(line);
        }
        else if (hunk && (line.startsWith(' ') || line.startsWith('\\') || line === '')) {
            continue;
        }
        else {
            flush();
            out.push(line);
        }
    }
    flush();
    return out.join('\n') + '\n';
}
async function patchIds(git, diffs) {
    const result = new Map();
    if (diffs.size === 0)
        return result;
    // Stand-in commit ids let one stream carry every diff twice: index*2 (full) and index*2+1 (no context).
    const keys = [...diffs.keys()];
    const id = (n) => n.toString(16).padStart(40, '0');
    const parts = [];
    keys.forEach((key, i) => {
        const diff = diffs.get(key);
        parts.push(`commit ${id(2 * i + 1)}\n\n${diff}\n`, `commit ${id(2 * i + 2)}\n\n${withoutContext(diff)}\n`);
    });
    const { stdout } = await git.exec(['patch-id', '--stable'], {
        input: Buffer.from(parts.join(''), 'latin1')
    });
    for (const line of stdout.toString('latin1').split('\n')) {
        const [pid, cid] = line.split(' ');
        if (!pid || !cid)
            continue;
        const n = parseInt(cid, 16) - 1;
        const key = keys[Math.floor(n / 2)];
        const entry = result.get(key) ?? { full: '', changes: '' };
        if (n % 2 === 0)
            entry.full = pid;
        else
            entry.changes = pid;
        result.set(key, entry);
    }
    return result;
}

;// CONCATENATED MODULE: ./build/engine/phases/carried-content.js


/**
 * Phase 4: a taken commit whose patch-id (as is, or of the changed lines alone, context ignored)
 * equals an existing patch's is already carried. Only commits sharing a file with an existing patch
 * are candidates; their diffs are in `diffs` (see candidatesByContent), all ids in one process.
 */
async function markCarriedByContent(git, candidates, existing, diffs) {
    if (candidates.length === 0 || existing.patches.length === 0)
        return;
    const input = new Map();
    existing.patches.forEach((p, i) => input.set(`existing:${i}`, p.diff));
    for (const s of candidates) {
        input.set(s.step.commit.sha, restrictDiff(diffs.get(s.step.commit.sha), new Set(s.decision.kept)).toString('latin1'));
    }
    const ids = await patchIds(git, input);
    const byFull = new Map();
    const byChanges = new Map();
    existing.patches.forEach((p, i) => {
        const id = ids.get(`existing:${i}`);
        if (id?.full)
            byFull.set(id.full, p.file);
        if (id?.changes)
            byChanges.set(id.changes, p.file);
    });
    for (const s of candidates) {
        const id = ids.get(s.step.commit.sha);
        const hit = (id?.full && byFull.get(id.full)) || (id?.changes && byChanges.get(id.changes));
        if (hit) {
            const how = id?.full && byFull.get(id.full) ? 'patch-id' : 'patch-id of the changed lines, context ignored';
            s.decision = {
                ...s.decision,
                action: 'skip',
                reason: 'already-carried',
                text: `already carried as ${hit} (same ${how})`
            };
        }
    }
}
/** The taken commits that share a file with an existing patch: only they can be carried by content. */
function candidatesByContent(states, existingFiles) {
    return states.filter(s => s.step.kind === 'commit' &&
        s.decision.action === 'take' &&
        s.decision.kept.some(f => existingFiles.has(f)));
}

;// CONCATENATED MODULE: ./build/engine/phases/classify-metadata.js


/**
 * Phase 1, from the walk's metadata alone: merges inside a merged branch; empty, version bump,
 * excluded, outside paths, submodule (classifyByMetadata); already carried by name (an existing
 * patch names the commit, or both name the same upstream commit).
 */
function classifyMetadata(states, rules, carried) {
    for (const s of states) {
        if (s.step.kind !== 'commit')
            continue;
        const c = s.step.commit;
        if (c.parents.length > 1) {
            s.decision = {
                action: 'skip',
                reason: 'merge',
                text: `a merge inside the branch merged by ${s.step.merge?.sha}; its own change, if any, is in that merge's residual patch`,
                kept: [],
                dropped: []
            };
            continue;
        }
        s.decision = classifyByMetadata(c, rules);
        if (s.decision.action !== 'take')
            continue;
        if (carried.empty)
            continue;
        const direct = carried.get(c.sha);
        const viaBackport = backportRefs(c.message).find(r => carried.get(r) !== undefined);
        if (direct || viaBackport) {
            s.decision = {
                ...s.decision,
                action: 'skip',
                reason: 'already-carried',
                text: direct
                    ? `already carried as ${direct} (it names this commit)`
                    : `already carried as ${carried.get(viaBackport)} (both name upstream commit ${viaBackport})`
            };
        }
    }
}

;// CONCATENATED MODULE: ./build/engine/phases/diff-cache.js


/**
 * Commit diffs read on demand, each once: many commits per `git diff-tree --stdin`, either read
 * whole (`ensure`) or streamed in the background (`stream`: git diffs on the other cores while the
 * caller works through the first ones). `close()` stops a stream nobody reads any more.
 */
class DiffCache {
    git;
    diffs = new Map();
    streams = [];
    constructor(git) {
        this.git = git;
    }
    /** Read the diffs of the commits not read yet, in one process. */
    async ensure(commits) {
        const missing = commits.filter(c => !this.diffs.has(c.sha));
        if (missing.length === 0)
            return;
        const read = await readDiffs(this.git, missing.map(c => ({ sha: c.sha, parent: c.parents[0] })));
        for (const c of missing)
            this.diffs.set(c.sha, read.get(c.sha) ?? Buffer.alloc(0));
    }
    /** Start reading these commits' diffs in the background; `read` takes each as it arrives. */
    stream(commits) {
        const missing = commits.filter(c => !this.known(c.sha));
        if (missing.length)
            this.streams.push(new DiffStream(this.git, missing.map(c => ({ sha: c.sha, parent: c.parents[0] }))));
    }
    /** Read, or being read. */
    known(sha) {
        return this.diffs.has(sha) || this.streams.some(s => s.get(sha) !== undefined);
    }
    /** A commit's diff: as read, as streamed (waiting for it), or read now. */
    async read(commit) {
        const have = this.diffs.get(commit.sha);
        if (have)
            return have;
        for (const s of this.streams) {
            const coming = s.get(commit.sha);
            if (!coming)
                continue;
            const diff = await coming;
            this.diffs.set(commit.sha, diff);
            return diff;
        }
        await this.ensure([commit]);
        return this.diffs.get(commit.sha);
    }
    /** A diff read by `ensure` or `read` (undefined when it was not asked for). */
    get(sha) {
        return this.diffs.get(sha);
    }
    /** Stop the streams (git processes of diffs nobody will read). */
    async close() {
        await Promise.all(this.streams.splice(0).map(s => s.cancel()));
    }
}

;// CONCATENATED MODULE: ./build/verify/index-apply.js
/**
 * A scratch git index (GIT_INDEX_FILE) in which patches are applied with `git apply --cached`: exact
 * context, offsets allowed, no fuzz — what dpkg-source's `patch -F0` accepts — without a work tree.
 * Many patches go to ONE git process; a failure is narrowed down by bisection.
 */
class ScratchIndex {
    git;
    file;
    constructor(git, file) {
        this.git = git;
        this.file = file;
    }
    env() {
        return { GIT_INDEX_FILE: this.file };
    }
    async readTree(treeish) {
        await this.git.exec(['read-tree', treeish], { env: this.env() });
    }
    async writeTree() {
        return this.git.text(['write-tree'], { env: this.env() });
    }
    /** Apply patches in order, atomically: all or none. */
    async tryApply(patches, check = false) {
        if (patches.length === 0)
            return true;
        const args = ['apply', '--cached', '--whitespace=nowarn', ...(check ? ['--check'] : [])];
        const r = await this.git.exec(args, {
            env: this.env(),
            input: Buffer.concat(patches.map(withNewline)),
            allowFailure: true
        });
        return r.code === 0;
    }
    /** Set index entries (`<mode> <blob>`, null: remove) without touching anything else. */
    async setEntries(entries) {
        if (entries.length === 0)
            return;
        const input = entries
            .map(([path, e]) => `${e ?? '0 0000000000000000000000000000000000000000'}\t${path}\0`)
            .join('');
        await this.git.exec(['update-index', '-z', '--index-info'], { env: this.env(), input });
    }
    /**
     * Apply patches in order until one does not apply. Returns the index of the first failing patch
     * (everything before it is applied), or -1 when all applied. O(log n) processes per failure.
     */
    async applyUntilFailure(patches) {
        if (await this.tryApply(patches))
            return -1;
        // The longest prefix that applies: lo applies, hi does not.
        let lo = 0;
        let hi = patches.length;
        while (hi - lo > 1) {
            const mid = (lo + hi) >> 1;
            if (await this.tryApply(patches.slice(0, mid), true))
                lo = mid;
            else
                hi = mid;
        }
        await this.tryApply(patches.slice(0, lo));
        return lo;
    }
    /** The entries (`<mode> <blob>`, null: removed) of the paths where the index differs from a tree. */
    async changedEntries(tree) {
        const { stdout } = await this.git.exec(['diff-index', '--cached', '--no-renames', '--raw', '-z', '--no-abbrev', tree], { env: this.env() });
        // `:<old mode> <new mode> <old blob> <new blob> <status>` NUL `<path>` NUL, repeated.
        const fields = stdout.toString('utf8').split('\0');
        const out = [];
        for (let i = 0; i + 1 < fields.length; i += 2) {
            const [, newMode, , newBlob, status] = fields[i].slice(1).split(' ');
            out.push([fields[i + 1], status === 'D' ? null : `${newMode} ${newBlob}`]);
        }
        return out;
    }
    /** Write a file's content as a blob (for the index to name): its `<mode> <blob>` entry. */
    async writeBlob(state) {
        if (state.entry)
            return state.entry;
        const blob = await this.git.text(['hash-object', '-w', '--stdin'], {
            input: Buffer.from(state.lines.join(''), 'latin1')
        });
        return `${state.mode} ${blob}`;
    }
}
function withNewline(b) {
    return b.length && b[b.length - 1] !== 10 ? Buffer.concat([b, Buffer.from('\n')]) : b;
}

;// CONCATENATED MODULE: ./build/verify/hunk-apply.js
/**
 * One file's patch applied to its content in memory, exactly as `git apply` (no `-C`, no
 * `--unidiff-zero`, no whitespace fixing) applies it: every context and removed line must match byte
 * for byte, a hunk may move (offset) but never fuzz, and hunks of one patch may not overlap. That is
 * what dpkg-source's `patch -F0` accepts (test/unit/verify-hunk-apply.test.ts compares it with
 * git apply on random cases).
 *
 * Content is handled as lines in latin1 strings (one char per byte: exact, and cheap to compare),
 * each with its newline; only a last line may lack one.
 */
function toLines(content) {
    const text = content.toString('latin1');
    const lines = [];
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        lines.push(text.slice(start, nl + 1));
        start = nl + 1;
    }
    if (start < text.length)
        lines.push(text.slice(start));
    return lines;
}
function fromLines(lines) {
    return Buffer.from(lines.join(''), 'latin1');
}
/** The hunks of one file section of a unified diff (`diff --git` header and all). */
function parseHunks(section) {
    const lines = toLines(section);
    const hunks = [];
    let i = 0;
    while (i < lines.length && !lines[i].startsWith('@@ '))
        i++;
    while (i < lines.length) {
        const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(lines[i]);
        if (!m)
            return 'malformed';
        let oldLeft = m[2] === undefined ? 1 : Number(m[2]);
        let newLeft = m[4] === undefined ? 1 : Number(m[4]);
        const hunk = { oldStart: Number(m[1]), newStart: Number(m[3]), pre: [], post: [], trailing: 0 };
        i++;
        // The side each line of the hunk went to, for a following "\ No newline at end of file".
        let last;
        let changes = 0;
        while (i < lines.length && (oldLeft > 0 || newLeft > 0 || lines[i].startsWith('\\'))) {
            const line = lines[i++];
            const op = line[0];
            // git reads an empty line as an empty context line (diffs whose trailing blanks were stripped).
            const body = line === '\n' ? '\n' : line.slice(1);
            if (op === ' ' || line === '\n') {
                hunk.pre.push(body);
                hunk.post.push(body);
                oldLeft--;
                newLeft--;
                hunk.trailing++;
                last = 'both';
            }
            else if (op === '-') {
                hunk.pre.push(body);
                oldLeft--;
                hunk.trailing = 0;
                last = 'pre';
                changes++;
            }
            else if (op === '+') {
                hunk.post.push(body);
                newLeft--;
                hunk.trailing = 0;
                last = 'post';
                changes++;
            }
            else if (op === '\\') {
                // "\ No newline at end of file": the line before it has no newline.
                if (last === 'both' || last === 'pre')
                    hunk.pre[hunk.pre.length - 1] = chomp(hunk.pre[hunk.pre.length - 1]);
                if (last === 'both' || last === 'post')
                    hunk.post[hunk.post.length - 1] = chomp(hunk.post[hunk.post.length - 1]);
            }
            else
                return 'malformed';
            if (oldLeft < 0 || newLeft < 0)
                return 'malformed';
        }
        if (oldLeft !== 0 || newLeft !== 0)
            return 'malformed';
        // A hunk that neither adds nor removes a line: git apply calls the patch corrupt.
        if (!changes)
            return 'malformed';
        hunks.push(hunk);
    }
    return hunks;
}
function chomp(line) {
    return line.endsWith('\n') ? line.slice(0, -1) : line;
}
/**
 * Apply the hunks to `lines` (not modified). Returns the new lines, or undefined when a hunk does not
 * apply at fuzz 0.
 */
function applyHunks(lines, hunks) {
    let img = lines.slice();
    // Lines a hunk of this patch wrote: a later hunk may not match over them (git's LINE_PATCHED).
    let patched = new Uint8Array(img.length);
    for (const h of hunks) {
        const matchBeginning = h.oldStart <= 1;
        const matchEnd = h.trailing === 0;
        const at = findPosition(img, patched, h, matchBeginning, matchEnd);
        if (at < 0)
            return undefined;
        img = [...img.slice(0, at), ...h.post, ...img.slice(at + h.pre.length)];
        const flags = new Uint8Array(img.length);
        flags.set(patched.subarray(0, at), 0);
        flags.fill(1, at, at + h.post.length);
        flags.set(patched.subarray(at + h.pre.length), at + h.post.length);
        patched = flags;
    }
    return img;
}
/** git's find_pos: from the hunk's line, alternately one further forward and one further back. */
function findPosition(img, patched, h, matchBeginning, matchEnd) {
    let line = h.newStart ? h.newStart - 1 : 0;
    if (matchBeginning)
        line = 0;
    else if (matchEnd)
        line = img.length - h.pre.length;
    if (line > img.length)
        line = img.length;
    if (line < 0)
        line = img.length; // git compares unsigned: a negative start is past the end
    let backwards = line;
    let forwards = line;
    let current = line;
    for (let i = 0;; i++) {
        if (matchesAt(img, patched, h.pre, current, matchBeginning, matchEnd))
            return current;
        for (;;) {
            if (backwards === 0 && forwards === img.length)
                return -1;
            if (i & 1) {
                if (backwards === 0) {
                    i++;
                    continue;
                }
                current = --backwards;
            }
            else {
                if (forwards === img.length) {
                    i++;
                    continue;
                }
                current = ++forwards;
            }
            break;
        }
    }
}
function matchesAt(img, patched, pre, at, matchBeginning, matchEnd) {
    if (at + pre.length > img.length)
        return false;
    if (matchEnd && at + pre.length !== img.length)
        return false;
    if (matchBeginning && at !== 0)
        return false;
    for (let k = 0; k < pre.length; k++)
        if (patched[at + k] || img[at + k] !== pre[k])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./build/verify/tree-state.js
const tree_state_ZERO = /^0+$/;
/** The entry a `git log --raw` side describes (mode 000000 / a zero blob: no file). */
function rawEntry(mode, blob) {
    return mode === '000000' || tree_state_ZERO.test(blob) ? null : `${mode} ${blob}`;
}
/**
 * The series' tree as the proof walks it, file by file: what each file holds (`<mode> <blob>`) after
 * the patches so far, known from the walk's blob ids without reading any content. Starts as the
 * pinned tree; every change is logged, so the changes of a patch that does not apply (or of a look
 * ahead) can be rolled back.
 */
class TreeState {
    base;
    entries = new Map();
    undo = [];
    constructor(base) {
        this.base = base;
    }
    /** The pinned tree's entries, in one `git ls-tree`. */
    static async read(git, tree) {
        return new TreeState(await readTreeEntries(git, tree));
    }
    get(path) {
        const e = this.entries.get(path);
        return e !== undefined ? e : (this.base.get(path) ?? null);
    }
    set(path, entry) {
        this.undo.push([path, this.entries.get(path)]);
        this.entries.set(path, entry);
    }
    /** A point to roll back to. */
    mark() {
        return this.undo.length;
    }
    rollback(to) {
        while (this.undo.length > to) {
            const [path, before] = this.undo.pop();
            if (before === undefined)
                this.entries.delete(path);
            else
                this.entries.set(path, before);
        }
    }
    /** Forget the undo log: the changes it covered stay. */
    commit() {
        this.undo.length = 0;
    }
    /**
     * The paths where an end state differs from another tree: `end` gives the entries that changed
     * from the pinned tree, every other path holds its pinned entry.
     */
    differingPaths(end, other) {
        const out = [];
        const at = (p) => (end.has(p) ? end.get(p) : (this.base.get(p) ?? null));
        for (const p of new Set([...this.base.keys(), ...end.keys(), ...other.keys()]))
            if (at(p) !== (other.get(p) ?? null))
                out.push(p);
        // git's order: by the paths' bytes.
        return out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    }
    /** The files whose entry differs from the pinned tree. */
    changed() {
        return [...this.entries].filter(([p, e]) => e !== (this.base.get(p) ?? null));
    }
}
/** A tree's files: path → `<mode> <blob>`, in one `git ls-tree`. */
async function readTreeEntries(git, tree) {
    const { stdout } = await git.exec(['ls-tree', '-r', '-z', '--full-tree', tree]);
    const entries = new Map();
    for (const rec of stdout.toString('utf8').split('\0')) {
        if (!rec)
            continue;
        const tab = rec.indexOf('\t');
        const [mode, , blob] = rec.slice(0, tab).split(' ');
        entries.set(rec.slice(tab + 1), `${mode} ${blob}`);
    }
    return entries;
}
function sectionHeader(section) {
    const head = section.subarray(0, Math.min(section.length, 4096)).toString('latin1');
    const end = head.search(/\n(@@ |--- |Binary files |GIT binary patch)/);
    const h = {
        created: false,
        deleted: false,
        binary: /\n(Binary files |GIT binary patch)/.test(head)
    };
    for (const l of (end === -1 ? head : head.slice(0, end)).split('\n')) {
        let m;
        if ((m = /^new file mode (\d+)$/.exec(l))) {
            h.created = true;
            h.newMode = m[1];
        }
        else if ((m = /^deleted file mode (\d+)$/.exec(l))) {
            h.deleted = true;
            h.oldMode = m[1];
        }
        else if ((m = /^old mode (\d+)$/.exec(l)))
            h.oldMode = m[1];
        else if ((m = /^new mode (\d+)$/.exec(l)))
            h.newMode = m[1];
        else if ((m = /^index ([0-9a-f]+)\.\.([0-9a-f]+)(?: (\d+))?$/.exec(l))) {
            h.blobs = [m[1], m[2]];
            if (m[3])
                h.oldMode = h.newMode = m[3];
        }
    }
    return h;
}
/** The pre- and post-image of one file section of a `--full-index` diff, from its header. */
function sectionImages(section) {
    return headerImages(sectionHeader(section));
}
/** sectionImages for a header already parsed. */
function headerImages(h) {
    if (!h.blobs || (!h.created && !h.oldMode) || (!h.deleted && !h.newMode))
        return undefined;
    return {
        pre: h.created ? null : rawEntry(h.oldMode, h.blobs[0]),
        post: h.deleted ? null : rawEntry(h.newMode, h.blobs[1])
    };
}

;// CONCATENATED MODULE: ./build/verify/memory-files.js





const objectFormatOf = (id) => (id.length === 64 ? 'sha256' : 'sha1');
/** The blob id git gives this content (`git hash-object`), in the repository's object format. */
function blobId(lines, format = 'sha1') {
    const content = fromLines(lines);
    return (0,external_node_crypto_.createHash)(format).update(`blob ${content.length}\0`).update(content).digest('hex');
}
/** The `<mode> <blob>` entry of a file state. */
function entryOf(state, format) {
    if (state === null)
        return null;
    return state.entry ?? `${state.mode} ${blobId(state.lines, format)}`;
}
/** A file state known by its entry only (gitlinks, binary files: nothing for a text patch to read). */
function opaqueState(entry) {
    if (entry === null)
        return null;
    return { mode: entry.slice(0, entry.indexOf(' ')), lines: [], entry, opaque: true };
}
/** File type bits of a mode: a file may not become a symlink or a gitlink through a text patch. */
const typeOf = (mode) => (mode === '120000' || mode === '160000' ? mode : 'file');
/**
 * Apply one file's section of a git diff to its state, as `git apply --cached` would: the file must
 * exist (not for a creation), be of the type the patch says, take every hunk at fuzz 0, and be empty
 * after a deletion. Returns the new state, or 'fails'. A binary or submodule section applies by id,
 * as git applies a binary patch: only onto exactly its pre-image (a merged BIOS update inside a merge
 * must not turn into the merge's own change).
 */
function applySection(current, section) {
    const h = sectionHeader(section);
    if (h.binary || h.oldMode === '160000' || h.newMode === '160000')
        return applyById(current, h);
    if (current?.opaque)
        return 'fails';
    if (h.created ? current !== null : current === null)
        return 'fails';
    if (current && h.oldMode && typeOf(current.mode) !== typeOf(h.oldMode))
        return 'fails';
    const hunks = parseHunks(section);
    if (hunks === 'malformed')
        return 'fails';
    const lines = applyHunks(current?.lines ?? [], hunks);
    if (!lines)
        return 'fails';
    if (h.deleted)
        return lines.length === 0 ? null : 'fails';
    const mode = h.newMode ?? current?.mode;
    return mode ? { mode, lines } : 'fails';
}
/** A binary or submodule section: its post-image when the file holds exactly its pre-image. */
function applyById(current, h) {
    const images = headerImages(h);
    if (!images)
        return 'fails';
    if (entryOf(current, objectFormatOf(h.blobs[0])) !== images.pre)
        return 'fails';
    return opaqueState(images.post);
}
/**
 * Blob contents for the files followed by content, read when first needed from one
 * `git cat-file --batch` kept running (git/cat-file.ts) and split into lines once. `close()` ends
 * the git process.
 */
class BlobStore {
    git;
    /** Started on the first read: a proof where nothing diverges runs no cat-file at all. */
    reader;
    lines = new Map();
    constructor(git) {
        this.git = git;
    }
    /** The state of a file whose entry is `entry` (reads its blob unless read before). */
    async state(entry) {
        if (entry === null)
            return null;
        const [mode, blob] = entry.split(' ');
        // A gitlink names a commit of another repository: nothing to read, and never patched as text.
        if (mode === '160000')
            return opaqueState(entry);
        let lines = this.lines.get(blob);
        if (!lines) {
            this.reader ??= new cat_file/* CatFileReader */.Y(this.git);
            lines = this.reader.read(blob).then(body => {
                if (!body)
                    throw new Error(`blob ${blob} is missing from the upstream clone ${this.git.dir}: the cache is damaged; delete that directory and run again`);
                return toLines(body);
            });
            this.lines.set(blob, lines);
        }
        return { mode, lines: await lines, entry };
    }
    async close() {
        await this.reader?.close();
    }
}
/**
 * Apply a patch (sections of several files) to the followed files, all or nothing. Returns the files
 * whose section does not apply (empty: applied).
 */
function applyPart(memory, part) {
    const results = new Map();
    const failing = [];
    for (const section of splitFileDiffs(part)) {
        const current = results.has(section.path)
            ? results.get(section.path)
            : (memory.get(section.path) ?? null);
        const next = applySection(current, section.bytes);
        if (next === 'fails')
            failing.push(section.path);
        else
            results.set(section.path, next);
    }
    if (failing.length === 0)
        for (const [path, state] of results)
            memory.set(path, state);
    return failing;
}

;// CONCATENATED MODULE: ./build/verify/residual-trees.js





/**
 * For each edit, the diff from the edited tree back to the commit's own tree (the engine's diff
 * format): the merge residual when the edit holds what the merged commits made of the files. Three
 * git processes for any number of edits: the edited trees are written by one `git fast-import` into
 * a scratch repository that borrows the clone's objects (alternates: the clone gets nothing new),
 * and diffed by one `git diff-tree --stdin`.
 */
async function diffsBack(git, tmpDir, edits) {
    if (edits.length === 0)
        return [];
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tmpDir, 'residuals-'));
    const scratch = (0,external_node_path_.join)(work, 'scratch.git');
    // Of the clone's object format: the ids in the stream are the clone's (SHA-1 or SHA-256).
    await git.exec(['init', '-q', '--bare', `--object-format=${objectFormatOf(edits[0].commit)}`, scratch]);
    const objects = (await git.text(['rev-parse', '--path-format=absolute', '--git-path', 'objects'])).trim();
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(scratch, 'objects', 'info'), { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(scratch, 'objects', 'info', 'alternates'), `${objects}\n`);
    const stream = [];
    edits.forEach((e, i) => {
        stream.push(Buffer.from(`commit refs/heads/edit-${i}\nmark :${i + 1}\ncommitter stable-sync <stable-sync@localhost> 0 +0000\ndata 0\nfrom ${e.commit}\n`));
        for (const [path, state] of e.files) {
            if (state === null) {
                stream.push(Buffer.from(`D ${path}\n`));
                continue;
            }
            if (state.entry) {
                // Unchanged from git: named by id (a gitlink has no content to give).
                stream.push(Buffer.from(`M ${state.entry} ${path}\n`));
                continue;
            }
            const content = fromLines(state.lines);
            stream.push(Buffer.from(`M ${state.mode} inline ${path}\ndata ${content.length}\n`), content, Buffer.from('\n'));
        }
        stream.push(Buffer.from('\n'));
    });
    const marks = (0,external_node_path_.join)(work, 'marks');
    const scratchGit = git.at(scratch);
    await scratchGit.exec(['fast-import', '--quiet', `--export-marks=${marks}`], {
        input: Buffer.concat(stream)
    });
    const shaOf = new Map((0,external_node_fs_.readFileSync)(marks, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(l => l.split(' ')));
    // diff-tree's "<commit> <parent>" diffs from the parent: the edited tree back to the commit's.
    const edited = edits.map((e, i) => ({ sha: e.commit, parent: shaOf.get(`:${i + 1}`) }));
    const diffs = await readDiffs(scratchGit, edited);
    return edits.map(e => diffs.get(e.commit) ?? Buffer.alloc(0));
}

// EXTERNAL MODULE: ./build/git/batch-header.js
var batch_header = __webpack_require__(1485);
;// CONCATENATED MODULE: ./build/verify/tree-entries.js

/**
 * Paths that can be named in a `git cat-file --batch` request and in a fast-import stream without
 * doubt about their bytes: printable ASCII (a non-ASCII path may have been decoded from Latin-1).
 */
function plainPath(path) {
    return /^[\x20-\x7e]+$/.test(path) && !path.startsWith('"');
}
/**
 * The entries (`<mode> <blob>`, null: no such file) of many (commit, path) pairs, from the trees of
 * the paths' directories in ONE `git cat-file --batch`. Keyed `<commit> <path>`; a path that is not
 * plain (see plainPath), or names a directory, is left out, for the caller to handle another way.
 */
async function entriesAt(git, requests) {
    const dirOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    const wanted = new Map(); // object name → `<commit> <dir>`
    for (const [commit, path] of requests) {
        if (!plainPath(path))
            continue;
        const dir = dirOf(path);
        wanted.set(dir ? `${commit}:${dir}` : `${commit}^{tree}`, `${commit} ${dir}`);
    }
    const names = [...wanted.keys()];
    if (names.length === 0)
        return new Map();
    // cat-file answers in request order, missing objects included (a directory the commit lacks).
    const trees = new Map();
    const { stdout } = await git.exec(['cat-file', '--batch=%(objecttype) %(objectsize)'], {
        input: names.join('\n') + '\n'
    });
    let pos = 0;
    for (const name of names) {
        const eol = stdout.indexOf(10, pos);
        const header = (0,batch_header/* parseBatchHeader */.B)(stdout.subarray(pos, eol).toString('latin1'), false);
        pos = eol + 1;
        // No tree there (a directory the commit lacks, a submodule where a directory was asked for).
        if (!header.found)
            continue;
        const body = stdout.subarray(pos, pos + header.size);
        pos += header.size + 1;
        // Object ids are as long as the commit's: 20 bytes in a SHA-1 repository, 32 in a SHA-256 one.
        if (header.type === 'tree')
            trees.set(wanted.get(name), parseTree(body, name.split(/[:^]/)[0].length / 2));
    }
    const out = new Map();
    for (const [commit, path] of requests) {
        if (!plainPath(path))
            continue;
        const dir = dirOf(path);
        const entry = trees.get(`${commit} ${dir}`)?.get(dir ? path.slice(dir.length + 1) : path);
        // A directory where a file is asked for: not an answer this can give (the caller asks git).
        if (entry?.startsWith('040000'))
            continue;
        out.set(`${commit} ${path}`, entry ?? null);
    }
    return out;
}
/** A tree object's entries: name → `<mode> <id>` (modes six digits, as ls-tree prints them). */
function parseTree(body, idBytes) {
    const entries = new Map();
    let pos = 0;
    while (pos < body.length) {
        const space = body.indexOf(32, pos);
        const nul = body.indexOf(0, space);
        const mode = body.subarray(pos, space).toString('latin1').padStart(6, '0');
        const name = body.subarray(space + 1, nul).toString('utf8');
        entries.set(name, `${mode} ${body.subarray(nul + 1, nul + 1 + idBytes).toString('hex')}`);
        pos = nul + 1 + idBytes;
    }
    return entries;
}

;// CONCATENATED MODULE: ./build/engine/phases/merges.js










const NO_CHANGE_OF_ITS_OWN = {
    action: 'skip',
    reason: 'merge',
    text: 'merge with no change of its own: the merged commits carry all of it',
    kept: [],
    dropped: []
};
/** Left out by sha: declined in exclude.commits, or not in a freeze exception's selection. */
function leftOutBySha(d) {
    return isLeftOutReason(d.reason);
}
/** The merged commits whose diffs resolveMerges needs: those of merges that need a real apply. */
function mergedCommitsToDiff(merges) {
    return [...merges.values()]
        .filter(g => !cleanMerge(g.merge, g.merged))
        .flatMap(g => g.merged.filter(c => c.parents.length < 2));
}
/**
 * Phase 5: carry each merged commit that applies on its own (onto the merge's first parent, in
 * order); the rest of the merge's net change (its conflict resolution) becomes a residual patch, so
 * the series reproduces the merge exactly. Merged commits the residual carries are 'folded'.
 *
 * A merge whose merged commits chain exactly by blob ids is decided without reading a byte. The
 * others are applied in memory as git apply does (verify/memory-files.ts), from the first parent's
 * files read in one `git cat-file` for all merges; the residuals of all merges are diffed by three
 * processes together (verify/residual-trees.ts).
 */
async function resolveMerges(input) {
    const { states, merges, byCommit, diffs } = input;
    const open = [];
    for (const s of states) {
        if (s.step.kind !== 'residual')
            continue;
        const m = s.step.commit;
        const group = merges.get(m.sha);
        if (cleanMerge(m, group.merged)) {
            // Every merged commit applies exactly (its pre-images are the current blobs) and together
            // they make the merge's tree: no process needed, no residual.
            s.carriedSeparately = group.merged.filter(c => byCommit.get(c.sha)?.decision.action === 'take');
            s.folded = [];
            s.decision = NO_CHANGE_OF_ITS_OWN;
            continue;
        }
        const candidates = group.merged.filter(c => c.parents.length < 2 && (diffs.get(c.sha)?.length ?? 0) > 0);
        open.push({ s, merge: m, group, candidates });
    }
    const outcomes = await applyMerged(input, open);
    open.forEach((o, k) => settle(input, o, outcomes[k]));
    // A folded commit is already carried when its merge's residual is.
    for (const s of states) {
        if (s.decision.action !== 'folded')
            continue;
        const merge = s.step.merge;
        const ms = states.find(r => r.step.kind === 'residual' && r.step.commit.sha === merge.sha);
        // Left out with its merge (declined, not selected): reported, never silently lost.
        if (leftOutBySha(ms.decision)) {
            s.decision = {
                ...s.decision,
                action: 'skip',
                reason: ms.decision.reason,
                text: `does not apply on its own inside merge ${merge.sha}, whose residual patch is left out (${ms.decision.text})`
            };
        }
        if (ms.decision.reason === 'already-carried') {
            s.decision = {
                ...s.decision,
                action: 'skip',
                reason: 'already-carried',
                text: `carried by the residual patch of merge ${merge.sha} (${ms.decision.text})`
            };
        }
    }
}
/** The merged commits applied onto each open merge's first parent: which apply, and the residual. */
async function applyMerged(input, open) {
    const { git, diffs } = input;
    const paths = open.map(o => [
        ...new Set(o.candidates.flatMap(c => splitFileDiffs(diffs.get(c.sha)).map(f => f.path)))
    ]);
    const changed = open.map(o => new Map(o.merge.files.map(f => [f.path, f])));
    // The first parent's entry of each file: from the merge's own --raw data, else from git's trees.
    const asked = open.flatMap((o, k) => paths[k].filter(p => !changed[k].has(p)).map(p => [o.merge.parents[0], p]));
    const looked = await entriesAt(git, asked);
    const firsts = open.map((o, k) => {
        const out = new Map();
        for (const p of paths[k]) {
            const f = changed[k].get(p);
            const e = f ? rawEntry(f.oldMode, f.oldBlob) : looked.get(`${o.merge.parents[0]} ${p}`);
            if (e === undefined)
                return undefined;
            out.set(p, e);
        }
        return out;
    });
    const blobs = new BlobStore(git);
    try {
        // Every first-parent file asked for at once: git answers while the first merges are applied.
        const contents = firsts.map(first => first
            ? [...first].map(([p, e]) => {
                const state = blobs.state(e);
                state.catch(() => undefined); // awaited in its turn; a merge failing first must not leave it unhandled
                return [p, state];
            })
            : undefined);
        return await applyAll(input, open, changed, firsts, contents);
    }
    finally {
        await blobs.close().catch(() => undefined);
    }
}
/** Each open merge's merged commits applied in memory onto its first parent's files (`contents`). */
async function applyAll(input, open, changed, firsts, contents) {
    const { git, diffs } = input;
    const outcomes = [];
    const format = objectFormatOf(open[0]?.merge.sha ?? '');
    const edits = [];
    const editOf = [];
    for (const [k, o] of open.entries()) {
        input.progress?.(`merges: ${k} of ${open.length} merges applied by content`);
        const first = firsts[k];
        const content = contents[k];
        if (!first || !content) {
            // A path git's trees cannot be asked about here (see plainPath): the merge goes through git apply.
            outcomes.push(await applyWithIndex(input, o, k));
            continue;
        }
        const memory = new Map();
        for (const [p, state] of content)
            memory.set(p, await state);
        const applied = new Set();
        for (const c of o.candidates)
            if (applyPart(memory, diffs.get(c.sha)).length === 0)
                applied.add(c.sha);
        // Where the result differs from the merge's tree (files the merged commits do not touch keep
        // the first parent's content, and differ where the merge changed them).
        const differing = [];
        for (const [p, state] of memory) {
            const f = changed[k].get(p);
            if (entryOf(state, format) !== (f ? rawEntry(f.newMode, f.newBlob) : first.get(p)))
                differing.push([p, state]);
        }
        for (const [p, f] of changed[k])
            if (!memory.has(p))
                differing.push([p, opaqueState(rawEntry(f.oldMode, f.oldBlob))]);
        outcomes.push({ applied });
        if (differing.length && differing.every(([p]) => plainPath(p))) {
            editOf.push(k);
            edits.push({ commit: o.merge.sha, files: differing });
        }
        else if (differing.length)
            outcomes[k] = await applyWithIndex(input, o, k);
    }
    const residuals = await diffsBack(git, input.tmpDir, edits);
    editOf.forEach((k, i) => (outcomes[k].residual = residuals[i]));
    return outcomes;
}
/** The same as applyMerged for one merge, in a scratch index with git apply (paths not plain). */
async function applyWithIndex(input, o, k) {
    const { git, diffs } = input;
    const index = new ScratchIndex(git, (0,external_node_path_.join)(input.tmpDir, `merge-${k}.index`));
    await index.readTree(o.merge.parents[0]);
    const applied = new Set();
    for (const c of o.candidates)
        if (await index.tryApply([diffs.get(c.sha)]))
            applied.add(c.sha);
    const x = await index.writeTree();
    return x === o.merge.tree ? { applied } : { applied, residual: await readTreeDiff(git, x, o.merge.tree) };
}
/** The merge's decision from what its merged commits did, and theirs (folded: the residual carries them). */
function settle(input, o, outcome) {
    const { byCommit, rules, carried } = input;
    const { s, merge: m, group } = o;
    const { applied } = outcome;
    const folded = group.merged.filter(c => !applied.has(c.sha) && (c.parents.length > 1 || (input.diffs.get(c.sha)?.length ?? 0) > 0));
    for (const c of folded) {
        const cs = byCommit.get(c.sha);
        // A commit left out by sha that only applies inside its merge: the residual carries it anyway.
        if (cs && (cs.decision.action === 'take' || leftOutBySha(cs.decision)))
            cs.decision = { ...cs.decision, action: 'folded' };
    }
    s.folded = folded;
    s.carriedSeparately = group.merged.filter(c => applied.has(c.sha) && byCommit.get(c.sha)?.decision.action === 'take');
    if (!outcome.residual?.length) {
        s.decision = NO_CHANGE_OF_ITS_OWN;
        return;
    }
    s.residualDiff = outcome.residual;
    s.decision = classifyResidual(m, splitFileDiffs(outcome.residual), rules, carried.get(m.sha));
    // A declined commit the residual would carry (it does not apply on its own) is never taken silently.
    const declined = folded.filter(c => byCommit.get(c.sha)?.decision.reason === 'declined');
    if (s.decision.action === 'take' && declined.length) {
        s.decision = {
            ...s.decision,
            action: 'problem',
            kind: 'does-not-apply',
            text: `the merge's resolution carries declined ${declined.map(c => c.sha).join(', ')}, which does not apply on its own inside the merge: decline the merge too (exclude.commits), or backport by hand`
        };
    }
}
function classifyResidual(merge, files, rules, carriedAs) {
    const paths = files.map(f => f.path);
    const { kept, outside, excluded } = reduceFiles(paths, rules);
    const dropped = [...outside, ...excluded];
    const left = rules.leftOut(merge.sha);
    if (left && kept.length)
        return { action: 'skip', reason: left.reason, text: left.text, kept, dropped };
    if (carriedAs) {
        return {
            action: 'skip',
            reason: 'already-carried',
            text: `the merge's resolution is already carried as ${carriedAs}`,
            kept,
            dropped
        };
    }
    if (kept.length === 0) {
        return excluded.length
            ? {
                action: 'skip',
                reason: 'excluded-path',
                text: `the merge's own change only touches excluded paths`,
                kept,
                dropped
            }
            : {
                action: 'skip',
                reason: 'outside-paths',
                text: `the merge's own change touches no file under the track's paths`,
                kept,
                dropped
            };
    }
    const gitlinks = files.filter(f => kept.includes(f.path) && f.submodule);
    if (gitlinks.length) {
        return {
            action: 'problem',
            kind: 'submodule',
            text: `the merge's own change updates submodule ${gitlinks.map(f => f.path).join(', ')}`,
            kept,
            dropped
        };
    }
    const bin = files.filter(f => kept.includes(f.path) && f.binary);
    if (bin.length) {
        return {
            action: 'problem',
            kind: 'binary',
            text: `the merge's own change touches binary file(s) ${bin.map(f => f.path).join(', ')}`,
            kept,
            dropped
        };
    }
    return { action: 'take', kept, dropped };
}
/**
 * A merge whose merged commits (no merges among them) chain exactly from the first parent's blobs to
 * the merge's blobs, file by file, and touch exactly the files the merge changes: decided from the
 * `--raw` data alone.
 */
function cleanMerge(merge, merged) {
    if (merged.some(c => c.parents.length > 1))
        return false;
    const start = new Map(merge.files.map(f => [f.path, `${f.oldMode} ${f.oldBlob}`]));
    const end = new Map(merge.files.map(f => [f.path, `${f.newMode} ${f.newBlob}`]));
    const current = new Map();
    for (const c of merged) {
        for (const f of c.files) {
            if (!start.has(f.path))
                return false;
            const before = current.get(f.path) ?? start.get(f.path);
            if (`${f.oldMode} ${f.oldBlob}` !== before)
                return false;
            current.set(f.path, `${f.newMode} ${f.newBlob}`);
        }
    }
    if (current.size !== end.size)
        return false;
    for (const [p, blob] of end)
        if (current.get(p) !== blob)
            return false;
    return true;
}

;// CONCATENATED MODULE: ./build/engine/progress.js
/**
 * A progress line at most every `everyMs` (the first at once): long walks and proofs report how far
 * they are without flooding the log.
 */
function throttled(log, everyMs = 1000, now = Date.now) {
    let last = -Infinity;
    return message => {
        const t = now();
        if (t - last < everyMs)
            return;
        last = t;
        log.progress(message);
    };
}

;// CONCATENATED MODULE: ./build/engine/phases/net-effect.js

/**
 * After the proof: a binary or submodule change is a problem only when the tip's content of one of
 * its files differs from what the series produces. One the pinned tree already has (a merged release
 * bringing a BIOS image the pin carries), or one undone later in the range, is a reported skip
 * (`no-net-change`): asking a human about it would ask for nothing. `differing` is every file where
 * the series' end state and the tip differ (the proof's diff of the whole tree); `alreadyThere` the
 * problems whose post-images the series held where they came (a change the pin has, even when a
 * later change of the same file is a problem of its own).
 */
function keepNetChangesOnly(states, differing, alreadyThere = new Set()) {
    for (const s of states) {
        const d = s.decision;
        if (d.action !== 'problem' || (d.kind !== 'binary' && d.kind !== 'submodule'))
            continue;
        const files = s.step.kind === 'residual'
            ? splitFileDiffs(s.residualDiff ?? Buffer.alloc(0))
                .map(f => f.path)
                .filter(f => d.kept.includes(f))
            : d.kept;
        const what = d.kind === 'binary' ? 'binary file(s)' : 'submodule(s)';
        if (alreadyThere.has(s) && files.length) {
            s.decision = {
                ...d,
                action: 'skip',
                reason: 'no-net-change',
                kind: undefined,
                text: `changes ${what} ${files.join(', ')} to what the series already has there (the pinned tree carries the change)`
            };
            continue;
        }
        if (files.length === 0 || files.some(f => differing.has(f)))
            continue;
        s.decision = {
            ...d,
            action: 'skip',
            reason: 'no-net-change',
            kind: undefined,
            text: `changes ${what} ${files.join(', ')}, but the stable tip has the same content there as the series without it (the pinned tree already has it, or it is undone later in the range)`
        };
    }
}

;// CONCATENATED MODULE: ./build/verify/own-series.js


/**
 * Apply the package's own patches (quilt patches in any form git apply reads) onto the pinned tree
 * in a scratch index, with git itself: they are the package's, not upstream's, so their headers and
 * quirks are git's to read. Returns the entries of the files they change.
 */
async function applyOwnSeries(git, tmpDir, pinSha, existing) {
    const index = new ScratchIndex(git, (0,external_node_path_.join)(tmpDir, 'own-series.index'));
    await index.readTree(pinSha);
    const failed = await index.applyUntilFailure(existing.patches.map(p => Buffer.from(p.diff, 'latin1')));
    if (failed !== -1)
        return { failed: existing.patches[failed].file };
    return { changed: await index.changedEntries(pinSha) };
}

;// CONCATENATED MODULE: ./build/classify/conflicting-patch.js
const HUNK = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/;
/** The old-side line ranges of every hunk in a diff, per file (-p1 paths, as `diff --git a/… b/…` or `+++ b/…` name them). */
function hunkRanges(diff) {
    const out = new Map();
    let path;
    const lines = diff.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        const git = /^diff --git a\/(.+) b\/\1$/.exec(l);
        if (git) {
            path = git[1];
            continue;
        }
        if (l.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
            const target = lines[i + 1].slice(4).replace(/\t.*$/, '');
            const source = l.slice(4).replace(/\t.*$/, '');
            const named = target.startsWith('/dev/null') ? source : target;
            path = named.replace(/^"?[^/]*\//, '').replace(/"$/, '');
            i++;
            continue;
        }
        const h = HUNK.exec(l);
        if (h && path !== undefined) {
            const start = Number(h[1]);
            const count = h[2] === undefined ? 1 : Number(h[2]);
            const range = { first: Math.max(1, start), last: Math.max(start, start + count - 1) };
            out.set(path, [...(out.get(path) ?? []), range]);
        }
    }
    return out;
}
const overlaps = (a, b) => a.first <= b.last && b.first <= a.last;
/**
 * The package's own patch the fix conflicts with, for the first of `failingFiles` some patch of the
 * series touches; undefined when none does (the context then changed through upstream commits the
 * series skips, not through the package's own patches).
 */
function conflictingPatch(fixDiff, failingFiles, patches) {
    const fixHunks = hunkRanges(fixDiff);
    for (const path of failingFiles) {
        const touching = patches.filter(p => p.files.includes(path));
        if (touching.length === 0)
            continue;
        const fix = fixHunks.get(path) ?? [];
        const lines = fix.map(r => `${r.first}-${r.last}`);
        for (let i = touching.length - 1; i >= 0; i--) {
            const own = hunkRanges(touching[i].diff).get(path) ?? [];
            if (own.some(o => fix.some(f => overlaps(o, f))))
                return { file: touching[i].file, path, match: 'lines', lines };
        }
        return { file: touching[touching.length - 1].file, path, match: 'file', lines };
    }
    return undefined;
}
/** "debian/patches/fix-foo.patch (both change lines 10-16 of src/a.c)", for problem texts. */
function describeConflict(c) {
    return c.match === 'lines'
        ? `${c.file} (both change lines ${c.lines.join(', ')} of ${c.path})`
        : `${c.file} (it changes ${c.path} too)`;
}

;// CONCATENATED MODULE: ./build/verify/refresh.js





async function refreshFix(input) {
    const { git, files } = input;
    const sections = splitFileDiffs(input.part);
    const onto = conflictingPatch(input.part.toString('latin1'), files, input.existing.patches);
    // Only the package's own changes are refreshed over (the files verification lets differ from the
    // tip, see engine/explain.ts): a file that differs from upstream because the series skips an upstream
    // commit, or carries one in another form, would, refreshed, differ from the stable tip for good.
    const ownFiles = new Set(input.existing.patches.filter(p => !p.refs.some(r => input.inRange(r))).flatMap(p => p.files));
    const notOwn = files.filter(f => !ownFiles.has(f));
    if (!input.refresh)
        return { status: 'conflict', onto, files, why: 'no three-way refresh was tried' };
    if (notOwn.length) {
        return {
            status: 'conflict',
            onto,
            files,
            why: `${notOwn.join(', ')} differ${notOwn.length === 1 ? 's' : ''} from upstream through upstream commits the series skips or carries in another form, not only through the package's own patches; no three-way refresh`
        };
    }
    // One refresh at a time (the proof walks in order): the copy is overwritten by the next one.
    const copy = (0,external_node_path_.join)(input.tmpDir, 'refresh.index');
    (0,external_node_fs_.copyFileSync)(await input.index(), copy);
    const scratch = { GIT_INDEX_FILE: copy };
    const before = await git.text(['write-tree'], { env: scratch });
    const merged = await git.exec(['apply', '--cached', '--3way', '--whitespace=nowarn'], {
        env: scratch,
        input: refresh_withNewline(input.part),
        allowFailure: true
    });
    if (merged.code !== 0) {
        const conflicted = [...merged.stderr.matchAll(/^Applied patch to '(.+)' with conflicts\.$/gm)].map(m => m[1]);
        return {
            status: 'conflict',
            onto,
            files,
            why: `a three-way refresh left conflicts in ${(conflicted.length ? conflicted : files).join(', ')}`
        };
    }
    const after = await git.text(['write-tree'], { env: scratch });
    const refreshed = splitFileDiffs(await readTreeDiff(git, before, after));
    const partPaths = new Set(sections.map(s => s.path));
    const byPath = new Map(refreshed.map(s => [s.path, s.bytes]));
    // The fix's file order, each conflicting file's section replaced by its refreshed one.
    const diff = Buffer.concat(splitFileDiffs(input.whole).flatMap(s => partPaths.has(s.path) ? (byPath.has(s.path) ? [byPath.get(s.path)] : []) : [s.bytes]));
    if (diff.length === 0) {
        return {
            status: 'conflict',
            onto,
            files,
            why: "the three-way merge changes nothing: the package's own patches already make this change; record the patch that carries it as carrying this commit"
        };
    }
    return { status: 'refreshed', diff, onto };
}
function refresh_withNewline(b) {
    return b.length && b[b.length - 1] !== 10 ? Buffer.concat([b, Buffer.from('\n')]) : b;
}
/** The problem text of a fix that stays `does-not-apply`. */
function doesNotApplyText(touches, r) {
    const onto = r.onto ? `; it conflicts with the package's own patch ${describeConflict(r.onto)}` : '';
    const why = r.status === 'conflict' ? `; ${r.why}` : '';
    return (`does not apply at fuzz 0 after the patches before it (touches ${touches.join(', ')})${onto}${why}: ` +
        'backport it by hand and record the upstream commit in its header (see docs/does-not-apply.md)');
}
/** The problem text of a refreshed fix: it is in the series, but a person must look at it. */
function refreshedText(onto) {
    return (`does not apply at fuzz 0 after ${onto ?? 'the patches before it'}; refreshed onto ${onto ? 'it' : 'them'} ` +
        'with a three-way merge (Origin: backport in its header): review the refreshed patch');
}

;// CONCATENATED MODULE: ./build/engine/phases/prove.js









/** The pre- and post-image of each kept file of a residual, from its `--full-index` header. */
function residualImages(s) {
    const out = new Map();
    const kept = new Set(s.decision.kept);
    for (const f of splitFileDiffs(s.residualDiff ?? Buffer.alloc(0)))
        if (kept.has(f.path))
            out.set(f.path, sectionImages(f.bytes));
    return out;
}
/**
 * Phase 6: prove the series applies at fuzz 0 after the package's own series, onto the pinned tree,
 * and reproduces the tip except files of commits left out. A taken patch that does not apply
 * becomes a `does-not-apply` problem and the proof goes on without it.
 *
 * The walk's blob ids decide most of it without reading a byte: a patch whose files hold exactly its
 * pre-images (the tracked state equals upstream's parent) applies, and leaves its post-images
 * (verify/tree-state.ts). Only a file that diverged from upstream (the own series changed it, or a
 * change to it was left out) is followed by content from then on, in memory, and the patches
 * touching it are applied to it there as `git apply` does (verify/hunk-apply.ts). A patch that does
 * not apply is left out on the spot and the walk goes on: the cost of a failure is one patch's. The
 * git processes do not grow with the number of patches: the own series, one read-ahead of diffs,
 * one cat-file for blobs, the tip's tree; a failure adds at most a read-ahead from there and, when it
 * runs into one of the package's own patches, a refresh.
 */
async function proveSeries(input) {
    const blobs = new BlobStore(input.git);
    try {
        return await prove(input, blobs);
    }
    finally {
        // A read that failed has already failed the proof; closing only ends the processes (a stream
        // of diffs the proof no longer needed, after it threw).
        await blobs.close().catch(() => undefined);
        await input.diffs.close();
    }
}
async function prove(input, blobs) {
    const { git, pinSha, tipSha, states, existing, diffs, log } = input;
    const progress = throttled(log);
    const tree = await TreeState.read(git, pinSha);
    const format = objectFormatOf(pinSha);
    // The files followed by content, and what they hold after the patches so far.
    const memory = new Map();
    if (existing.patches.length) {
        const own = await applyOwnSeries(git, input.tmpDir, pinSha, existing);
        if (own.failed !== undefined) {
            return {
                verification: {
                    status: 'failed',
                    text: `the package's own series does not apply to the pinned tree at fuzz 0: ${own.failed} fails`
                },
                differing: [],
                alreadyThere: new Set()
            };
        }
        const states = await Promise.all(own.changed.map(([, e]) => blobs.state(e)));
        own.changed.forEach(([path], k) => memory.set(path, states[k]));
    }
    const images = new Map();
    const visits = (i) => {
        const s = states[i];
        if (s.step.kind === 'commit') {
            const all = s.decision.dropped.length === 0;
            const out = [];
            for (const f of s.step.commit.files)
                if (all || s.decision.kept.includes(f.path))
                    out.push([f.path, rawEntry(f.oldMode, f.oldBlob), rawEntry(f.newMode, f.newBlob)]);
            return out;
        }
        let imgs = images.get(i);
        if (!imgs)
            images.set(i, (imgs = residualImages(s)));
        return s.decision.kept.map(f => [f, imgs.get(f)?.pre, imgs.get(f)?.post ?? null]);
    };
    const readingAhead = input.readAhead !== false;
    if (readingAhead)
        prove_readAhead(states, visits, tree, new Set(memory.keys()), diffs, 0);
    let checked = 0;
    let failures = 0;
    const alreadyThere = new Set();
    for (let i = 0; i < states.length; i++) {
        const s = states[i];
        if (s.decision.action === 'problem' &&
            (s.decision.kind === 'binary' || s.decision.kind === 'submodule')) {
            const files = visits(i);
            const now = (f) => (memory.has(f) ? entryOf(memory.get(f), format) : tree.get(f));
            if (files.length && files.every(([f, , post]) => now(f) === post))
                alreadyThere.add(s);
            continue;
        }
        if (s.decision.action !== 'take')
            continue;
        progress(`${input.trackName}: proving the series: ${i} of ${states.length} steps, ${checked} patches content-checked, ${failures} do not apply`);
        const undo = tree.mark();
        const entered = [];
        const check = [];
        for (const [f, pre, post] of visits(i)) {
            if (memory.has(f))
                check.push(f);
            else if (pre !== undefined && tree.get(f) === pre)
                tree.set(f, post);
            else {
                // The file diverges here: it is followed by content from its state so far.
                entered.push(f);
                check.push(f);
            }
        }
        if (check.length === 0) {
            tree.commit();
            continue;
        }
        const seeds = await Promise.all(entered.map(f => blobs.state(tree.get(f))));
        entered.forEach((f, k) => memory.set(f, seeds[k]));
        // Not foreseen (an earlier failure made its files diverge): this one, and what follows from here.
        if (readingAhead && s.step.kind === 'commit' && !s.refreshed && !diffs.known(s.step.commit.sha))
            prove_readAhead(states, visits, tree, new Set(memory.keys()), diffs, i + 1, [s.step.commit]);
        const part = restrictDiff(s.refreshed?.diff ?? s.residualDiff ?? (await diffs.read(s.step.commit)), new Set(check));
        checked++;
        const failing = applyPart(memory, part);
        if (failing.length === 0) {
            tree.commit();
            continue;
        }
        // Left out: its bookkeeping is undone, and the files it brought in are tracked by blob again.
        tree.rollback(undo);
        tree.commit();
        for (const f of entered)
            memory.delete(f);
        // Name the package's own patch it runs into, and try a three-way refresh onto it.
        const r = await refreshFix({
            git,
            files: failing,
            index: () => seriesIndex(git, input.tmpDir, pinSha, part, path => memory.has(path) ? memory.get(path) : tree.get(path)),
            tmpDir: input.tmpDir,
            part,
            whole: restrictDiff(s.residualDiff ?? diffs.get(s.step.commit.sha), new Set(s.decision.kept)),
            existing,
            inRange: input.inRange,
            refresh: input.refresh !== false && s.step.kind === 'commit' && !s.refreshed
        });
        if (r.status === 'refreshed') {
            // Proven again from this step, with its refreshed diff (a second failure is final).
            s.refreshed = { diff: r.diff, onto: r.onto?.file };
            log.debug(`${input.trackName}: ${s.step.commit.sha} refreshed onto ${r.onto?.file ?? 'the series'}`);
            i--;
            continue;
        }
        s.refreshed = undefined;
        s.decision = {
            ...s.decision,
            action: 'problem',
            kind: 'does-not-apply',
            text: doesNotApplyText(check, r)
        };
        failures++;
        log.debug(`${input.trackName}: ${s.step.commit.sha} does not apply; going on without it`);
    }
    log.debug(`${input.trackName}: proved ${states.length} steps: ${checked} patches content-checked in memory (${memory.size} files followed by content), ${failures} do not apply`);
    // The end state against the tip: tracked files by entry, the followed ones by their content's blob id.
    const end = new Map(tree.changed());
    for (const [path, state] of memory)
        end.set(path, entryOf(state, format));
    const differing = tree.differingPaths(end, await readTreeEntries(git, tipSha));
    return { ...verdict(input, differing), alreadyThere };
}
/** What the end state's differences from the tip mean: ok, or the files that should not differ. */
function verdict(input, differing) {
    const { states, existing, pinSha, tipSha } = input;
    const diverging = new Set(existing.patches.flatMap(p => p.files));
    for (const s of states) {
        if (s.decision.action === 'skip' || s.decision.action === 'problem') {
            const files = s.step.kind === 'residual'
                ? splitFileDiffs(s.residualDiff ?? Buffer.alloc(0)).map(f => f.path)
                : s.step.commit.files.map(f => f.path);
            for (const f of files)
                diverging.add(f);
        }
        for (const f of s.decision.dropped)
            diverging.add(f);
    }
    const takenFiles = new Set(states.filter(s => s.decision.action === 'take').flatMap(s => s.decision.kept));
    // A commit left out by sha (declined, not selected) makes its files differ from the tip by design.
    const leftOutFiles = new Set(states
        .filter(s => s.decision.action === 'skip' && leftOutBySha(s.decision))
        .flatMap(s => [...s.decision.kept, ...s.decision.dropped]));
    const differences = differing.filter(f => diverging.has(f) && takenFiles.has(f) && !input.ownOnly.has(f) && !leftOutFiles.has(f));
    if (differences.length) {
        return {
            verification: {
                status: 'failed',
                text: `the series applies, but ${differences.length} file(s) differ from the stable tip`,
                differences
            },
            differing
        };
    }
    return {
        verification: {
            status: 'ok',
            text: `the series applies at fuzz 0 onto ${pinSha.slice(0, 12)} and reproduces ${tipSha.slice(0, 12)} except files changed only by skipped commits (checked as git apply does, patch by patch)`
        },
        differing
    };
}
/**
 * Stream, in the background, the diffs of the steps from `from` on that will be content-checked if
 * every patch from here on applies: those touching a file followed by content, or one that diverges
 * on the way (git diffs on the other cores while the proof works through the first ones). A failure
 * can make more files diverge; the step that then lacks its diff reads ahead again from there (one
 * more stream per such failure at most, never a process per patch).
 */
function prove_readAhead(states, visits, tree, followed, diffs, from, also = []) {
    const suspect = new Set(followed);
    const commits = [...also];
    const start = tree.mark();
    for (let i = from; i < states.length; i++) {
        const s = states[i];
        if (s.decision.action !== 'take')
            continue;
        let checked = false;
        for (const [f, pre, post] of visits(i)) {
            if (suspect.has(f) || pre === undefined || tree.get(f) !== pre) {
                suspect.add(f);
                checked = true;
            }
            else
                tree.set(f, post);
        }
        if (checked && s.step.kind === 'commit' && !s.refreshed)
            commits.push(s.step.commit);
    }
    tree.rollback(start);
    diffs.stream(commits);
}
/**
 * A scratch index holding the series' state of the files of `part` (the rest as pinned), for a
 * three-way refresh: git merges there. Followed files changed in memory are written as blobs first
 * (only here: a refresh is rare, the proof itself writes nothing).
 */
async function seriesIndex(git, tmpDir, pinSha, part, stateOf) {
    const index = new ScratchIndex(git, (0,external_node_path_.join)(tmpDir, 'refresh-base.index'));
    await index.readTree(pinSha);
    const entries = [];
    for (const f of splitFileDiffs(part)) {
        const state = stateOf(f.path);
        entries.push([f.path, typeof state === 'string' || state === null ? state : await index.writeBlob(state)]);
    }
    await index.setEntries(entries);
    return index.file;
}

;// CONCATENATED MODULE: ./build/engine/phases/results.js



/** The decisions as the engine reports them: patches, skips and problems, in walk order. */
function collectResults(states, commits) {
    const steps = [];
    const skipped = [];
    const problems = [];
    for (const s of states) {
        const c = s.step.commit;
        const d = s.decision;
        if (d.action === 'take') {
            if (s.step.kind === 'residual') {
                steps.push({
                    kind: 'merge-residual',
                    commit: c,
                    upstream: [c.sha, ...(s.folded ?? []).map(f => f.sha)],
                    kept: d.kept,
                    dropped: d.dropped,
                    carriedSeparately: s.carriedSeparately,
                    folded: s.folded,
                    diff: restrictDiff(s.residualDiff, new Set(d.kept))
                });
            }
            else {
                steps.push({
                    kind: 'commit',
                    commit: c,
                    upstream: [c.sha],
                    kept: d.kept,
                    dropped: d.dropped,
                    ...(s.refreshed ? { refreshed: s.refreshed } : {})
                });
                if (s.refreshed)
                    problems.push({ sha: c.sha, kind: 'refreshed', text: refreshedText(s.refreshed.onto) });
            }
            const review = reductionNeedsReview(d.kept, d.dropped);
            if (review)
                problems.push({
                    sha: c.sha,
                    kind: 'reduced',
                    text: `reduced to the track's paths, and ${review}; check the patch`
                });
        }
        else if (d.action === 'skip') {
            skipped.push({ sha: c.sha, subject: c.subject, reason: d.reason, text: d.text ?? '' });
        }
        else if (d.action === 'problem') {
            problems.push({ sha: c.sha, kind: d.kind, text: d.text ?? '' });
        }
    }
    return { steps, skipped, problems: sortProblems(problems, commits) };
}
function sortProblems(problems, commits) {
    const order = new Map(commits.map((c, i) => [c.sha, i]));
    return problems.sort((a, b) => (order.get(a.sha) ?? 0) - (order.get(b.sha) ?? 0));
}

;// CONCATENATED MODULE: ./build/engine/phases/reverts.js

/** Phase 2: a revert and the commit it reverts, both in the range and both taken, cancel out. */
function cancelReverts(states, inRange, byCommit) {
    for (const s of states) {
        if (s.step.kind !== 'commit' || s.decision.action !== 'take')
            continue;
        for (const ref of revertedRefs(s.step.commit.message)) {
            const target = inRange.get(ref);
            const ts = target && byCommit.get(target.sha);
            if (!ts || ts.decision.action !== 'take')
                continue;
            ts.decision = {
                ...ts.decision,
                action: 'skip',
                reason: 'reverted',
                text: `reverted by ${s.step.commit.sha} in the same range`
            };
            s.decision = {
                ...s.decision,
                action: 'skip',
                reason: 'reverted',
                text: `reverts ${target.sha} from the same range`
            };
            break;
        }
    }
}

;// CONCATENATED MODULE: ./build/engine/analyze.js


















/**
 * The walk: decide for every commit in pin..tip whether the series takes it, and prove (from blob
 * ids, and in memory as git apply at fuzz 0 would: phases/prove.ts) that the taken ones apply in
 * order after the package's own series. Diffs are read only where a decision needs them; everything
 * else is decided from one `git log --raw` over the range. Each phase is a function of its own (src/engine/phases/).
 */
async function analyzeRange(input) {
    const { commits, states, diffs, ownOnly, inRange } = await decideSteps(input);
    const { verification, differing, alreadyThere } = await proveSeries({
        git: input.git,
        pinSha: input.pinSha,
        tipSha: input.tipSha,
        states,
        existing: input.existing,
        ownOnly,
        inRange,
        diffs,
        tmpDir: input.tmpDir,
        log: input.log,
        trackName: input.track.name
    });
    // Only a proof that ran knows the end state (the own series may not have applied).
    if (verification.status === 'ok' || verification.differences)
        keepNetChangesOnly(states, new Set(differing), alreadyThere);
    return { commits, ...collectResults(states, commits), verification };
}
/** The phases before the proof: walk, metadata, reverts, binary, carried by content, merges. */
async function decideSteps(input) {
    const { git, pinSha, tipSha, track, existing, log } = input;
    const rules = compileRules(track);
    // The walk: every commit of the range, shaped into steps along the first-parent line.
    const commits = await readCommitsCached(git, input.cloneDir, pinSha, tipSha);
    const shape = shapeRange(commits, tipSha);
    log.progress(`${track.name}: walked ${commits.length} commits (${shape.chain.length} on the first-parent line)`);
    const carried = new ShaSet();
    for (const p of existing.patches)
        for (const r of p.refs)
            carried.add(r, p.file);
    const inRange = new ShaSet();
    for (const c of commits)
        inRange.add(c.sha, c);
    const states = initialStates(shape.steps);
    const byCommit = statesByCommit(states);
    classifyMetadata(states, rules, carried);
    cancelReverts(states, inRange, byCommit);
    input.onCandidates?.(states.filter(isTakenCommit).map(s => ({ sha: s.step.commit.sha, parent: s.step.commit.parents[0] })));
    // -2: verdicts since a NUL anywhere (not only in the first 8,000 bytes) counts as binary.
    await markBinary(git, states, input.cloneDir && (0,external_node_path_.join)(input.cloneDir, 'stable-sync', 'blob-verdicts-2'));
    // Diffs are read once, in one process, for the commits the next two phases need.
    const diffs = new DiffCache(git);
    const existingFiles = new Set(existing.patches.flatMap(p => p.files));
    const byContent = candidatesByContent(states, existingFiles);
    await diffs.ensure([...byContent.map(s => s.step.commit), ...mergedCommitsToDiff(shape.merges)]);
    await markCarriedByContent(git, byContent, existing, diffs);
    await resolveMerges({
        git,
        states,
        merges: shape.merges,
        byCommit,
        rules,
        carried,
        diffs,
        tmpDir: input.tmpDir,
        progress: throttled(log)
    });
    const ownOnly = new Set(existing.patches.filter(p => !p.refs.some(r => inRange.get(r))).flatMap(p => p.files));
    return { commits, states, diffs, ownOnly, inRange: sha => inRange.get(sha) !== undefined };
}

;// CONCATENATED MODULE: ./build/series/existing.js




/** Split a patch into its header and diff (the diff starts at `diff --git`, `Index:` or a `---`/`+++` pair). */
function splitHeader(text) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (l.startsWith('diff --git ') || l.startsWith('Index: '))
            return join2(lines, i);
        if (l.startsWith('--- ') && l !== '--- ' && lines[i + 1]?.startsWith('+++ '))
            return join2(lines, i);
    }
    return { header: text, diff: '' };
    function join2(all, i) {
        return { header: all.slice(0, i).join('\n'), diff: all.slice(i).join('\n') };
    }
}
const stripOne = (p) => p
    .replace(/\t.*$/, '')
    .replace(/^"?[^/]*\//, '')
    .replace(/"$/, '');
/** The files a diff changes (from its ---/+++ lines, first path component stripped as with -p1). */
function diffFiles(diff) {
    const files = new Set();
    for (const m of diff.matchAll(/^(?:---|\+\+\+) (.+)$/gm)) {
        if (m[1].startsWith('/dev/null'))
            continue;
        files.add(stripOne(m[1]));
    }
    for (const m of diff.matchAll(/^diff --git a\/(.+) b\/\1$/gm))
        files.add(m[1]);
    return [...files];
}
/** Give each `--- a/x`/`+++ b/x` pair a `diff --git` line, so `git patch-id` sees per-file sections. */
function withGitHeaders(diff) {
    const lines = diff.split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (l.startsWith('Index: ') || /^={10,}$/.test(l))
            continue;
        if (l.startsWith('--- ') &&
            lines[i + 1]?.startsWith('+++ ') &&
            !out[out.length - 1]?.startsWith('index ')) {
            const prev = out.length ? out[out.length - 1] : '';
            if (!prev.startsWith('diff --git ') &&
                !prev.startsWith('new file mode') &&
                !prev.startsWith('deleted file mode')) {
                const a = l.slice(4);
                const b = lines[i + 1].slice(4);
                const path = stripOne(b.startsWith('/dev/null') ? a : b);
                out.push(`diff --git a/${path} b/${path}`);
            }
        }
        out.push(l);
    }
    return out.join('\n');
}
function readExistingSeries(packageDir) {
    const seriesFile = seriesPath(packageDir);
    const seriesText = (0,external_node_fs_.existsSync)(seriesFile) ? (0,external_node_fs_.readFileSync)(seriesFile, 'utf8') : '';
    const patchesDir = (0,external_node_path_.join)(packageDir, 'debian', 'patches');
    const patches = parseSeries(seriesText).map(name => {
        const abs = (0,external_node_path_.join)(patchesDir, name);
        const bytes = (0,external_node_fs_.readFileSync)(abs);
        const { header, diff } = splitHeader(bytes.toString('latin1'));
        return {
            name,
            file: (0,external_node_path_.relative)(packageDir, abs),
            bytes,
            header,
            diff: withGitHeaders(diff),
            files: diffFiles(diff),
            refs: patchHeaderRefs(header).refs
        };
    });
    return { seriesFile, seriesText, patches };
}

;// CONCATENATED MODULE: ./build/series/names.js

/** A file-name slug of a subject, as `git format-patch` makes them: lowercase words joined by '-'. */
function slugify(subject, max = 52) {
    // Accents are split off and dropped (NFKD); plain ASCII subjects, nearly all of them, skip that.
    const ascii = /^[\x20-\x7e]*$/.test(subject);
    const slug = (ascii ? subject : subject.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    const cut = slug.length > max ? slug.slice(0, max).replace(/-[^-]*$/, '') || slug.slice(0, max) : slug;
    return cut || 'patch';
}
/** The highest `NNNN-` number among names already used in the patch directory or the series. */
function highestNumber(patchDirAbs, seriesNames, patchDirInPatches) {
    const names = (0,external_node_fs_.existsSync)(patchDirAbs) ? (0,external_node_fs_.readdirSync)(patchDirAbs) : [];
    const prefix = patchDirInPatches ? `${patchDirInPatches}/` : '';
    for (const s of seriesNames)
        if (s.startsWith(prefix))
            names.push(s.slice(prefix.length));
    let max = 0;
    for (const n of names) {
        const m = /^(\d{4,})-/.exec(n);
        if (m)
            max = Math.max(max, Number(m[1]));
    }
    return max;
}
/** Stable file names: numbered after what exists, never reusing a number, `0007-fix-foo.patch`. */
function patchFileName(number, subject) {
    return `${String(number).padStart(4, '0')}-${slugify(subject)}.patch`;
}

// EXTERNAL MODULE: ./build/debian/gbp-conf.js
var gbp_conf = __webpack_require__(8334);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./build/engine/analysis-codec.js
const BUFFER = '\0buffer';
const UNDEFINED = '\0undefined';
const COMMIT = '\0commit';
const COMMITS = '\0commits';
/** The replacer shared by both parts: Buffers and `undefined` properties (`raw`: before toJSON). */
function plain(holder, raw, value) {
    if (Buffer.isBuffer(raw))
        return { [BUFFER]: raw.toString('base64') };
    // An array's holes would come back as null: only object properties are kept as undefined.
    if (raw === undefined && !Array.isArray(holder))
        return { [UNDEFINED]: true };
    return value;
}
function encodeAnalysis(result) {
    const commits = result.analysis.commits;
    const index = new Map(commits.map((c, i) => [c, i]));
    // JSON.stringify calls a replacer with the holder as `this`: holder[key] is the value before toJSON.
    const encodedCommits = JSON.stringify(commits, function (key, value) {
        return plain(this, this[key], value);
    });
    const encodedValue = JSON.stringify(result, function (key, value) {
        const raw = this[key];
        if (raw === commits)
            return { [COMMITS]: true };
        const at = index.get(raw);
        if (at !== undefined)
            return { [COMMIT]: at };
        return plain(this, raw, value);
    });
    return `{"commits":${encodedCommits},"value":${encodedValue}}`;
}
/** Rebuild a value written by `encodeAnalysis`; throws on anything it did not write. */
function decodeAnalysis(text) {
    const encoded = JSON.parse(text);
    if (!encoded || !Array.isArray(encoded.commits) || typeof encoded.value !== 'object' || !encoded.value)
        throw new Error('not an encoded analysis');
    const commits = revive(encoded.commits, undefined);
    const result = revive(encoded.value, commits);
    if (!result.analysis || result.analysis.commits !== commits)
        throw new Error('not an encoded analysis');
    return result;
}
/**
 * Replace the tags in place (the parsed objects are kept, not copied: on 10,000 commits a copy
 * costs as much again in allocation and GC). A tag is an object whose one key starts with NUL.
 */
function revive(node, commits) {
    if (node === null || typeof node !== 'object')
        return node;
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
            const v = node[i];
            if (v !== null && typeof v === 'object')
                node[i] = revive(v, commits);
        }
        return node;
    }
    const o = node;
    for (const k in o) {
        if (k.charCodeAt(0) === 0)
            return tagged(k, o[k], commits);
        const v = o[k];
        if (v !== null && typeof v === 'object')
            o[k] = revive(v, commits);
    }
    return o;
}
function tagged(tag, value, commits) {
    switch (tag) {
        case BUFFER:
            return Buffer.from(String(value), 'base64');
        case UNDEFINED:
            return undefined;
        case COMMITS:
            if (!commits)
                throw new Error('commits named inside the commits');
            return commits;
        case COMMIT: {
            const c = commits?.[value];
            if (!c)
                throw new Error(`no commit ${String(value)}`);
            return c;
        }
        default:
            throw new Error(`unknown tag ${JSON.stringify(tag)}`);
    }
}

;// CONCATENATED MODULE: ./build/engine/analysis-cache.js





/**
 * The analysis of a track (what analyzeRange or analyzeSelection returns) kept beside the upstream
 * clone (`<clone>/stable-sync/analysis-<key>.json`), under a key that is a digest of everything the
 * analysis reads: the engine's own code, git's version and the GIT_* environment git sees, the pin
 * and tip commits, the clone's grafts (its shallow file), the whole track config, and the package's
 * series file and every patch it lists, byte for byte. A rerun with the same inputs (an hourly run
 * with nothing new) reads it instead of walking and proving the range again; any other input is
 * another key, so a stored analysis is only ever used where computing it would give the same. A file
 * that cannot be read or decoded is ignored (the analysis is computed), never an error. git's system
 * and global config are not part of the key because git never reads them on a cache clone
 * (upstream/cache-git.ts), and the clone's own config is checked to be stable-sync's.
 */
/** Bump when the stored form, or what the key covers, changes. */
const ANALYSIS_CACHE_FORMAT = 1;
/** Analyses one clone keeps (the newest): a pin's clone sees one tip at a time, a few configs. */
const KEEP_ANALYSES = 4;
/** Set to disable the cache (benchmarks that measure the analysis itself; a suspected bad cache). */
const NO_ANALYSIS_CACHE = 'STABLE_SYNC_NO_ANALYSIS_CACHE';
function analysisCacheDisabled(env) {
    const v = env[NO_ANALYSIS_CACHE];
    return v !== undefined && v !== '' && v !== '0';
}
const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/** JSON with object keys sorted at every level, `undefined` properties left out: one text per value. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/** The key of one analysis: a sha256 over all its inputs. */
function analysisKey(inputs) {
    const gitEnv = Object.fromEntries(Object.entries(inputs.env).filter(([k, v]) => k.startsWith('GIT_') && v !== undefined));
    const { existing } = inputs;
    return sha256(canonicalJson({
        format: ANALYSIS_CACHE_FORMAT,
        code: inputs.code,
        gitVersion: inputs.gitVersion,
        gitEnv,
        pin: inputs.pinSha,
        tip: inputs.tipSha,
        shallow: inputs.shallow,
        track: inputs.track,
        // Which series file dpkg-source uses (series or <vendor>.series), its text, and each patch's bytes.
        series: {
            file: (0,external_node_path_.basename)(existing.seriesFile),
            text: existing.seriesText,
            patches: existing.patches.map(p => ({ name: p.name, file: p.file, bytes: sha256(p.bytes) }))
        }
    }));
}
let code;
/**
 * The running engine's code: a digest of the files beside this module with its extension. Shipped,
 * that is the ncc bundle (every module of the engine, in `index.js` and the chunks it loads on demand,
 * all in one directory), so any change of the code is another key. Undefined when they cannot be
 * read: then nothing is cached.
 */
function codeIdentity() {
    if (code === undefined) {
        try {
            const self = (0,external_node_url_.fileURLToPath)(import.meta.url);
            const dir = (0,external_node_path_.dirname)(self);
            const hash = (0,external_node_crypto_.createHash)('sha256');
            for (const name of (0,external_node_fs_.readdirSync)(dir)
                .filter(n => (0,external_node_path_.extname)(n) === (0,external_node_path_.extname)(self))
                .sort()) {
                const bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name));
                hash.update(`${name}\0${bytes.length}\0`).update(bytes);
            }
            code = hash.digest('hex');
        }
        catch {
            code = null;
        }
    }
    return code ?? undefined;
}
const cacheDir = (cloneDir) => (0,external_node_path_.join)(cloneDir, 'stable-sync');
const fileFor = (cloneDir, key) => (0,external_node_path_.join)(cacheDir(cloneDir), `analysis-${key}.json`);
/**
 * `{"format":1,"key":"<key>","sha256":"<digest of the value>","result":<encodeAnalysis>}`. The digest
 * finds a damaged file (a bit flipped, a write cut short); it authenticates nothing: the cache is
 * trusted as the user's own directory, and a cache restored from elsewhere loses its analyses
 * first (upstream/derived-files.ts).
 */
const HEAD = /^\{"format":(\d+),"key":"([0-9a-f]{64})","sha256":"([0-9a-f]{64})","result":/;
/** The stored analysis for `key`, or undefined (none, unreadable, damaged, another format or key). */
function readCachedAnalysis(cloneDir, key) {
    const file = fileFor(cloneDir, key);
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return undefined;
    }
    try {
        // The envelope (ASCII: bytes and characters alike) is checked before the value is decoded.
        const head = HEAD.exec(bytes.subarray(0, 300).toString('latin1'));
        if (!head || Number(head[1]) !== ANALYSIS_CACHE_FORMAT || head[2] !== key || bytes.at(-1) !== 0x7d)
            return undefined;
        const encoded = bytes.subarray(head[0].length, bytes.length - 1);
        if (sha256(encoded) !== head[3])
            return undefined;
        const result = decodeAnalysis(encoded.toString('utf8'));
        // Used now: the newest files are the ones pruning keeps.
        const now = new Date();
        (0,external_node_fs_.utimesSync)(file, now, now);
        return result;
    }
    catch {
        return undefined;
    }
}
/**
 * Store an analysis (a temporary file renamed into place: a reader never sees half of one), then
 * remove all but the `keep` newest.
 */
function writeCachedAnalysis(cloneDir, key, result, keep = KEEP_ANALYSES) {
    const file = fileFor(cloneDir, key);
    (0,external_node_fs_.mkdirSync)(cacheDir(cloneDir), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    const encoded = encodeAnalysis(result);
    const head = `{"format":${ANALYSIS_CACHE_FORMAT},"key":"${key}","sha256":"${sha256(encoded)}","result":`;
    (0,external_node_fs_.writeFileSync)(tmp, `${head}${encoded}}`);
    (0,external_node_fs_.renameSync)(tmp, file);
    pruneAnalyses(cloneDir, keep);
}
/** Does the clone hold a stored analysis (of any inputs)? */
function hasStoredAnalyses(cloneDir) {
    try {
        return (0,external_node_fs_.readdirSync)(cacheDir(cloneDir)).some(n => n.startsWith('analysis-') && n.endsWith('.json'));
    }
    catch {
        return false;
    }
}
/** Keep the `keep` newest analyses of a clone; temporary files a killed run left go too. */
function pruneAnalyses(cloneDir, keep) {
    const dir = cacheDir(cloneDir);
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir).filter(n => n.startsWith('analysis-'));
    }
    catch {
        return;
    }
    const stored = [];
    for (const name of names) {
        if (!name.endsWith('.json')) {
            if (name.endsWith('.tmp') && !name.endsWith(`.${process.pid}.tmp`))
                (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, name), { force: true });
            continue;
        }
        try {
            stored.push({ name, mtime: (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, name)).mtimeMs });
        }
        catch {
            // removed meanwhile
        }
    }
    stored.sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? -1 : 1));
    for (const { name } of stored.slice(keep))
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, name), { force: true });
}

;// CONCATENATED MODULE: ./build/engine/selection.js


const selection_short = (sha) => sha.slice(0, 12);
async function analyzeSelection(input, selection, analyze = analyzeRange) {
    const selected = [...new Set(selection.map(s => s.toLowerCase()))];
    const run = (want) => analyze({ ...input, track: withSelection(input.track, want) });
    const want = new Set(selected);
    const added = [];
    let analysis = await run(want);
    let outcome = judge(analysis, input.tipSha, want, new Set(selected));
    while (outcome.needs.length && !outcome.unresolved.length) {
        const fresh = outcome.needs.filter(n => !want.has(n.sha));
        if (!fresh.length) {
            // Everything it asks for is in already and it still does not apply: a fixed point without a series.
            outcome.unresolved = outcome.needs.map(n => ({
                sha: n.neededBy,
                text: `${selection_short(n.neededBy)} still does not apply with ${selection_short(n.sha)} (${n.why})`
            }));
            break;
        }
        for (const n of fresh) {
            if (want.has(n.sha))
                continue;
            want.add(n.sha);
            added.push(n);
        }
        analysis = await run(want);
        outcome = judge(analysis, input.tipSha, want, new Set(selected));
    }
    if (!outcome.unresolved.length) {
        // Nearest-first can add a commit a later addition made unnecessary: try without each one.
        for (const a of [...added].reverse()) {
            const trial = new Set([...want].filter(s => s !== a.sha));
            const without = await run(trial);
            const judged = judge(without, input.tipSha, trial, new Set(selected));
            if (judged.needs.length || judged.unresolved.length)
                continue;
            want.delete(a.sha);
            added.splice(added.indexOf(a), 1);
            analysis = without;
        }
    }
    return { analysis, report: { selected, added, unresolved: outcome.unresolved } };
}
function withSelection(track, want) {
    return { ...track, selection: [...want] };
}
/** For each wanted commit the plan did not take: the commit it needs next, or why it cannot be taken. */
function judge(a, tipSha, want, selected) {
    const shape = shapeRange(a.commits, tipSha);
    const order = new Map();
    const mergeOf = new Map();
    shape.steps.forEach((s, i) => {
        order.set(s.commit.sha, i);
        if (s.kind === 'commit' && s.merge)
            mergeOf.set(s.commit.sha, s.merge);
    });
    const bySha = new Map(a.commits.map(c => [c.sha, c]));
    const taken = new Set(a.steps.flatMap(s => s.upstream));
    const problems = new Map(a.problems.filter(p => p.kind !== 'reduced').map(p => [p.sha, p]));
    const skipped = new Map(a.skipped.map(s => [s.sha, s]));
    const leftOut = a.skipped.filter(s => s.reason === 'not-selected');
    const needs = [];
    const unresolved = [];
    const wanted = [...want].sort((x, y) => (order.get(x) ?? -1) - (order.get(y) ?? -1));
    for (const sha of wanted) {
        if (taken.has(sha))
            continue;
        const commit = bySha.get(sha);
        if (!commit) {
            unresolved.push({ sha, text: `${selection_short(sha)} is not in the upstream range pin..tip` });
            continue;
        }
        const problem = problems.get(sha);
        const merge = mergeOf.get(sha);
        // Folded into a wanted merge's resolution patch: it stands or falls with that merge.
        if (!problem && merge && want.has(merge.sha) && !skipped.has(sha))
            continue;
        if (problem?.kind === 'does-not-apply') {
            const files = new Set(commit.files.map(f => f.path));
            const before = order.get(sha) ?? 0;
            // Commits inside a wanted merge are its resolution's business, not prerequisites of their own.
            const candidate = leftOut
                .filter(s => (order.get(s.sha) ?? Infinity) < before && !want.has(mergeOf.get(s.sha)?.sha ?? ''))
                .sort((x, y) => order.get(y.sha) - order.get(x.sha))
                .map(s => ({ s, shared: (bySha.get(s.sha)?.files ?? []).map(f => f.path).filter(f => files.has(f)) }))
                .find(c => c.shared.length > 0);
            if (candidate) {
                needs.push({
                    sha: candidate.s.sha,
                    subject: candidate.s.subject,
                    neededBy: sha,
                    why: `${selection_short(sha)} does not apply at fuzz 0 without it (both change ${candidate.shared.join(', ')})`
                });
            }
            else {
                // A declined commit is never added back: name it, the maintainer decides.
                const declined = a.skipped.find(k => k.reason === 'declined' &&
                    (order.get(k.sha) ?? Infinity) < before &&
                    (bySha.get(k.sha)?.files ?? []).some(f => files.has(f.path)));
                unresolved.push({
                    sha,
                    text: declined
                        ? `${selection_short(sha)} does not apply at fuzz 0 without ${selection_short(declined.sha)}, which exclude.commits declines`
                        : `${selection_short(sha)} does not apply at fuzz 0, and no earlier upstream commit left out changes the same files (${problem.text})`
                });
            }
            continue;
        }
        if (problem) {
            unresolved.push({ sha, text: `${selection_short(sha)} cannot be taken: ${problem.kind}: ${problem.text}` });
            continue;
        }
        const skip = skipped.get(sha);
        if (skip?.reason === 'not-selected' && merge) {
            needs.push({
                sha: merge.sha,
                subject: merge.subject,
                neededBy: sha,
                why: `${selection_short(sha)} does not apply on its own inside merge ${selection_short(merge.sha)}: the merge's resolution patch carries it`
            });
            continue;
        }
        // A merge with no change of its own, or an added commit another one already carries: nothing to take.
        if (!selected.has(sha) && skip && skip.reason !== 'declined')
            continue;
        unresolved.push({
            sha,
            text: skip
                ? `${selection_short(sha)} is skipped (${skip.reason}): ${skip.text}`
                : `${selection_short(sha)} is not taken by the plan`
        });
    }
    return { needs, unresolved };
}

;// CONCATENATED MODULE: ./build/engine/prepare.js
















/** `debian/patches/stable` → `stable`; a patch directory outside debian/patches is a config error. */
function patchSubdir(track) {
    const rel = external_node_path_.posix.relative('debian/patches', external_node_path_.posix.normalize(track.patchDir));
    if (rel.startsWith('..') || external_node_path_.posix.isAbsolute(rel)) {
        throw new errors/* InputError */.dz(`track ${track.name}: patchDir ${track.patchDir} must be under debian/patches (quilt reads patches from there)`);
    }
    return rel;
}
/**
 * Where scratch trees go: $STABLE_SYNC_TMPDIR, else /dev/shm when it is writable and roomy (patch
 * rewrites every file it touches: on a disk, 10,000 patches take 30x longer than in RAM), else the
 * system temp dir.
 */
function scratchRoot(env = process.env) {
    if (env.STABLE_SYNC_TMPDIR)
        return env.STABLE_SYNC_TMPDIR;
    try {
        (0,external_node_fs_.accessSync)('/dev/shm', external_node_fs_.constants.W_OK);
        const fs = (0,external_node_fs_.statfsSync)('/dev/shm');
        if (fs.bavail * fs.bsize > 4 * 1024 ** 3)
            return '/dev/shm';
    }
    catch {
        // no /dev/shm here
    }
    return (0,external_node_os_.tmpdir)();
}
async function withTempDir(fn) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(scratchRoot(), 'stable-sync-'));
    try {
        return await fn(dir);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
/**
 * gbp form when the track asks for it, or (auto) when the package has debian/gbp.conf; patch-numbers
 * from its [pq] section.
 */
function gbpMode(track, packageDir) {
    const format = track.patchFormat ?? 'auto';
    if (format === 'dep3')
        return undefined;
    const file = (0,external_node_path_.join)(packageDir, 'debian', 'gbp.conf');
    const conf = (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8') : undefined;
    if (format === 'auto' && conf === undefined)
        return undefined;
    return { numbered: conf === undefined ? true : (0,gbp_conf/* gbpSettings */.Fs)((0,gbp_conf/* parseGbpConf */.V4)(conf)).patchNumbers };
}
/** gbp's rule for a name already in the series: `<base>-<how many series names start with base>.patch`. */
function gbpUnique(name, taken) {
    if (!taken.has(name))
        return name;
    const base = name.replace(/\.patch$/, '');
    return `${base}-${[...taken].filter(t => t.startsWith(base)).length}.patch`;
}
/** The analysis cache's key for these inputs; undefined when the engine's code cannot be identified. */
async function analysisCacheKey(upstream, pinSha, track, existing, env) {
    const code = codeIdentity();
    if (!code)
        return undefined;
    return analysisKey({
        code,
        gitVersion: await upstream.git.text(['version']),
        env,
        pinSha,
        tipSha: upstream.tipSha,
        shallow: shallowDigest(upstream.dir),
        track,
        existing
    });
}
async function prepareTrack(opts, track, hooks = {}) {
    const packageDir = (0,external_node_path_.resolve)(opts.repoDir, track.package);
    const subdir = patchSubdir(track);
    // The clone's lock covers the analysis too: it writes the walk and binary caches beside the clone.
    const env = { ...process.env, ...opts.env };
    const useAnalysisCache = !analysisCacheDisabled(env);
    return (0,lock/* withDirLock */.j)((0,fetch/* cloneDirFor */.Sm)(track, opts), opts, async () => {
        const { upstream, pin } = await (0,fetch_pinned/* fetchPinned */.P)(track, {
            repoDir: opts.repoDir,
            cacheDir: opts.cacheDir,
            log: opts.log,
            env: opts.env,
            // A clone with a stored analysis is most often rerun with the same inputs: the walk is not read then.
            onCachedPin: (dir, pinSha) => useAnalysisCache && hasStoredAnalyses(dir) ? undefined : readWalkCacheAhead(dir, pinSha)
        });
        const existing = readExistingSeries(packageDir);
        // The analysis of these exact inputs, when an earlier run stored it (analysis-cache.ts).
        const key = useAnalysisCache ? await analysisCacheKey(upstream, pin.sha, track, existing, env) : undefined;
        const stored = key && readCachedAnalysis(upstream.dir, key);
        if (stored) {
            opts.log.debug(`${track.name}: analysis of ${pin.sha}..${upstream.tipSha} read from the cache (${key})`);
            if (!track.selection && hooks.onCandidates) {
                const taken = stored.analysis.steps.filter(s => s.kind === 'commit' && !s.refreshed);
                hooks.onCandidates(upstream.git, taken.map(s => ({ sha: s.commit.sha, parent: s.commit.parents[0] })));
            }
        }
        const { analysis, selection } = stored ||
            (await withTempDir(async (tmpDir) => {
                const input = {
                    git: upstream.git,
                    pinSha: pin.sha,
                    tipSha: upstream.tipSha,
                    track,
                    existing,
                    log: opts.log,
                    tmpDir,
                    cloneDir: upstream.dir,
                    onCandidates: hooks.onCandidates && (commits => hooks.onCandidates(upstream.git, commits))
                };
                if (!track.selection)
                    return { analysis: await analyzeRange(input), selection: undefined };
                // A freeze exception: the selected fixes plus what they need by content (selection.ts).
                const r = await analyzeSelection({ ...input, onCandidates: undefined }, track.selection);
                return { analysis: r.analysis, selection: r.report };
            }));
        if (key && !stored) {
            try {
                writeCachedAnalysis(upstream.dir, key, selection ? { analysis, selection } : { analysis });
            }
            catch (e) {
                // Only the next run's time depends on it.
                opts.log.warning(`${track.name}: could not store the analysis in the cache: ${e.message}`);
            }
        }
        const gbp = gbpMode(track, packageDir);
        let number = highestNumber((0,external_node_path_.join)(packageDir, track.patchDir), existing.patches.map(p => p.name), subdir);
        // Joined as strings: `subdir` is normalized and a file name is a slug (no `/`, `.` or `..`).
        const prefix = subdir ? `${subdir}/` : '';
        let position = 0;
        const taken = new Set(existing.patches.map(e => e.name));
        const named = analysis.steps.map(step => {
            const subject = step.kind === 'merge-residual' ? `merge resolution ${step.commit.subject}` : step.commit.subject;
            // gbp numbers a patch by its place in the whole series (gbp pq export), stable-sync after the highest.
            const name = gbp
                ? gbpUnique(prefix +
                    gbpPatchName(existing.patches.length + ++position, 
                    // The subject the patch file carries (renderResidualPatch's for a merge residual).
                    step.kind === 'merge-residual'
                        ? `Merge resolution: ${step.commit.subject}`
                        : step.commit.subject, gbp.numbered), taken)
                : prefix + patchFileName(++number, subject);
            taken.add(name);
            const bugs = parseBugRefs(step.commit.message, track.bugs ?? []);
            const patch = {
                // = relative(packageDir, <packageDir>/debian/patches/<name>).
                file: `debian/patches/${name}`,
                upstream: step.upstream,
                subject: step.commit.subject,
                author: `${step.commit.authorName} <${step.commit.authorEmail}>`,
                kind: step.kind,
                ...(step.refreshed ? { refreshed: { onto: step.refreshed.onto } } : {}),
                ...(noBugRefs(bugs) ? {} : { bugs })
            };
            return { step, name, patch };
        });
        return {
            track,
            packageDir,
            upstream,
            pin,
            existing,
            analysis,
            selection,
            patchSubdir: subdir,
            named,
            ...(gbp ? { gbp } : {})
        };
    });
}

;// CONCATENATED MODULE: ./build/engine/result.js
/** The JSON contract for one track (see types.ts). */
function trackResult(p, verification, extra = {}) {
    return {
        name: p.track.name,
        pin: { version: p.pin.version, tag: p.pin.tag, sha: p.pin.sha },
        tip: { ref: p.upstream.tipRef, sha: p.upstream.tipSha },
        patches: p.named.map(n => n.patch),
        skipped: p.analysis.skipped,
        problems: p.analysis.problems,
        verification,
        ...(p.selection ? { selection: p.selection } : {}),
        ...extra
    };
}
/** Exit code for results: 1 when a human must look (problems, failed verification), else 0. */
function exitCodeFor(results) {
    return results.some(r => r.problems.length > 0 || r.verification.status === 'failed') ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/engine/plan.js






/** The last upstream commit the series takes (what "up to <sha>" names), not the branch tip. */
function lastTaken(p) {
    return p.named[p.named.length - 1]?.step.commit.sha ?? p.upstream.tipSha;
}
function changelogPatches(p) {
    return p.named.map(n => ({
        name: n.name,
        subject: n.patch.subject,
        ...(n.patch.bugs ? { refs: n.patch.bugs } : {})
    }));
}
function changelogFor(p, vendor) {
    if (p.named.length === 0)
        return undefined;
    const file = (0,external_node_path_.join)(p.packageDir, 'debian', 'changelog');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const plan = planChangelog(text, p.track.patchDir, p.track.upstream.branch, lastTaken(p), changelogPatches(p), { vendor: (0,debian_vendor/* resolveVendor */.Ht)(vendor, text) });
    return { version: plan.version, lines: plan.items };
}
/** `stable-sync plan` for one track: read-only; what apply would write, and why each commit is left out. */
async function planTrack(opts, track) {
    const p = await prepareTrack(opts, track);
    return trackResult(p, p.analysis.verification, { changelog: changelogFor(p, opts.config.vendor) });
}

;// CONCATENATED MODULE: ./build/engine/explain.js


/**
 * Which differences between (pin + series) and the tip are expected. The reconstruction guarantee:
 * every file is identical to the tip except files changed only by commits reported as skipped (or
 * as problems), files left out by a path reduction, files a commit left out by sha changes, and files
 * the package's own patches change.
 */
function explainer(p) {
    const byShaFiles = new Map(p.analysis.commits.map(c => [c.sha, c.files.map(f => f.path)]));
    const taken = new Set(p.analysis.steps.flatMap(s => s.kept));
    const carried = new Set(p.analysis.skipped.filter(s => s.reason === 'already-carried').flatMap(s => byShaFiles.get(s.sha) ?? []));
    // A commit left out by sha (declined, or not in a freeze exception's selection) leaves its files
    // different from the tip by design; the series' patches to them are still checked at fuzz 0.
    const leftOut = new Set(p.analysis.skipped.filter(s => isLeftOutReason(s.reason)).flatMap(s => byShaFiles.get(s.sha) ?? []));
    const inRange = new ShaSet();
    for (const c of p.analysis.commits)
        inRange.add(c.sha, true);
    const ownOnly = new Set(p.existing.patches.filter(e => !e.refs.some(r => inRange.get(r))).flatMap(e => e.files));
    return {
        explained: f => ownOnly.has(f) || leftOut.has(f) || (!taken.has(f) && !carried.has(f)),
        strict: f => taken.has(f)
    };
}

;// CONCATENATED MODULE: ./build/engine/stage-writer.js



/** Files written per turn of the event loop: long enough to be cheap, short enough not to stall pipes. */
const BATCH = 64;
/**
 * Writes files into a directory in the background of the event loop, so that creating thousands of
 * small files (slow on a busy disk: one open with O_CREAT each) overlaps with the git and patch
 * processes apply waits for. Each turn writes a batch synchronously (faster than the thread pool for
 * small files) and then yields, so child processes' pipes and exits are still served in between.
 */
class StageWriter {
    root;
    queue = [];
    dirs = new Set();
    running;
    failure;
    constructor(root) {
        this.root = root;
    }
    /** Queue files (names relative to the root); writing starts at once. */
    add(files) {
        for (const f of files)
            this.queue.push(f);
        this.running ??= this.drain();
    }
    async drain() {
        try {
            while (this.queue.length) {
                for (const [name, bytes] of this.queue.splice(0, BATCH)) {
                    const file = (0,external_node_path_.join)(this.root, name);
                    const dir = (0,external_node_path_.dirname)(file);
                    if (!this.dirs.has(dir)) {
                        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                        this.dirs.add(dir);
                    }
                    (0,external_node_fs_.writeFileSync)(file, bytes);
                }
                await (0,promises_.setImmediate)();
            }
        }
        catch (e) {
            this.failure = e;
            this.queue.length = 0;
        }
        finally {
            this.running = undefined;
        }
    }
    /** Wait until every queued file is written; rethrows the first write error. */
    async done() {
        while (this.running)
            await this.running;
        if (this.failure)
            throw this.failure;
    }
    /** Drop what is still queued (the stage is being thrown away) and wait for the current batch. */
    async cancel() {
        this.queue.length = 0;
        while (this.running)
            await this.running;
    }
}

;// CONCATENATED MODULE: ./build/engine/apply.js






















/** Write a file by rename, so a reader (or a crash) never sees half of it. */
function apply_writeAtomic(file, content) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const tmp = `${file}.stable-sync-tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, content);
    (0,external_node_fs_.renameSync)(tmp, file);
}
/**
 * The new patches are written into a staging directory beside debian/patches (same filesystem),
 * in the background while the diffs are read and the series is verified, and renamed into place
 * only after it passed: a whole new patch
 * directory in one rename, else file by file. The series and changelog are written after, so an
 * interrupted run never lists a patch that is not there; a failed one leaves debian/ as it was.
 */
function movePatchesIntoPlace(stage, patchesDir, patches) {
    const tops = new Set([...patches.keys()].map(n => n.split('/')[0]));
    for (const top of tops) {
        const target = (0,external_node_path_.join)(patchesDir, top);
        if (!(0,external_node_fs_.existsSync)(target) && [...patches.keys()].every(n => n.includes('/'))) {
            (0,external_node_fs_.renameSync)((0,external_node_path_.join)(stage, top), target);
            continue;
        }
        for (const name of patches.keys()) {
            if (name.split('/')[0] !== top)
                continue;
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(patchesDir, name)), { recursive: true });
            (0,external_node_fs_.renameSync)((0,external_node_path_.join)(stage, name), (0,external_node_path_.join)(patchesDir, name));
        }
    }
}
/** Rendered files handed to the stage writer at a time (and how often rendering yields to I/O). */
const WRITE_BATCH = 64;
/** The series is verified in this many slices (one `patch` each), so only the last waits at the end. */
const SLICES = 8;
const MIN_SLICE = 250;
/**
 * The new patch files (name relative to debian/patches → bytes, in series order), rendered from the
 * upstream diffs as they arrive from `diffs` (git diffs ahead on other cores). Rendering yields to the
 * event loop every few files, so git's output pipes are drained and git never waits for us.
 */
async function renderPatches(p, today, diffs, sink) {
    // Commits the stream was not asked for (none, normally) are read up front in one process.
    const unstreamed = p.named.filter(n => n.step.kind === 'commit' && !diffs?.get(n.step.commit.sha));
    const extra = unstreamed.length
        ? await readDiffs(p.upstream.git, unstreamed.map(n => ({ sha: n.step.commit.sha, parent: n.step.commit.parents[0] })))
        : new Map();
    const sliceSize = Math.max(MIN_SLICE, Math.ceil(p.named.length / SLICES));
    const out = new Map();
    const commitUrl = p.track.upstream.commitUrl;
    let toWrite = [];
    let toVerify = [];
    for (const { step, name, patch } of p.named) {
        const o = { commitUrl, today, dropped: step.dropped, bugs: patch.bugs, gbp: p.gbp !== undefined };
        let bytes;
        if (step.kind === 'commit') {
            const sha = step.commit.sha;
            // A refreshed fix carries its own diff, made against the series before it (verify/refresh.ts).
            const diff = step.refreshed?.diff ?? (await diffs?.get(sha)) ?? extra.get(sha) ?? Buffer.alloc(0);
            // git diff-tree --stdin skips a commit it cannot read without a word: never write a hollow patch.
            if (diff.length === 0 && step.kept.length)
                throw new Error(`git printed no diff for ${sha}, which changes ${step.kept.join(', ')}: the upstream cache ` +
                    `${p.upstream.dir} may be damaged; remove it and run again`);
            bytes = renderCommitPatch(step.commit, backportRefs(step.commit.message), step.refreshed ? diff : keptDiff(diff, step.kept, step.dropped), step.refreshed ? { ...o, refreshedOnto: step.refreshed.onto ?? 'the patches before it' } : o);
        }
        else {
            bytes = renderResidualPatch(step.commit, step.carriedSeparately ?? [], step.folded ?? [], step.diff, o);
        }
        out.set(name, bytes);
        toWrite.push([name, bytes]);
        toVerify.push([name, bytes]);
        if (toVerify.length >= sliceSize) {
            sink.verify(toVerify);
            toVerify = [];
        }
        if (toWrite.length >= WRITE_BATCH) {
            sink.write(toWrite);
            toWrite = [];
            await (0,promises_.setImmediate)();
        }
    }
    if (toVerify.length)
        sink.verify(toVerify);
    if (toWrite.length)
        sink.write(toWrite);
    return out;
}
/** A commit's diff reduced to its kept files; a commit that drops nothing is taken as is (no re-split). */
function keptDiff(diff, kept, dropped) {
    return dropped.length === 0 ? diff : restrictDiff(diff, new Set(kept));
}
/**
 * `stable-sync apply` for one track: write the new patches, the series and the changelog entry —
 * first into a staging copy of debian/, verified with patch -F0 onto the pinned tree; only a
 * verified result is moved into the working tree. Nothing new upstream: nothing is written.
 */
async function applyTrack(opts, track) {
    const started = Date.now();
    const lap = (what) => opts.log.debug(`${track.name}: ${what} after ${Date.now() - started} ms`);
    // The clone's lock for the whole run: git reads the clone until the series is verified.
    return (0,lock/* withDirLock */.j)((0,fetch/* cloneDirFor */.Sm)(track, opts), opts, async () => {
        // git starts diffing the candidate commits while the analysis still runs (a second core is idle then).
        const prefetch = {};
        try {
            const p = await prepareTrack(opts, track, {
                onCandidates: (git, commits) => (prefetch.diffs = new DiffStream(git, commits))
            });
            lap('plan');
            return await applyPrepared(opts, p, prefetch.diffs, lap);
        }
        finally {
            await prefetch.diffs?.cancel(); // a run that ends early stops git; one that read everything has nothing left
        }
    });
}
/** A patch file apply would create that is already there (stable-sync never rewrites a patch). */
function firstExisting(patchesDir, names) {
    const listings = new Map();
    for (const name of names) {
        const file = (0,external_node_path_.join)(patchesDir, name);
        const dir = (0,external_node_path_.dirname)(file);
        let listing = listings.get(dir);
        if (!listing) {
            listing = new Set((0,external_node_fs_.existsSync)(dir) ? (0,external_node_fs_.readdirSync)(dir) : []);
            listings.set(dir, listing);
        }
        if (listing.has((0,external_node_path_.basename)(file)))
            return file;
    }
    return undefined;
}
async function applyPrepared(opts, p, diffs, lap) {
    const track = p.track;
    if (p.named.length === 0)
        return trackResult(p, p.analysis.verification, { changed: false });
    if (p.analysis.verification.status === 'failed')
        return trackResult(p, p.analysis.verification, { changed: false });
    // A selection its fixes' needs could not complete is never written as a partial series.
    if (p.selection?.unresolved.length)
        return trackResult(p, p.analysis.verification, { changed: false });
    const now = opts.now ?? new Date();
    const names = p.named.map(n => n.name);
    const patchesDir = (0,external_node_path_.join)(p.packageDir, 'debian', 'patches');
    const clash = firstExisting(patchesDir, names);
    if (clash) {
        throw new errors/* InputError */.dz(`${clash} already exists; stable-sync never rewrites an existing patch. Remove it or list it in the series.`);
    }
    const changelogFile = (0,external_node_path_.join)(p.packageDir, 'debian', 'changelog');
    const changelogText = (0,external_node_fs_.readFileSync)(changelogFile, 'utf8');
    const plan = planChangelog(changelogText, track.patchDir, track.upstream.branch, lastTaken(p), changelogPatches(p), { vendor: (0,debian_vendor/* resolveVendor */.Ht)(opts.config.vendor, changelogText) });
    const { identity: who } = await (0,identity/* resolveSigner */.l)({
        config: opts.config,
        env: opts.env ?? process.env,
        repoDir: opts.repoDir,
        log: opts.log
    });
    const newChangelog = writeChangelog(changelogText, plan, who, now, opts.config.distribution);
    const newSeries = appendSeries(p.existing.seriesText, names);
    const seriesRel = (0,external_node_path_.relative)(p.packageDir, p.existing.seriesFile);
    // Verify the whole series (existing + new) from memory before anything touches debian/; the new
    // patches are staged meanwhile.
    const createdPatchesDir = !(0,external_node_fs_.existsSync)(patchesDir);
    (0,external_node_fs_.mkdirSync)(patchesDir, { recursive: true });
    const stage = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(patchesDir, '.stable-sync-'));
    const writer = new StageWriter(stage);
    let written = false;
    try {
        // Each rendered slice is staged and applied (patch -F0 in a scratch tree) while git diffs the next.
        const progress = throttled(opts.log);
        let verified = 0;
        const [patches, verification] = await withTempDir(async (tmp) => {
            const verifier = startVerify({
                git: p.upstream.git,
                pinSha: p.pin.sha,
                tipSha: p.upstream.tipSha,
                tmpDir: tmp,
                ...explainer(p)
            });
            verifier.add(p.existing.patches.map(e => ({ name: e.name, bytes: e.bytes })));
            try {
                const rendered = await renderPatches(p, now.toISOString().slice(0, 10), diffs, {
                    write: files => writer.add(files),
                    verify: files => {
                        verified += files.length;
                        progress(`${track.name}: ${verified} of ${p.named.length} new patches rendered and handed to patch -F0`);
                        verifier.add(files.map(([name, bytes]) => ({ name, bytes })));
                    }
                });
                lap(`rendered ${rendered.size} patches`);
                return [rendered, await verifier.finish()];
            }
            finally {
                await verifier.idle();
            }
        });
        lap(`verified (${verification.status})`);
        if (verification.status === 'ok') {
            await writer.done();
            lap(`staged ${patches.size} patches`);
        }
        return finish(verification, stage, patches);
    }
    finally {
        await writer.cancel();
        (0,external_node_fs_.rmSync)(stage, { recursive: true, force: true });
        if (createdPatchesDir && !written)
            (0,external_node_fs_.rmSync)(patchesDir, { recursive: true, force: true });
    }
    function finish(verification, stage, patches) {
        const changelog = { version: plan.version, lines: plan.items };
        if (verification.status !== 'ok')
            return trackResult(p, verification, { changed: false, changelog });
        movePatchesIntoPlace(stage, patchesDir, patches);
        written = true;
        apply_writeAtomic(p.existing.seriesFile, newSeries);
        apply_writeAtomic(changelogFile, newChangelog);
        opts.log.info(`${track.name}: wrote ${patches.size} patch(es), ${seriesRel} and debian/changelog (${plan.version})`);
        lap('written');
        return trackResult(p, verification, { changed: true, changelog });
    }
}

;// CONCATENATED MODULE: ./build/engine/verify.js






/**
 * `stable-sync verify` for one track: the package's whole series, applied with patch -F0 onto the
 * pinned tree, must reproduce the stable tip except files changed only by skipped commits. Upstream
 * fixes not in the series yet (`patches` in the result) make it fail: run apply.
 */
async function verifyTrack(opts, track) {
    const p = await prepareTrack(opts, track);
    const verification = await withTempDir(async (tmp) => {
        const scratch = (0,external_node_path_.join)(tmp, 'verify');
        (0,external_node_fs_.mkdirSync)(scratch);
        return verifyWithPatch({
            git: p.upstream.git,
            pinSha: p.pin.sha,
            tipSha: p.upstream.tipSha,
            patches: readSeriesPatches(p.packageDir, p.existing.seriesFile),
            tmpDir: scratch,
            ...explainer(p)
        });
    });
    if (verification.status === 'failed' && p.named.length) {
        verification.text += `; ${p.named.length} upstream fix(es) are not in the series yet (run stable-sync apply)`;
    }
    return trackResult(p, verification);
}

// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/commands/engine-run.js










const engineOptions = {
    ...command/* commonOptions */.OP,
    now: {
        type: 'string',
        description: "The day to act as of (YYYY-MM-DD): the calendar's mode and the changelog date",
        default: 'today'
    },
    'cache-dir': {
        type: 'string',
        description: 'Where upstream clones are cached',
        default: '$XDG_CACHE_HOME/stable-sync, else ~/.cache/stable-sync'
    }
};
/** Human-readable lines for one track's result. */
function describeResult(r, action) {
    const out = [
        `${r.name}: ${r.pin.tag} (${r.pin.sha.slice(0, 12)}) .. ${r.tip.ref} (${r.tip.sha.slice(0, 12)})`
    ];
    const verb = action === 'apply'
        ? r.changed
            ? 'written'
            : 'to write (nothing written)'
        : action === 'verify'
            ? 'not in the series yet'
            : 'proposed';
    out.push(`  ${r.patches.length} patch(es) ${verb}`);
    for (const p of r.patches)
        out.push(`    ${p.file}  ${p.upstream.map(s => s.slice(0, 12)).join(' ')}  ${p.subject}` +
            (p.refreshed ? `  [refreshed onto ${p.refreshed.onto ?? 'the series'}: review it]` : ''));
    if (r.skipped.length)
        out.push(`  ${r.skipped.length} skipped:`);
    for (const s of r.skipped)
        out.push(`    ${s.sha.slice(0, 12)} ${s.reason}: ${s.subject} — ${s.text}`);
    if (r.problems.length)
        out.push(`  ${r.problems.length} problem(s) for a human:`);
    for (const p of r.problems)
        out.push(`    ${p.sha.slice(0, 12)} ${p.kind}: ${p.text}`);
    if (r.changelog)
        out.push(`  changelog ${r.changelog.version}:`, ...r.changelog.lines.flatMap(l => l.split('\n')).map(l => `    ${l}`));
    out.push(`  verification: ${r.verification.status}: ${r.verification.text}`);
    for (const d of r.verification.differences ?? [])
        out.push(`    differs: ${d}`);
    return out;
}
/** Shared body of plan/apply/verify: config, tracks, calendar, engine, output, exit code. */
async function runEngineCommand(action, ctx) {
    const now = (0,day/* parseNow */.A7)(ctx.values.now);
    const { repoDir, config } = await (0,command/* loadCommandConfig */.eY)(ctx);
    const tracks = (0,calendar_select/* selectTracks */.X)(config, ctx.values.track);
    const cacheDir = (0,command/* cacheDirOf */.BU)(ctx);
    const opts = { repoDir, config, cacheDir, log: ctx.log, now, env: ctx.env };
    // Milestone dates need GitHub (GITHUB_TOKEN + GITHUB_REPOSITORY); fixed dates need nothing. Without
    // access, only a milestone that today's mode depends on stops plan/apply (need: 'mode').
    const milestones = (0,milestone_env/* milestoneLookupFromEnv */.i)(ctx.env, ctx.log);
    const results = [];
    for (const track of tracks) {
        let r;
        if (action === 'verify')
            r = await verifyTrack(opts, track);
        else {
            const calendar = await (0,track_calendar/* trackCalendar */.K)(config, track, now, milestones, { need: 'mode' });
            for (const a of calendar.assumed ?? [])
                ctx.log.warning(`${track.name}: ${a}`);
            r = await runWithCalendar(action, opts, track, calendar, { planTrack: planTrack, applyTrack: applyTrack });
        }
        results.push(r);
        if (!ctx.values.json) {
            // The calendar's word first (frozen: pending fixes; track: a move to a newer release).
            if ('calendar' in r)
                ctx.out(describeCalendarResult(r).join('\n'));
            ctx.out(describeResult(r, action).join('\n'));
        }
    }
    if (ctx.values.json)
        ctx.out(JSON.stringify({ tracks: results }, null, 2));
    return exitCodeFor(results);
}


/***/ }),

/***/ 7597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ globMatcher)
/* harmony export */ });
/* unused harmony export globSource */
const escapeRegExp = (s) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
function segmentSource(segment) {
    return segment
        .split(/(\*+|\?)/)
        .map(part => (part === '?' ? '[^/]' : part.startsWith('*') ? '[^/]*' : escapeRegExp(part)))
        .join('');
}
/** One glob as a regular expression source (without anchors). */
function globSource(glob) {
    const directoryOnly = glob.endsWith('/');
    const segments = glob
        .replace(/^(\.\/)+/, '')
        .split('/')
        .filter(s => s !== '' && s !== '.');
    let source = '';
    let pendingSlash = false;
    for (const [i, segment] of segments.entries()) {
        if (segment === '**') {
            // Any number of whole segments, including none: `a/**/b` takes `a/b` and `a/x/y/b`.
            source +=
                i === segments.length - 1 ? (pendingSlash ? '/.*' : '.*') : pendingSlash ? '/(?:.*/)?' : '(?:.*/)?';
            pendingSlash = false;
            continue;
        }
        if (pendingSlash)
            source += '/';
        source += segmentSource(segment);
        pendingSlash = true;
    }
    if (segments.at(-1) === '**')
        return source;
    // Everything below a matched directory matches too; a trailing slash demands that there be something below.
    return source + (directoryOnly ? '/.+' : '(?:/.*)?');
}
/** A matcher for any of `globs` (an empty list matches nothing). */
function globMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    const re = new RegExp(`^(?:${globs.map(globSource).join('|')})$`);
    return path => re.test(path.replace(/^(\.\/)+/, ''));
}


/***/ }),

/***/ 1485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseBatchHeader)
/* harmony export */ });
// What git prints instead of an object: `<name> missing` / `ambiguous`, `<oid> submodule` (a gitlink
// named by path), and the --follow-symlinks answers. The name may hold spaces; the word ends the line.
const NO_OBJECT = / (missing|ambiguous|submodule|dangling|loop|notdir|excluded)$/;
/**
 * Parse a header of the default format (`<oid> <type> <size>`) or, with `withId: false`, of the
 * `%(objecttype) %(objectsize)` format. A line of neither shape is an error, never a guess: a wrong
 * size would misread every answer after it.
 */
function parseBatchHeader(line, withId = true) {
    const m = withId ? /^([0-9a-f]+) ([a-z]+) (\d+)$/.exec(line) : /^()([a-z]+) (\d+)$/.exec(line);
    if (m)
        return { found: true, ...(withId ? { id: m[1] } : {}), type: m[2], size: Number(m[3]) };
    if (NO_OBJECT.test(line))
        return { found: false };
    throw new Error(`git cat-file --batch: unexpected answer ${JSON.stringify(line)}`);
}


/***/ }),

/***/ 5922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ catFileBatch),
/* harmony export */   Y: () => (/* binding */ CatFileReader)
/* harmony export */ });
/* harmony import */ var _batch_header_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1485);

/**
 * Read many objects with ONE `git cat-file --batch`. Missing ids are left out of the result.
 * Each record is `<sha> <type> <size>\n<content>\n`, so content is sliced by size, never by lines.
 */
async function catFileBatch(git, ids) {
    if (ids.length === 0)
        return [];
    const { stdout } = await git.exec(['cat-file', '--batch'], { input: ids.join('\n') + '\n' });
    const objects = [];
    let pos = 0;
    while (pos < stdout.length) {
        const eol = stdout.indexOf(10, pos);
        if (eol === -1)
            break;
        const header = (0,_batch_header_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBatchHeader */ .B)(stdout.subarray(pos, eol).toString('latin1'));
        if (!header.found) {
            pos = eol + 1;
            continue;
        }
        const n = header.size;
        objects.push({ sha: header.id, type: header.type, body: stdout.subarray(eol + 1, eol + 1 + n) });
        pos = eol + 1 + n + 1;
    }
    return objects;
}
/**
 * One `git cat-file --batch` kept running for the reads of one run: each `read` writes a request and
 * resolves when git's answer has arrived (git writes every answer at once without --buffer), so
 * objects are read only when needed and the process is started once. `close()` must be called.
 */
class CatFileReader {
    pending = [];
    chunks = [];
    length = 0;
    /** The body size of the answer being read, once its header line is in. */
    size;
    conversation;
    failed;
    closing = false;
    constructor(git) {
        this.conversation = git.converse(['cat-file', '--batch'], { onStdout: chunk => this.take(chunk) });
        // git gone (killed, crashed): every read still waiting fails instead of waiting forever.
        this.conversation.ended.then(() => this.fail(new Error(this.closing
            ? 'cat-file: the reader was closed'
            : 'cat-file: git ended before answering every read')), e => this.fail(e));
    }
    /** An object's content; undefined when git does not have it. Ids only: a name with a newline is refused. */
    read(id) {
        if (this.failed)
            return Promise.reject(this.failed);
        if (/[\n\r]/.test(id))
            return Promise.reject(new Error(`cat-file: not an object name: ${JSON.stringify(id)}`));
        return new Promise((resolve, reject) => {
            this.pending.push({ resolve, reject });
            this.conversation.write(`${id}\n`);
        });
    }
    async close() {
        this.closing = true;
        try {
            await this.conversation.end();
        }
        catch (e) {
            this.fail(e);
            throw e;
        }
        this.fail(new Error('cat-file: the reader was closed'));
    }
    fail(e) {
        this.failed ??= e;
        for (const p of this.pending.splice(0))
            p.reject(e);
    }
    take(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
        for (;;) {
            if (this.size === undefined) {
                const buf = this.joined();
                const eol = buf.indexOf(10);
                if (eol === -1)
                    return;
                let header;
                try {
                    header = (0,_batch_header_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBatchHeader */ .B)(buf.subarray(0, eol).toString('latin1'));
                }
                catch (e) {
                    // Every answer after an unreadable header would be misread: no read is answered any more.
                    this.fail(e);
                    return;
                }
                this.consume(buf, eol + 1);
                if (!header.found)
                    this.pending.shift()?.resolve(undefined);
                else
                    this.size = header.size;
                continue;
            }
            // The body and git's newline after it (joined only once all of it is in: a big blob comes in many chunks).
            if (this.length < this.size + 1)
                return;
            const buf = this.joined();
            const body = Buffer.from(buf.subarray(0, this.size));
            this.consume(buf, this.size + 1);
            this.size = undefined;
            this.pending.shift()?.resolve(body);
        }
    }
    joined() {
        if (this.chunks.length !== 1)
            this.chunks = [Buffer.concat(this.chunks, this.length)];
        return this.chunks[0];
    }
    consume(buf, n) {
        const rest = buf.subarray(n);
        this.chunks = rest.length ? [rest] : [];
        this.length = rest.length;
    }
}


/***/ }),

/***/ 530:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ botAuthor)
/* harmony export */ });
const cache = new WeakMap();
function botAuthor(gh) {
    let found = cache.get(gh);
    if (!found) {
        found = learnBotAuthor(gh);
        cache.set(gh, found);
    }
    return found;
}
async function learnBotAuthor(gh) {
    try {
        const { data } = await gh.octokit.rest.users.getAuthenticated();
        gh.log.debug(`marker comments and issues are trusted when written by ${data.login}`);
        return login => login === data.login;
    }
    catch (e) {
        const status = e.status;
        if (status !== 401 && status !== 403 && status !== 404)
            throw e;
        gh.log.debug('installation token (GET /user refused): marker comments and issues trusted from [bot] accounts');
        return login => login !== undefined && login.endsWith('[bot]');
    }
}


/***/ }),

/***/ 4149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ milestoneLookupFromEnv)
});

// EXTERNAL MODULE: ./build/calendar/resolve.js
var resolve = __webpack_require__(5779);
// EXTERNAL MODULE: ./build/github/repository.js
var repository = __webpack_require__(8328);
// EXTERNAL MODULE: ./build/github/identity.js
var identity = __webpack_require__(530);
;// CONCATENATED MODULE: ./build/github/tracking-issue-host.js

function toIssue(i) {
    return {
        number: i.number,
        title: i.title,
        body: i.body ?? null,
        state: i.state === 'open' ? 'open' : 'closed',
        labels: i.labels.map(l => (typeof l === 'string' ? l : (l.name ?? ''))),
        url: i.html_url,
        ...(i.pull_request ? { isPullRequest: true } : {}),
        ...(i.user ? { author: i.user.login } : {})
    };
}
function trackingIssueApi(gh) {
    const repo = { owner: gh.owner, repo: gh.repo };
    return {
        async listIssues({ labels, limit }) {
            const found = [];
            const pages = gh.octokit.paginate.iterator(gh.octokit.rest.issues.listForRepo, {
                ...repo,
                state: 'all',
                ...(labels?.length ? { labels: labels.join(',') } : {}),
                sort: 'created',
                direction: 'desc',
                per_page: 100
            });
            for await (const { data } of pages) {
                found.push(...data.map(toIssue));
                if (found.length >= limit)
                    break;
            }
            return found.slice(0, limit);
        },
        async createIssue({ title, body, labels }) {
            const { data } = await gh.octokit.rest.issues.create({ ...repo, title, body, labels });
            return toIssue(data);
        },
        async updateIssue(number, change) {
            const { data } = await gh.octokit.rest.issues.update({
                ...repo,
                issue_number: number,
                ...(change.title !== undefined ? { title: change.title } : {}),
                ...(change.body !== undefined ? { body: change.body } : {}),
                ...(change.state ? { state: change.state } : {}),
                ...(change.stateReason ? { state_reason: change.stateReason } : {})
            });
            return toIssue(data);
        },
        async addComment(number, body) {
            await gh.octokit.rest.issues.createComment({ ...repo, issue_number: number, body });
        },
        isBot: async (login) => (await botAuthor(gh))(login)
    };
}
/** Every milestone of the repository (open and closed), for the calendar's milestone lookup. */
async function listMilestones(gh) {
    const list = await gh.octokit.paginate(gh.octokit.rest.issues.listMilestones, {
        owner: gh.owner,
        repo: gh.repo,
        state: 'all',
        per_page: 100
    });
    return list.map(m => ({
        title: m.title,
        dueOn: m.due_on ?? null,
        state: m.state === 'closed' ? 'closed' : 'open',
        url: m.html_url
    }));
}

;// CONCATENATED MODULE: ./build/github/milestone-env.js



/**
 * Milestone dates for the CLI (`status`, `plan`, `apply`): read through the façade when GITHUB_TOKEN
 * (or GH_TOKEN) and GITHUB_REPOSITORY are set, once per run and only when a calendar names a
 * milestone. Undefined without them: the calendar then says how to give dates instead.
 * The GitHub client is imported only then, so `plan`/`apply` without milestones do not load Octokit.
 */
function milestoneLookupFromEnv(env, log) {
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token || !env.GITHUB_REPOSITORY)
        return undefined;
    let list;
    return async (title) => {
        // Parsed when a milestone is first needed: a malformed value is an error only for a run that uses it.
        const { owner, repo } = (0,repository/* parseRepository */.SU)(env.GITHUB_REPOSITORY);
        list ??= Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(463)]).then(__webpack_require__.bind(__webpack_require__, 4463)).then(({ createGitHubRepo }) => listMilestones(createGitHubRepo({ owner, repo }, { token, log, ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}) })));
        return (0,resolve/* milestoneLookupFrom */.RR)(await list)(title);
    };
}


/***/ }),

/***/ 8328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   cB: () => (/* binding */ apiTimeUnitMs)
/* harmony export */ });
/* unused harmony export TIME_UNIT_VARIABLE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);

/**
 * The one reader of `owner/name` repository names (GITHUB_REPOSITORY, the CLI's --repository): both
 * parts present, nothing more, no characters GitHub does not allow in them.
 */
const PART = /^[A-Za-z0-9_.-]+$/;
function parseRepository(text, source = 'GITHUB_REPOSITORY') {
    const value = (text ?? '').trim();
    if (!value) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} is not set: it names the repository as OWNER/NAME (GitHub Actions sets it; set it yourself for local runs)`);
    }
    const parts = value.split('/');
    if (parts.length !== 2 || !parts.every(p => PART.test(p) && p !== '.' && p !== '..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} '${value}' is not OWNER/NAME (e.g. octo-org/qemu-packaging)`);
    }
    return { owner: parts[0], repo: parts[1] };
}
/**
 * STABLE_SYNC_TIME_UNIT_MS: milliseconds per second of the waits GitHub asks for (retry back-off,
 * `retry-after`, write spacing). Unset in real runs (1000); tests shrink it. A value that is not a
 * whole number from 1 to 1000 is an error rather than a silent NaN that would disable every wait.
 */
const TIME_UNIT_VARIABLE = 'STABLE_SYNC_TIME_UNIT_MS';
function apiTimeUnitMs(env) {
    const raw = env[TIME_UNIT_VARIABLE];
    if (raw === undefined || raw === '')
        return undefined;
    const n = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(n) || n < 1 || n > 1000) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${TIME_UNIT_VARIABLE}='${raw}' must be a whole number of milliseconds from 1 to 1000 (it scales GitHub's waits; unset it for real runs)`);
    }
    return n;
}


/***/ }),

/***/ 2038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ nearestTags),
/* harmony export */   g: () => (/* binding */ tagFor)
/* harmony export */ });
/* harmony import */ var _debian_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(604);

/**
 * The existing tags closest to a missing one by version: the tag template turns each tag back into a
 * version, which is sorted with the wanted one (dpkg order); the neighbours on both sides are listed.
 */
function nearestTags(wanted, tags, template, count = 6) {
    const [before, after] = template.split('{version}');
    const versions = tags
        .filter(t => t.startsWith(before) && t.endsWith(after ?? '') && t.length > before.length + (after ?? '').length)
        .map(t => ({ tag: t, version: t.slice(before.length, t.length - (after ?? '').length) }))
        .filter(t => /^[0-9]/.test(t.version) && (0,_debian_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(t.version));
    if (!(0,_debian_version_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(wanted) || versions.length === 0)
        return tags.slice(-count);
    versions.sort((a, b) => (0,_debian_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(a.version, b.version));
    let at = versions.findIndex(v => (0,_debian_version_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersions */ .Zy)(v.version, wanted) > 0);
    if (at === -1)
        at = versions.length;
    const from = Math.max(0, Math.min(at - Math.ceil(count / 2), versions.length - count));
    return versions.slice(from, from + count).map(v => v.tag);
}
/** The tag for a version through the template (`v{version}` → `v8.2.1`). */
function tagFor(template, version) {
    return template.split('{version}').join(version);
}


/***/ }),

/***/ 6332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ resolvePin),
/* harmony export */   V: () => (/* binding */ pinnedVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _debian_changelog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4138);
/* harmony import */ var _debian_gbp_conf_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8334);
/* harmony import */ var _debian_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(604);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9473);
/* harmony import */ var _nearest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2038);







/** The pinned upstream version and its tag, from the config's `pin` or debian/changelog's top entry. */
function pinnedVersion(track, repoDir) {
    let version = track.pin;
    if (track.pin === 'changelog') {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, track.package, 'debian', 'changelog');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`track ${track.name}: ${file} does not exist; set the track's pin to an upstream version or add the changelog`);
        }
        version = (0,_debian_version_js__WEBPACK_IMPORTED_MODULE_4__/* .upstreamTagVersion */ .W2)((0,_debian_changelog_js__WEBPACK_IMPORTED_MODULE_2__/* .readTopEntry */ .QH)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')).version);
    }
    // A template from gbp.conf makes the tag as gbp does (its substitution and DEP-14 sanitizing).
    const tag = track.upstream.tagFormat
        ? (0,_debian_gbp_conf_js__WEBPACK_IMPORTED_MODULE_3__/* .gbpTag */ .mK)(track.upstream.tagFormat, version)
        : (0,_nearest_js__WEBPACK_IMPORTED_MODULE_6__/* .tagFor */ .g)(track.upstream.tag, version);
    return { version, tag };
}
/**
 * The pin as a commit in the fetched upstream: its tag must exist and be an ancestor of the stable
 * tip (a force-pushed branch, or a pin from another branch, is a finding for a human).
 */
async function resolvePin(track, upstream, repoDir) {
    const { version, tag } = pinnedVersion(track, repoDir);
    const sha = upstream.pinSha ??
        (await upstream.git.text(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], {
            allowFailure: true
        }));
    if (!/^[0-9a-f]{40,64}$/.test(sha)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`track ${track.name}: tag ${tag} (pinned version ${version}) was not fetched from ${track.upstream.url}`);
    }
    // An ancestry already proven for this exact pin and tip is remembered beside the cache.
    const proven = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(upstream.dir, 'stable-sync', 'ancestry');
    const pair = `${sha} ${upstream.tipSha}`;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(proven) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(proven, 'latin1') === pair)
        return { version, tag, sha };
    if (!(await upstream.git.test(['merge-base', '--is-ancestor', sha, upstream.tipSha]))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .FindingError */ .Yv(`track ${track.name}: the pin ${tag} (${sha}) is not an ancestor of ${track.upstream.branch} (${upstream.tipSha}). ` +
            'The stable branch was rewritten (force-pushed) or the tag is on another branch: check upstream.branch, ' +
            'or move the pin to a tag on the current branch.');
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(proven), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(proven, pair);
    return { version, tag, sha };
}


/***/ }),

/***/ 9763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ fetchPinned)
/* harmony export */ });
/* harmony import */ var _pin_resolve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6332);
/* harmony import */ var _fetch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3454);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6797);



/**
 * The upstream clone of a track, fetched so that a cold fetch moves only pin..tip, and the pin
 * resolved in it, holding the clone's lock (two runs sharing a cache take turns). The engine, the
 * track-mode move and build-source all start here.
 */
async function fetchPinned(track, opts) {
    const { tag } = (0,_pin_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .pinnedVersion */ .V)(track, opts.repoDir);
    return (0,_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .withDirLock */ .j)((0,_fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .cloneDirFor */ .Sm)(track, opts), opts, async () => {
        const upstream = await (0,_fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchUpstream */ .uL)(track, { ...opts, pinTag: tag });
        const pin = await (0,_pin_resolve_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePin */ .Q)(track, upstream, opts.repoDir);
        return { upstream, pin };
    });
}


/***/ }),

/***/ 3454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sK: () => (/* binding */ BELOW_THE_PIN),
  Sm: () => (/* binding */ cloneDirFor),
  uL: () => (/* binding */ fetchUpstream),
  p2: () => (/* binding */ remoteTagCommits)
});

// UNUSED EXPORTS: fetchUrl, remoteTags, tipRefName

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./build/config/normalize.js
var normalize = __webpack_require__(6328);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/pin/nearest.js
var nearest = __webpack_require__(2038);
// EXTERNAL MODULE: ./build/pin/resolve.js
var resolve = __webpack_require__(6332);
// EXTERNAL MODULE: ./build/git/gateway.js
var gateway = __webpack_require__(8821);
;// CONCATENATED MODULE: ./build/upstream/cache-git.js

/**
 * The environment of every git call on an upstream cache. A cache can be restored from another
 * job (a less trusted one, or another machine), so nothing in it or around it may run code or
 * change what git reads: no system or global config (a user's `log.*` or `fetch.*` settings must not
 * change a result either), no hooks, no fsmonitor, no replace refs. The clone's own config is
 * checked against what stable-sync writes (see cache-check.ts) before git reads it.
 */
const CACHE_GIT_ENV = {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_NO_REPLACE_OBJECTS: '1',
    // Config from the environment outranks the repository's own (git ≥ 2.31).
    GIT_CONFIG_COUNT: '3',
    GIT_CONFIG_KEY_0: 'core.hooksPath',
    GIT_CONFIG_VALUE_0: '/dev/null',
    GIT_CONFIG_KEY_1: 'core.fsmonitor',
    GIT_CONFIG_VALUE_1: 'false',
    GIT_CONFIG_KEY_2: 'protocol.ext.allow',
    GIT_CONFIG_VALUE_2: 'never'
};
/** The git gateway for an upstream cache repository, with the clean environment above. */
function cacheGit(dir, env = {}) {
    return (0,gateway/* createGit */.l)(dir, { ...env, ...CACHE_GIT_ENV });
}
/** The config file of a cache repository, exactly as stable-sync writes it. */
const CACHE_CONFIG = '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n[gc]\n\tauto = 0\n';

;// CONCATENATED MODULE: ./build/upstream/cache-check.js



const stampFile = (dir) => (0,external_node_path_.join)(dir, 'stable-sync', 'clone.json');
/** Present from the first fetch of a run until its shallow state is repaired. */
const fetchingMarker = (dir) => (0,external_node_path_.join)(dir, 'stable-sync', 'fetching');
/** Fingerprint of the object store after the last run that checked or wrote it. */
const objectsFile = (dir) => (0,external_node_path_.join)(dir, 'stable-sync', 'objects');
function writeStamp(dir, stamp) {
    (0,external_node_fs_.writeFileSync)(stampFile(dir), JSON.stringify(stamp));
}
function readJson(file) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function list(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
const HEX = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
/**
 * Files of the object store with their sizes (loose objects and packs), one `path size` a line.
 * Cheap: a few hundred directory reads.
 */
function objectsFingerprint(dir) {
    const objects = (0,external_node_path_.join)(dir, 'objects');
    const entries = [];
    for (const sub of list(objects).sort()) {
        if (sub === 'info')
            continue;
        for (const f of list((0,external_node_path_.join)(objects, sub)).sort()) {
            if (f.startsWith('tmp_') || f.endsWith('.keep'))
                continue;
            entries.push(`${sub}/${f} ${(0,external_node_fs_.statSync)((0,external_node_path_.join)(objects, sub, f)).size}`);
        }
    }
    return entries;
}
function recordObjects(dir) {
    (0,external_node_fs_.writeFileSync)(objectsFile(dir), objectsFingerprint(dir).join('\n'));
}
/**
 * Is every object file recorded after stable-sync's last fetch (or check) still there, the same
 * size? Objects written since (the trees and blobs of the analysis' scratch index) do not matter:
 * git wrote them here, and a missing one would only be written again.
 */
function objectsIntact(dir) {
    if (!(0,external_node_fs_.existsSync)(objectsFile(dir)))
        return false;
    const now = new Set(objectsFingerprint(dir));
    return (0,external_node_fs_.readFileSync)(objectsFile(dir), 'utf8')
        .split('\n')
        .filter(Boolean)
        .every(l => now.has(l));
}
/**
 * Why the cache repository at `dir` cannot be used as it is (empty when it can). Only reads files,
 * except `git fsck --connectivity-only`, which runs only when an object file stable-sync recorded
 * is gone or changed (or nothing was recorded: a cache from elsewhere).
 */
async function cacheDamage(git, dir, expected) {
    const why = [];
    const stamp = readJson(stampFile(dir));
    if (!stamp || stamp.format !== 1 || stamp.url !== expected.url || stamp.pinTag !== expected.pinTag)
        why.push('it was not created by stable-sync for this upstream and pin (stable-sync/clone.json)');
    if ((0,external_node_fs_.existsSync)(fetchingMarker(dir)))
        why.push('a fetch into it was interrupted');
    let config = '';
    try {
        config = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'config'), 'utf8');
    }
    catch {
        // missing: reported below
    }
    if (config !== CACHE_CONFIG)
        why.push('its config is not the one stable-sync writes');
    const hooks = list((0,external_node_path_.join)(dir, 'hooks'));
    if (hooks.length)
        why.push(`it holds hooks (${hooks.join(', ')})`);
    for (const f of ['objects/info/alternates', 'objects/info/http-alternates', 'info/grafts', 'commondir'])
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f)))
            why.push(`it holds ${f}`);
    const packed = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'packed-refs')) ? (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'packed-refs'), 'latin1') : '';
    if (list((0,external_node_path_.join)(dir, 'refs', 'replace')).length || / refs\/replace\//.test(packed))
        why.push('it holds replace refs');
    const shallow = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'shallow'))
        ? (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'shallow'), 'latin1').split('\n')
        : [];
    if (shallow.length && (shallow.pop() !== '' || !shallow.every(l => HEX.test(l))))
        why.push('its shallow file is damaged');
    if (why.length)
        return why;
    if (shallow.length) {
        const { stdout } = await git.exec(['cat-file', '--batch-check'], { input: shallow.join('\n') + '\n' });
        if (/ missing$/m.test(stdout.toString('latin1')))
            why.push('a commit its shallow file names is missing');
    }
    if (!objectsIntact(dir)) {
        const r = await git.exec(['fsck', '--connectivity-only', '--no-dangling', '--no-progress'], {
            allowFailure: true
        });
        if (r.code !== 0)
            why.push(`objects are missing or damaged (git fsck: ${r.stderr.trim().split('\n')[0] ?? ''})`);
        else
            recordObjects(dir);
    }
    return why;
}

;// CONCATENATED MODULE: ./build/upstream/progress.js
/** At most one progress line this often, and one whenever git moves to its next phase. */
const EVERY_MS = 2000;
/**
 * git's `--progress` stream (lines ended by `\r` while a phase runs, `\n` when it ends: "Receiving
 * objects:  45% (450/1000), 1.20 MiB | 2.00 MiB/s") turned into throttled progress lines on the
 * logger, so a cold fetch of several gigabytes shows it is moving. Other stderr lines are left to
 * the error message of a failed fetch.
 */
function fetchProgress(log, what, now = Date.now) {
    let partial = '';
    let lastPhase = '';
    let lastAt = -Infinity;
    let pending;
    const show = (line) => {
        log.progress(`${what}: ${line}`);
        lastAt = now();
        pending = undefined;
    };
    return {
        onStderr(chunk) {
            const parts = (partial + chunk.toString('utf8')).split(/[\r\n]/);
            partial = parts.pop() ?? '';
            for (const raw of parts) {
                const line = raw.replace(/^remote: /, '').trim();
                const m = /^([A-Z][a-z]+(?: [a-z]+)*):\s+\d+%/.exec(line) ?? /^([A-Z][a-z]+(?: [a-z]+)*): \d+/.exec(line);
                if (!m)
                    continue;
                const phase = m[1];
                if (phase !== lastPhase || now() - lastAt >= EVERY_MS || /, done\.$/.test(line)) {
                    lastPhase = phase;
                    show(line);
                }
                else
                    pending = line;
            }
        },
        done() {
            if (pending)
                show(pending);
        }
    };
}

// EXTERNAL MODULE: ./build/upstream/lock.js
var lock = __webpack_require__(6797);
;// CONCATENATED MODULE: ./build/upstream/prune.js



/** A pin's repository nobody used for this long is removed (a package pinned there runs more often). */
const PRUNE_AFTER_MS = 30 * 24 * 60 * 60 * 1000;
const usedFile = (dir) => (0,external_node_path_.join)(dir, 'stable-sync', 'used');
/** Note that a run used this repository (its pin is still somebody's). */
function markUsed(dir) {
    (0,external_node_fs_.writeFileSync)(usedFile(dir), `${new Date().toISOString()}\n`);
}
function lastUsed(dir) {
    for (const f of [usedFile(dir), dir]) {
        try {
            return (0,external_node_fs_.statSync)(f).mtimeMs;
        }
        catch {
            // not there: try the next
        }
    }
    return Infinity;
}
/**
 * Every pin has its own repository (see fetch.ts), so pins left behind by release cycles would
 * pile up: the repositories of the same upstream that no run used for PRUNE_AFTER_MS are removed
 * (and the one of the older layout, one repository per URL, once it is as old), each under its own
 * lock (one in use is left alone).
 */
async function pruneSiblings(dir, log, now = Date.now()) {
    const parent = (0,external_node_path_.dirname)(dir);
    const prefix = (0,external_node_path_.basename)(dir).replace(/-[0-9a-f]+\.git$/, '-');
    // Before one repository per pin, one per URL: `<sha256(url)[:16]>.git`.
    const legacy = `${prefix.slice(0, -1)}.git`;
    for (const name of (0,external_node_fs_.readdirSync)(parent)) {
        const sibling = (0,external_node_path_.join)(parent, name);
        const ours = name === legacy || (name.startsWith(prefix) && name.endsWith('.git'));
        if (sibling === dir || !ours)
            continue;
        if (now - lastUsed(sibling) < PRUNE_AFTER_MS)
            continue;
        try {
            await (0,lock/* withDirLock */.j)(sibling, { log, timeoutMs: 0 }, async () => {
                (0,external_node_fs_.rmSync)(sibling, { recursive: true, force: true });
            });
            log.info(`removed the upstream cache ${sibling}: no run used its pin for 30 days`);
        }
        catch {
            // held by another run: it is in use after all
        }
    }
}

// EXTERNAL MODULE: ./build/git/cat-file.js
var cat_file = __webpack_require__(5922);
;// CONCATENATED MODULE: ./build/upstream/shallow.js



/** Parents of commits as recorded in the objects themselves (the shallow grafts hide them from rev-list). */
async function recordedParents(git, shas) {
    const out = new Map();
    for (const { sha, body } of await (0,cat_file/* catFileBatch */.F)(git, shas)) {
        const text = body.toString('latin1');
        const headerEnd = text.indexOf('\n\n');
        const header = headerEnd === -1 ? text : text.slice(0, headerEnd);
        out.set(sha, [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map(m => m[1]));
    }
    return out;
}
async function present(git, shas) {
    if (shas.length === 0)
        return new Set();
    const { stdout } = await git.exec(['cat-file', '--batch-check'], { input: shas.join('\n') + '\n' });
    return new Set(stdout
        .toString('latin1')
        .split('\n')
        .filter(l => / commit /.test(l))
        .map(l => l.split(' ')[0]));
}
const readShallow = (file) => (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'latin1').split('\n').filter(Boolean) : [];
/** Replace git's list of grafts at once (a reader never sees half of it). */
function writeShallow(file, shas) {
    if (shas.length === 0) {
        if ((0,external_node_fs_.existsSync)(file))
            (0,external_node_fs_.unlinkSync)(file);
        return;
    }
    (0,external_node_fs_.writeFileSync)(`${file}.stable-sync-tmp`, shas.join('\n') + '\n');
    (0,external_node_fs_.renameSync)(`${file}.stable-sync-tmp`, file);
}
/** Rounds of fetching before giving up: each fetches the parents the previous one exposed. */
const MAX_ROUNDS = 100;
/**
 * After `fetch --shallow-exclude=<pin>`, the commits just above the cut are grafted as parentless:
 * the pin's children, the roots of branches forked below the pin — and, because git cuts a merge as
 * a whole when one of its parents is excluded, a merge together with everything its other parents
 * bring (a side branch merged right after the release would vanish, its commits unnamed in the
 * merge's residual patch). Repaired here, round by round:
 * - a missing parent of a merge is asked for alone with `--shallow-exclude=<pin>`: above the pin,
 *   its history down to the pin comes (which may expose more cut merges: next round); below the
 *   pin, the remote refuses, and it is fetched alone (depth 1) and stays cut;
 * - a missing parent of any other commit is below the pin (only an excluded parent cuts it): alone;
 * - a graft whose parents are all present is removed, so walks and diffs see true history.
 * Nothing below the pin is fetched but those single parents.
 */
async function repairShallow(git, dir, fetchers, leaves) {
    const file = (0,external_node_path_.join)(dir, 'shallow');
    for (let round = 0;; round++) {
        // The pin and parents fetched with depth 1 stay cut: their history is not needed.
        const grafted = readShallow(file).filter(s => !leaves.has(s));
        const parents = await recordedParents(git, grafted);
        const all = [...new Set([...parents.values()].flat())];
        const have = await present(git, all);
        const missing = all.filter(p => !have.has(p));
        if (missing.length) {
            if (round === MAX_ROUNDS)
                throw new Error(`the shallow history of ${dir} is still cut after ${MAX_ROUNDS} rounds of fetching`);
            const ofMerges = new Set([...parents.values()].filter(ps => ps.length > 1).flat());
            const below = [];
            for (const p of missing)
                if (!ofMerges.has(p) || !(await fetchers.aboveThePin(p)))
                    below.push(p);
            if (below.length)
                await fetchers.belowThePin(below);
            for (const p of below)
                leaves.add(p);
        }
        const now = await present(git, all);
        const lost = missing.filter(p => !now.has(p));
        if (lost.length)
            throw new Error(`the upstream did not send ${lost.join(', ')} (parents of grafted commits in ${dir})`);
        // Fetched parents come with their own grafts (git adds them to the file): those stay for now.
        writeShallow(file, readShallow(file).filter(sha => leaves.has(sha) || !parents.has(sha) || !parents.get(sha).every(p => now.has(p))));
        if (missing.length === 0)
            return;
    }
}

;// CONCATENATED MODULE: ./build/upstream/fetch.js













/**
 * Where the single parents fetched below the pin (depth 1, see shallow.ts) are named: ancestors of
 * the pin by construction, which the clone's grafts hide from git, so the walk excludes them.
 */
const BELOW_THE_PIN = 'refs/stable-sync/parents/';
/** The URL git fetches from: local paths become file:// URLs (so shallow fetches work on them too). */
function fetchUrl(url, repoDir) {
    return (0,normalize/* isLocalPath */.Nj)(url) ? (0,external_node_url_.pathToFileURL)((0,external_node_path_.resolve)(repoDir, url)).href : url;
}
/** Local ref holding the fetched stable branch. */
const tipRefName = (branch) => `refs/stable-sync/heads/${branch}`;
/** The tags the remote has (no objects are fetched). */
async function remoteTags(git, url) {
    return [...(await remoteTagCommits(git, url)).keys()];
}
/** The tags the remote has and the commit each one names (annotated tags peeled), without fetching. */
async function remoteTagCommits(git, url) {
    const out = await git.text(['ls-remote', '--tags', url]);
    const tags = new Map();
    for (const line of out.split('\n')) {
        const [sha, ref] = line.split('\t');
        if (!ref?.startsWith('refs/tags/'))
            continue;
        const peeled = ref.endsWith('^{}');
        const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined);
        // The peeled line follows the tag's own: it wins.
        if (peeled || !tags.has(name))
            tags.set(name, sha);
    }
    return tags;
}
const hash = (text, length) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, length);
/**
 * The cache repository of a track's upstream and pin: one per URL and pin tag
 * (`<cache>/upstream/<sha256(url)[:16]>-<sha256(tag)[:12]>.git`). Its history is exactly what
 * fetches with `--shallow-exclude=<pin>` bring (and single parents below the pin), so what another
 * pin or branch of the same upstream fetched can never leak into this pin's walk.
 */
function cloneDirFor(track, opts) {
    const url = fetchUrl(track.upstream.url, opts.repoDir);
    const { tag } = (0,resolve/* pinnedVersion */.V)(track, opts.repoDir);
    return (0,external_node_path_.join)(opts.cacheDir, 'upstream', `${hash(url, 16)}-${hash(tag, 12)}.git`);
}
/**
 * An empty cache repository, written the way cache-check.ts expects it: no templates (no hooks),
 * stable-sync's own config, a stamp naming the upstream and pin.
 */
async function createClone(git, dir, url, pinTag) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    await git.exec(['init', '--bare', '-q', '--template=', dir]);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config'), CACHE_CONFIG);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, 'stable-sync'), { recursive: true });
    writeStamp(dir, { format: 1, url, pinTag });
}
/**
 * Fetch a track's stable branch into the bare cache repository of its upstream and pin. The fetch
 * is shallow below the pin (`--shallow-exclude`), and the pin commit comes with depth 1: a cold run
 * moves only what lies between pin and tip, later runs only what is new. A cache that is damaged
 * or did not come from stable-sync (see cache-check.ts) is thrown away and fetched again.
 */
async function fetchUpstream(track, opts) {
    const url = fetchUrl(track.upstream.url, opts.repoDir);
    const dir = cloneDirFor(track, opts);
    const git = cacheGit(dir, opts.env ?? {});
    let cached = (0,external_node_fs_.existsSync)(dir);
    if (cached) {
        const damage = await cacheDamage(git, dir, { format: 1, url, pinTag: opts.pinTag });
        if (damage.length) {
            opts.log.warning(`${track.name}: not using the upstream cache ${dir}: ${damage.join('; ')}. Fetching it again.`);
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            cached = false;
        }
    }
    if (!cached) {
        await createClone(git, dir, url, opts.pinTag);
        // A new pin: the repositories of pins no run has used for a long time can go.
        await pruneSiblings(dir, opts.log);
    }
    markUsed(dir);
    const branch = track.upstream.branch;
    const tipRef = tipRefName(branch);
    const full = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'objects')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'shallow')) && (await hasRef(git, tipRef));
    const tryFetch = (args) => git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', ...args], { allowFailure: true });
    const fetch = async (args) => (await tryFetch(args)).code === 0;
    // The branch itself is the big transfer (a cold Linux stable fetch is gigabytes): with progress.
    const fetchBranch = async (args) => {
        const progress = fetchProgress(opts.log, `${track.name}: fetching ${branch}`);
        const r = await git.exec(['fetch', '--no-tags', '--progress', '--no-write-fetch-head', ...args], {
            allowFailure: true,
            onStderr: progress.onStderr
        });
        progress.done();
        return r;
    };
    // Parents of grafted commits: the branch itself was fetched, so a failure here is not the
    // configuration's (no InputError: the other tracks of a run go on).
    const cannotFetch = (shas, stderr) => new Error(`cannot fetch ${shas.join(', ')} of ${track.upstream.url} (track ${track.name}): ${stderr.trim().split('\n').pop()}`);
    // Nothing new upstream (same tip, pin already here): no fetch at all, one ls-remote. With a cache
    // present, the remote and local questions are asked at the same time.
    if (cached) {
        const remote = git.text(['ls-remote', url, `refs/heads/${branch}`], { allowFailure: true });
        remote.catch(() => undefined); // awaited below
        const local = await localRefs(git, `refs/tags/${opts.pinTag}`, tipRef);
        const pinSha = local.get(`refs/tags/${opts.pinTag}`);
        const tipSha = local.get(tipRef);
        if (pinSha)
            opts.onCachedPin?.(dir, pinSha);
        if (pinSha && tipSha && (await remote).split('\t')[0] === tipSha) {
            opts.log.debug(`${track.name}: ${branch} unchanged at ${tipSha}; cache is current`);
            return { git, dir, tipRef: branch, tipSha, url, pinSha };
        }
    }
    // From here on the cache is being changed: a run killed before the end leaves this marker, and
    // the next run starts over instead of trusting a half-repaired shallow state.
    (0,external_node_fs_.writeFileSync)(fetchingMarker(dir), `${process.pid}\n`);
    const tag = opts.pinTag;
    if (!(await fetch(['--depth=1', url, `+refs/tags/${tag}:refs/tags/${tag}`])) &&
        !(await hasRef(git, `refs/tags/${tag}`))) {
        const tags = await remoteTags(git, url);
        if (!tags.includes(tag)) {
            const [before, after = ''] = track.upstream.tag.split('{version}');
            const near = (0,nearest/* nearestTags */.E)(tag.slice(before.length, tag.length - after.length), tags, track.upstream.tag);
            throw new errors/* InputError */.dz(`upstream ${track.upstream.url} has no tag ${tag} (track ${track.name}: tag template "${track.upstream.tag}"). ` +
                `Nearest existing tags: ${near.join(', ') || '(none)'}. Fix the pinned version (debian/changelog or the track's pin) or the tag template.`);
        }
    }
    const branchSpec = `+refs/heads/${branch}:${tipRef}`;
    // Without --shallow-exclude only where the server cannot do it (dumb http, very old git): a fetch
    // that failed for another reason (network, killed) must not bring history below the pin.
    let r = await fetchBranch(full ? [url, branchSpec] : [`--shallow-exclude=refs/tags/${opts.pinTag}`, url, branchSpec]);
    if (r.code !== 0 && !full && /does not support (--)?shallow|shallow capabilit/i.test(r.stderr))
        r = await fetchBranch([url, branchSpec]);
    // The pin has every commit of the branch (a release tagged at the branch tip, nothing fixed since):
    // git refuses a shallow fetch that selects nothing. The tip alone is then all there is to know.
    if (r.code !== 0 && !full && /no commits selected for shallow requests/.test(r.stderr))
        r = await tipBelowThePin();
    if (r.code !== 0) {
        const said = r.stderr
            .split(/[\r\n]/)
            .filter(l => l.trim() && !/^(remote: )?[A-Z][a-z]+( [a-z]+)*: +\d+%/.test(l))
            .pop();
        throw new errors/* InputError */.dz(`cannot fetch branch ${branch} of ${track.upstream.url} (track ${track.name}): ${said?.trim() ?? `git fetch exited ${r.code}`}. ` +
            'Check upstream.url and upstream.branch.');
    }
    async function tipBelowThePin() {
        const remote = await git.exec(['ls-remote', url, `refs/heads/${branch}`], { allowFailure: true });
        const tip = remote.stdout.toString('latin1').split('\t')[0];
        if (remote.code !== 0)
            return remote;
        // The branch went away between the fetch and this question: an error, never an empty walk.
        if (!/^[0-9a-f]{40,64}$/.test(tip))
            return { code: 1, stderr: `upstream has no refs/heads/${branch}` };
        const pinned = await git.text(['rev-parse', '--verify', `refs/tags/${opts.pinTag}^{commit}`]);
        // Fetched alone and named below the pin (the walk excludes it): pin..tip is empty.
        if (tip !== pinned) {
            const f = await fetchBranch(['--depth=1', url, `+${tip}:${BELOW_THE_PIN}${tip}`]);
            if (f.code !== 0)
                return f;
        }
        await git.exec(['update-ref', tipRef, tip]);
        return { code: 0, stderr: '' };
    }
    const leaves = new Set((await git.text(['for-each-ref', '--format=%(objectname)', BELOW_THE_PIN])).split('\n').filter(Boolean));
    const pin = await git.text(['rev-parse', '--verify', '--quiet', `refs/tags/${opts.pinTag}^{commit}`], {
        allowFailure: true
    });
    if (pin)
        leaves.add(pin);
    const pinTag = opts.pinTag;
    await repairShallow(git, dir, {
        aboveThePin: async (sha) => {
            const r = await tryFetch([
                `--shallow-exclude=refs/tags/${pinTag}`,
                url,
                `+${sha}:refs/stable-sync/history/${sha}`
            ]);
            if (r.code === 0)
                return true;
            // What the remote says of a commit the pin already contains (nothing left to send).
            if (/no commits selected for shallow requests/.test(r.stderr))
                return false;
            throw cannotFetch([sha], r.stderr);
        },
        belowThePin: async (shas) => {
            const r = await tryFetch(['--depth=1', url, ...shas.map(s => `+${s}:${BELOW_THE_PIN}${s}`)]);
            if (r.code !== 0)
                throw cannotFetch(shas, r.stderr);
        }
    }, leaves);
    const tipSha = await git.text(['rev-parse', '--verify', `${tipRef}^{commit}`]);
    recordObjects(dir);
    (0,external_node_fs_.unlinkSync)(fetchingMarker(dir));
    opts.log.debug(`${track.name}: fetched ${branch} at ${tipSha} into ${dir}`);
    return { git, dir, tipRef: branch, tipSha, url };
}
/**
 * The commits that refs name in the cache, in one `for-each-ref` (a tag is peeled once; a ref that
 * is missing or does not end at a commit is left out).
 */
async function localRefs(git, ...refs) {
    const out = await git.text([
        'for-each-ref',
        '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)',
        ...refs
    ]);
    const found = new Map();
    for (const line of out.split('\n')) {
        const [name, type, sha, peeledType, peeled] = line.split('\0');
        if (!refs.includes(name))
            continue; // for-each-ref also lists refs below a name
        if (type === 'commit')
            found.set(name, sha);
        else if (type === 'tag' && peeledType === 'commit')
            found.set(name, peeled);
    }
    return found;
}
async function hasRef(git, ref) {
    return git.test(['rev-parse', '--verify', '--quiet', ref]);
}


/***/ }),

/***/ 6797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ withDirLock)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8500);





/** The holder touches its owner file this often; a lock not touched for STALE_MS is abandoned. */
const HEARTBEAT_MS = 10_000;
const STALE_MS = 120_000;
/** Lock directories held by the current async call chain (so the engine may take one again inside). */
const held = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
function readOwner(lockDir) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`${lockDir}/owner`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Milliseconds since the lock (its owner file, else the directory) was last touched; undefined if gone. */
function idleFor(lockDir, now) {
    for (const path of [`${lockDir}/owner`, lockDir]) {
        try {
            return now - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mtimeMs;
        }
        catch {
            // not there (yet, or any more)
        }
    }
    return undefined;
}
/**
 * A lock nobody will release: its holder stopped touching it (died on another host, or in a
 * container that is gone), or its process is gone on this host.
 */
function isStale(lockDir, owner, now) {
    const idle = idleFor(lockDir, now);
    if (idle === undefined)
        return false; // released meanwhile: the next mkdir tells
    if (idle > STALE_MS)
        return true;
    if (!owner || owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)())
        return false;
    try {
        process.kill(owner.pid, 0);
        return false;
    }
    catch (e) {
        return e.code === 'ESRCH';
    }
}
const sameOwner = (a, b) => a?.host === b?.host && a?.pid === b?.pid && a?.since === b?.since;
/**
 * Move a stale lock out of the way. Renaming first (atomic) and checking that what was moved is
 * the lock judged stale means two waiters cannot both take over, nor remove a lock just taken.
 */
function removeStale(lockDir, judged) {
    const aside = `${lockDir}.stale-${process.pid}-${Date.now()}`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(lockDir, aside);
    }
    catch {
        return; // another waiter moved it first
    }
    if (sameOwner(readOwner(aside), judged)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(aside, { recursive: true, force: true });
        return;
    }
    // Someone took the lock between our look and the rename: give it back.
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(aside, lockDir);
    }
    catch {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(aside, { recursive: true, force: true });
    }
}
/**
 * Run `fn` holding `<dir>.lock`, so two stable-sync runs that share a cache (two tracks of one
 * upstream on a self-hosted runner, a maintainer's CLI beside a timer) take turns on one upstream
 * clone instead of racing git's ref locks and each other's cache files. The lock is a directory
 * (mkdir is atomic) whose owner file the holder touches every 10 s; a lock whose process is gone,
 * or that nobody touched for 2 minutes, is taken over. Inside `fn` the same call chain may take
 * the lock again (re-entrant); other async work in the process waits like any other run.
 */
async function withDirLock(dir, o, fn) {
    const lockDir = `${dir}.lock`;
    const mine = held.getStore();
    if (mine?.has(lockDir))
        return fn();
    const deadline = Date.now() + (o.timeoutMs ?? 15 * 60 * 1000);
    let told = false;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(lockDir), { recursive: true });
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(lockDir);
            break;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
        const owner = readOwner(lockDir);
        if (isStale(lockDir, owner, Date.now())) {
            o.log.warning(`taking over ${lockDir}: its owner (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}) is gone`);
            removeStale(lockDir, owner);
            continue;
        }
        if (Date.now() > deadline) {
            // Not an InputError: the configuration is fine, and the other tracks of a run can go on.
            throw new Error(`${lockDir} is held by another stable-sync run (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}` +
                `${owner ? ` since ${new Date(owner.since).toISOString()}` : ''}). Wait for it, or remove the directory if no run is active.`);
        }
        if (!told) {
            o.log.info(`waiting for ${lockDir} (held by pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'})`);
            told = true;
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(o.pollMs ?? 250);
    }
    const ownerFile = `${lockDir}/owner`;
    const heartbeat = setInterval(() => {
        try {
            const now = new Date();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.utimesSync)(ownerFile, now, now);
        }
        catch {
            // the lock was taken from us (judged stale): nothing to touch
        }
    }, HEARTBEAT_MS);
    heartbeat.unref();
    try {
        const owner = { host: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(), pid: process.pid, since: Date.now() };
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(ownerFile, JSON.stringify(owner));
        return await held.run(new Set([...(mine ?? []), lockDir]), fn);
    }
    finally {
        clearInterval(heartbeat);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(lockDir, { recursive: true, force: true });
    }
}


/***/ })

};
