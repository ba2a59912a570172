export const id = 192;
export const ids = [192];
export const modules = {

/***/ 5402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parseNow),
/* harmony export */   N: () => (/* binding */ isDay),
/* harmony export */   iC: () => (/* binding */ dayOfTimestamp),
/* harmony export */   kb: () => (/* binding */ dayOf)
/* harmony export */ });
/* unused harmony export dayStart */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Is `s` a real calendar day written YYYY-MM-DD (2026-02-30 is not)? */
function isDay(s) {
    const m = DAY.exec(s);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return (d.getUTCFullYear() === Number(m[1]) &&
        d.getUTCMonth() === Number(m[2]) - 1 &&
        d.getUTCDate() === Number(m[3]));
}
/** The UTC day of an instant. */
function dayOf(date) {
    return date.toISOString().slice(0, 10);
}
/** Midnight UTC of a day, as a Date (for changelog trailers and EngineOptions.now). */
function dayStart(day) {
    return new Date(`${day}T00:00:00Z`);
}
/**
 * Parse the `--now DATE` option: a YYYY-MM-DD day, or undefined for today. Returns the instant the
 * run should treat as "now": the given day at 12:00 UTC (the middle of the day, so a changelog date
 * written from it reads as that day in every time zone near UTC), or the real clock.
 */
function parseNow(value, clock = () => new Date()) {
    if (value === undefined)
        return clock();
    if (!isDay(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--now ${JSON.stringify(value)} is not a date. Write it as YYYY-MM-DD (for example --now 2026-11-25)`);
    }
    return new Date(`${value}T12:00:00Z`);
}
/** The day of a GitHub `due_on` timestamp (`2026-12-01T08:00:00Z`), in UTC. */
function dayOfTimestamp(timestamp) {
    const t = Date.parse(timestamp);
    return Number.isNaN(t) ? undefined : dayOf(new Date(t));
}


/***/ }),

/***/ 3192:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ commonOptions),
/* harmony export */   e: () => (/* binding */ loadCommandConfig)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(647);


/** Options most engine commands share. */
const commonOptions = {
    repo: { type: 'string' },
    config: { type: 'string' },
    track: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' }
};
/**
 * The packaging repository (`--repo`, default: the working directory) and its loaded configuration
 * (`--config`, default: <repo>/.github/stable-sync.yml). A bad configuration throws ConfigError (exit 2).
 */
async function loadCommandConfig(ctx) {
    const repoDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, ctx.values.repo ?? '.');
    const file = ctx.values.config ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.cwd, ctx.values.config) : (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultConfigPath */ .jE)(repoDir);
    return { repoDir, config: await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(file, { repoDir }) };
}


/***/ }),

/***/ 647:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jE: () => (/* binding */ defaultConfigPath),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: parseConfig

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/errors.js
var build_errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/calendar/day.js
var day = __webpack_require__(5402);
;// CONCATENATED MODULE: ./build/config/checks.js


const isMapping = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const checks_text = (v) => typeof v === 'string' && v !== '';
const describeChar = (c) => c === ' '
    ? 'a space'
    : c === '\t'
        ? 'a tab'
        : c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f
            ? 'a control character'
            : `'${c}'`;
/** Why `name` cannot follow `stable-sync/` in a git branch name, if it cannot. */
function branchNameProblem(name) {
    const bad = [...name].find(c => !/[A-Za-z0-9._-]/.test(c));
    if (bad)
        return `contains ${describeChar(bad)}`;
    if (!/^[A-Za-z0-9]/.test(name))
        return `starts with '${name[0]}'`;
    if (name.includes('..'))
        return "contains '..'";
    if (name.endsWith('.lock'))
        return "ends with '.lock'";
    if (name.endsWith('.'))
        return "ends with '.'";
    return undefined;
}
function branchNameSuggestion(name) {
    const cleaned = name
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[^A-Za-z0-9]+/, '')
        .replace(/(\.lock|[.-])+$/, '');
    return cleaned || 'main';
}
const EVENTS = ['feature-freeze', 'beta-freeze', 'release'];
function checkDate(path, value) {
    if ((0,day/* isDay */.N)(value))
        return undefined;
    const loose = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
    const padded = loose && `${loose[1]}-${loose[2].padStart(2, '0')}-${loose[3].padStart(2, '0')}`;
    return {
        path,
        problem: `'${value}' is not a valid date`,
        hint: padded && (0,day/* isDay */.N)(padded)
            ? `Write it as YYYY-MM-DD: ${padded}`
            : 'Write a real calendar day as YYYY-MM-DD, e.g. 2026-02-19'
    };
}
function checkCalendar(path, calendar, problems) {
    const milestones = isMapping(calendar.milestones) ? calendar.milestones : {};
    for (const event of EVENTS) {
        const value = calendar[event];
        if (checks_text(value)) {
            const bad = checkDate([...path, event], value);
            if (bad)
                problems.push(bad);
        }
        if (value !== undefined && milestones[event] !== undefined) {
            problems.push({
                path: [...path, 'milestones', event],
                problem: `both ${event} and milestones.${event} are set`,
                hint: `Keep one: a fixed date (${event}: 2026-02-19) or a GitHub milestone title (milestones.${event})`
            });
        }
    }
}
/** Dates must come in the order feature-freeze ≤ beta-freeze ≤ release. */
function checkOrder(events, problems) {
    const dated = EVENTS.flatMap(e => {
        const source = events[e];
        return source?.date && (0,day/* isDay */.N)(source.date) ? [{ event: e, ...source, date: source.date }] : [];
    });
    for (let i = 1; i < dated.length; i++) {
        const [before, after] = [dated[i - 1], dated[i]];
        if (after.date < before.date) {
            problems.push({
                path: after.path,
                problem: `${after.event} ${after.date} comes before ${before.event} ${before.date}`,
                hint: 'The order is feature-freeze, then beta-freeze, then release: fix one of the dates'
            });
        }
    }
}
function calendarEvents(path, calendar) {
    if (!isMapping(calendar))
        return {};
    const milestones = isMapping(calendar.milestones) ? calendar.milestones : {};
    const events = {};
    for (const e of EVENTS) {
        if (checks_text(calendar[e]))
            events[e] = { path: [...path, e], date: calendar[e] };
        else if (milestones[e] !== undefined)
            events[e] = { path: [...path, 'milestones', e] };
    }
    return events;
}
function checkTag(path, tag) {
    const unknown = [...tag.matchAll(/\{([^{}]*)\}/g)].map(m => m[1]).find(p => p !== 'version');
    if (tag.includes('{version}') && unknown === undefined) {
        if (tag.includes('${version}')) {
            return {
                path,
                problem: `tag template '${tag}' has a '$' before {version}`,
                hint: `Write tag: "${tag.replace('${version}', '{version}')}"`
            };
        }
        if (/\s/.test(tag))
            return {
                path,
                problem: `tag template '${tag}' contains whitespace`,
                hint: 'Git tag names cannot contain spaces'
            };
        return undefined;
    }
    const guess = unknown !== undefined
        ? tag.replace(`{${unknown}}`, '{version}')
        : tag.replace(/\d+(?:\.\d+)+(?:[-~.]?rc\d+)?/, '{version}');
    const problem = unknown !== undefined && !/^\s*version\s*$/i.test(unknown)
        ? `tag template '${tag}' uses the unknown placeholder {${unknown}}`
        : `tag template '${tag}' does not contain {version}`;
    const hint = guess.includes('{version}')
        ? `Write tag: "${guess}": stable-sync puts the pinned upstream version where {version} stands`
        : `Put {version} where the upstream version goes in the tag, e.g. tag: "v{version}"`;
    return { path, problem, hint };
}
function checkCommitUrl(path, url) {
    if (!/^https?:\/\/\S+$/.test(url)) {
        return {
            path,
            problem: `commit-url '${url}' is not an http(s) URL`,
            hint: 'Give the web page of one commit with {sha}, e.g. https://gitlab.com/qemu-project/qemu/-/commit/{sha}'
        };
    }
    if (url.includes('{sha}'))
        return undefined;
    const guess = url.replace(/\b[0-9a-f]{7,40}\b/, '{sha}');
    return {
        path,
        problem: `commit-url '${url}' does not contain {sha}`,
        hint: guess.includes('{sha}')
            ? `Write commit-url: ${guess}`
            : 'Put {sha} where the commit id goes, e.g. https://gitlab.com/qemu-project/qemu/-/commit/{sha}'
    };
}
function checkPin(path, pin) {
    if (pin === 'changelog' || /^[0-9][A-Za-z0-9.+~-]*$/.test(pin))
        return undefined;
    let hint = `Write pin: changelog (the upstream part of debian/changelog's top version) or an upstream version, e.g. pin: "8.2.2"`;
    if (/^changelog$/i.test(pin))
        hint = 'Write it in lower case: pin: changelog';
    else if (/^[A-Za-z]+[-_]?[0-9]/.test(pin)) {
        const version = pin.replace(/^[A-Za-z]+[-_]?/, '');
        hint = `Drop the '${pin.slice(0, pin.length - version.length)}': pin is the upstream version ("${version}"); the tag template adds the prefix`;
    }
    else if (/^[0-9]+:/.test(pin))
        hint = `Drop the epoch: pin: "${pin.replace(/^[0-9]+:/, '')}"`;
    return { path, problem: `pin '${pin}' is neither 'changelog' nor an upstream version`, hint };
}
/** A repository-relative directory that stays inside the repository, or why not. */
function insideProblem(value) {
    if ((0,external_node_path_.isAbsolute)(value) || value.startsWith('~'))
        return 'is an absolute path';
    const normal = external_node_path_.posix.normalize(value);
    if (normal === '..' || normal.startsWith('../'))
        return 'points outside the repository';
    return undefined;
}
function checkPackage(path, dir) {
    const outside = insideProblem(dir);
    if (outside) {
        return {
            path,
            problem: `package directory '${dir}' ${outside}`,
            hint: "Give the directory holding debian/ relative to the repository root, e.g. '.' or 'kvm'"
        };
    }
    const normal = external_node_path_.posix.normalize(dir).replace(/\/+$/, '');
    if (normal === 'debian' || normal.endsWith('/debian')) {
        const parent = external_node_path_.posix.dirname(normal);
        return {
            path,
            problem: `package '${dir}' is the debian/ directory itself`,
            hint: `Give the directory that holds debian/: package: ${parent === '.' ? '.' : parent}`
        };
    }
    return undefined;
}
function checkPatchDir(path, dir) {
    const normal = external_node_path_.posix.normalize(dir).replace(/\/+$/, '');
    if (!insideProblem(dir) && (normal === 'debian/patches' || normal.startsWith('debian/patches/')))
        return undefined;
    return {
        path,
        problem: `patch-dir '${dir}' is not inside debian/patches`,
        hint: `quilt series entries are relative to debian/patches; ${normal.startsWith('patches/')
            ? `write patch-dir: debian/${normal}`
            : 'use e.g. patch-dir: debian/patches/stable'} (relative to the package directory)`
    };
}
function checkSubject(path, pattern) {
    try {
        new RegExp(pattern, 'i');
        return undefined;
    }
    catch (e) {
        return {
            path,
            problem: `invalid regular expression ${JSON.stringify(pattern)}: ${e.message.replace(/^Invalid regular expression: /, '')}`,
            hint: 'exclude.subjects are JavaScript regular expressions matched case-insensitively against commit subjects; ' +
                "escape special characters with a backslash, e.g. '^Revert \\(' (YAML single quotes keep backslashes as written)"
        };
    }
}
const ARCH_ALIASES = {
    x86_64: 'amd64',
    aarch64: 'arm64',
    x86: 'i386',
    ppc64le: 'ppc64el'
};
function checkTopLevel(data, problems) {
    const maintainer = data.maintainer;
    if (isMapping(maintainer)) {
        if (checks_text(maintainer.name) && /[<>\n]/.test(maintainer.name)) {
            problems.push({
                path: ['maintainer', 'name'],
                problem: `name '${maintainer.name}' contains '<', '>' or a line break`,
                hint: 'Give the name alone and the address in maintainer.email'
            });
        }
        if (checks_text(maintainer.email) && !/^[^@\s<>]+@[^@\s<>]+$/.test(maintainer.email)) {
            const bare = /<([^<>]+)>/.exec(maintainer.email)?.[1];
            problems.push({
                path: ['maintainer', 'email'],
                problem: `'${maintainer.email}' is not an email address`,
                hint: bare
                    ? `Write the bare address: email: ${bare}`
                    : 'Write the bare address, e.g. email: jane@example.org'
            });
        }
    }
    if (checks_text(data.distribution) && !/^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(data.distribution)) {
        problems.push({
            path: ['distribution'],
            problem: `'${data.distribution}' is not a distribution name`,
            hint: 'Use one suite or codename, e.g. UNRELEASED, unstable or noble'
        });
    }
    if (isMapping(data.build) && Array.isArray(data.build.arches)) {
        data.build.arches.forEach((arch, i) => {
            if (checks_text(arch) && !/^[a-z0-9]+$/.test(arch)) {
                const alias = ARCH_ALIASES[arch.toLowerCase()];
                problems.push({
                    path: ['build', 'arches', i],
                    problem: `'${arch}' is not a Debian architecture name`,
                    hint: alias ? `Debian calls it ${alias}` : 'Use Debian architecture names, e.g. amd64, arm64, i386'
                });
            }
        });
    }
    if (isMapping(data.calendar)) {
        checkCalendar(['calendar'], data.calendar, problems);
        checkOrder(calendarEvents(['calendar'], data.calendar), problems);
    }
}
function checkTrack(track, at, topCalendar, problems) {
    const push = (p) => void (p && problems.push(p));
    if (checks_text(track.name)) {
        const why = branchNameProblem(track.name);
        if (why) {
            problems.push({
                path: [...at, 'name'],
                problem: `track name '${track.name}' cannot be used in the git branch name 'stable-sync/${track.name}' (it ${why})`,
                hint: `Use letters, digits, '.', '_' and '-', starting with a letter or digit, e.g. name: ${branchNameSuggestion(track.name)}`
            });
        }
    }
    const upstream = track.upstream;
    if (isMapping(upstream)) {
        if (typeof upstream.tag === 'string')
            push(checkTag([...at, 'upstream', 'tag'], upstream.tag));
        if (checks_text(upstream['commit-url']))
            push(checkCommitUrl([...at, 'upstream', 'commit-url'], upstream['commit-url']));
    }
    if (checks_text(track.package))
        push(checkPackage([...at, 'package'], track.package));
    if (checks_text(track.pin))
        push(checkPin([...at, 'pin'], track.pin));
    if (checks_text(track['patch-dir']))
        push(checkPatchDir([...at, 'patch-dir'], track['patch-dir']));
    if (isMapping(track.exclude) && Array.isArray(track.exclude.subjects)) {
        track.exclude.subjects.forEach((s, i) => checks_text(s) && push(checkSubject([...at, 'exclude', 'subjects', i], s)));
    }
    if (isMapping(track.calendar)) {
        checkCalendar([...at, 'calendar'], track.calendar, problems);
        // A track's calendar overrides the top-level one event by event: check the order of the result.
        checkOrder({
            ...calendarEvents(['calendar'], topCalendar),
            ...calendarEvents([...at, 'calendar'], track.calendar)
        }, problems);
    }
}
/** Problems beyond the JSON Schema's reach, in file order. */
function semanticProblems(data, ctx) {
    const problems = [];
    if (!isMapping(data))
        return problems;
    checkTopLevel(data, problems);
    if (!Array.isArray(data.tracks))
        return problems;
    const firstByName = new Map();
    data.tracks.forEach((track, i) => {
        if (!isMapping(track))
            return;
        checkTrack(track, ['tracks', i], data.calendar, problems);
        if (!checks_text(track.name))
            return;
        const first = firstByName.get(track.name);
        if (first === undefined) {
            firstByName.set(track.name, i);
            return;
        }
        const line = ctx.lineOf(['tracks', first, 'name']);
        problems.push({
            path: ['tracks', i, 'name'],
            problem: `duplicate track name '${track.name}': tracks[${first}]${line ? ` (line ${line})` : ''} already uses it`,
            hint: `Rename one of them: each track names its own pull request branch stable-sync/<name>`
        });
    });
    return problems;
}

// EXTERNAL MODULE: ./build/config/normalize.js
var normalize = __webpack_require__(6328);
;// CONCATENATED MODULE: ./build/config/problems.js

/**
 * Several problems found in one pass, reported together so a user fixes them all at once. It is a
 * ConfigError whose `location`, `problem` and `hint` are the first one's; `errors` lists them all.
 */
class ConfigErrors extends build_errors/* ConfigError */.xL {
    errors;
    constructor(errors) {
        const [first] = errors;
        super(first.location, first.problem, first.hint);
        this.errors = errors;
        if (errors.length > 1) {
            this.message = [
                `${errors.length} problems in ${first.location.file}:`,
                ...errors.map(e => `  - ${e.message}`)
            ].join('\n');
        }
    }
}
/** Throw `errors` as one ConfigError (the single one itself, or all of them aggregated). */
function throwConfigErrors(errors) {
    throw errors.length === 1 ? errors[0] : new ConfigErrors(errors);
}

;// CONCATENATED MODULE: ./schema/stable-sync.schema.json
const stable_sync_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"stable-sync configuration (.github/stable-sync.yml)","description":"Which upstream stable trees a Debian packaging repository follows, and how their fixes become a quilt series.","type":"object","additionalProperties":false,"required":["tracks"],"properties":{"tracks":{"description":"One entry per upstream stable tree followed.","type":"array","minItems":1,"items":{"$ref":"#/definitions/track"},"examples":[[{"name":"qemu","upstream":{"url":"https://gitlab.com/qemu-project/qemu.git","branch":"stable-8.2","tag":"v{version}"}}]]},"maintainer":{"description":"Name and email written into debian/changelog trailers and commits (default: DEBFULLNAME and DEBEMAIL from the environment).","type":"object","additionalProperties":false,"required":["name","email"],"properties":{"name":{"description":"Full name, as in a changelog trailer.","type":"string","minLength":1,"pattern":"^[^<>\\\\n]+$","examples":["Jane Doe"]},"email":{"description":"Email address, without angle brackets.","type":"string","pattern":"^[^@\\\\s<>]+@[^@\\\\s<>]+$","examples":["jane@example.org"]}}},"distribution":{"description":"Distribution written into new debian/changelog entries.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9.+-]*$","default":"UNRELEASED","examples":["UNRELEASED","noble"]},"calendar":{"$ref":"#/definitions/calendar"},"build":{"description":"Package build matrix for the reusable workflow (releases x arches).","type":"object","additionalProperties":false,"required":["releases"],"properties":{"releases":{"description":"Container images of the releases to build for, as <distro>:<codename>.","type":"array","items":{"type":"string","minLength":1},"examples":[["ubuntu:noble","debian:bookworm"]]},"arches":{"description":"Debian architectures to build for.","type":"array","items":{"type":"string","pattern":"^[a-z0-9]+$"},"default":["amd64"],"examples":[["amd64","arm64"]]}}}},"definitions":{"track":{"description":"One upstream stable tree followed as a quilt series.","type":"object","additionalProperties":false,"required":["name","upstream"],"properties":{"name":{"description":"Unique track name; names the pull request branch stable-sync/<name>.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","examples":["qemu"]},"upstream":{"description":"The upstream stable tree.","type":"object","additionalProperties":false,"required":["url","branch","tag"],"properties":{"url":{"description":"Any git URL, file:// URL or local path (relative to the packaging repository).","type":"string","minLength":1,"examples":["https://gitlab.com/qemu-project/qemu.git"]},"branch":{"description":"The stable branch followed.","type":"string","minLength":1,"examples":["stable-8.2","linux-6.1.y"]},"tag":{"description":"Maps the pinned upstream version to an upstream tag; must contain {version}.","type":"string","pattern":"\\\\{version\\\\}","examples":["v{version}"]},"commit-url":{"description":"Web URL of one upstream commit, with {sha}; used in DEP-3 Origin (default: commit:<sha>).","type":"string","pattern":"\\\\{sha\\\\}","examples":["https://gitlab.com/qemu-project/qemu/-/commit/{sha}"]}},"examples":[{"url":"https://gitlab.com/qemu-project/qemu.git","branch":"stable-8.2","tag":"v{version}"}]},"package":{"description":"Directory holding debian/, relative to the repository root.","type":"string","minLength":1,"default":".","examples":[".","kvm"]},"pin":{"description":"Pinned upstream version: \'changelog\' (upstream part of debian/changelog\'s top version) or an explicit upstream version.","type":"string","pattern":"^(changelog|[0-9][A-Za-z0-9.+~-]*)$","default":"changelog","examples":["changelog","8.2.2"]},"paths":{"description":"Only commits touching these globs are taken (empty: all paths). \'*\' within a segment, \'**\' any depth, \'?\' one character, \'dir/\' or a bare directory name: everything below it.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["arch/x86/kvm/**","virt/kvm/**","include/linux/kvm*"]]},"exclude":{"description":"Commits never taken.","type":"object","additionalProperties":false,"properties":{"paths":{"description":"Globs of paths never taken (same syntax as paths).","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["tests/**","docs/"]]},"subjects":{"description":"Regular expressions (JavaScript syntax, case-insensitive) matched against commit subjects.","type":"array","items":{"type":"string","minLength":1},"default":[],"examples":[["^Revert \\"","\\\\bci\\\\b"]]}},"examples":[{"paths":["tests/"],"subjects":["^Revert "]}]},"patch-dir":{"description":"Where new patches are written, relative to the package directory; inside debian/patches.","type":"string","pattern":"^debian/patches(/.*)?$","default":"debian/patches/stable","examples":["debian/patches/stable"]},"version-files":{"description":"Files whose only change marks an upstream version-bump commit (skipped).","type":"array","items":{"type":"string","minLength":1},"default":["VERSION","Changelog"],"examples":[["VERSION","Changelog"],["Makefile"]]},"calendar":{"$ref":"#/definitions/calendar"}}},"calendar":{"description":"Freeze calendar: before feature-freeze the pin follows the newest stable release, until beta-freeze only fixes, then nothing is proposed. A track\'s calendar overrides the top-level one event by event.","type":"object","additionalProperties":false,"properties":{"feature-freeze":{"$ref":"#/definitions/date","description":"Feature Freeze date (YYYY-MM-DD)."},"beta-freeze":{"$ref":"#/definitions/date","description":"Beta Freeze date (YYYY-MM-DD)."},"release":{"$ref":"#/definitions/date","description":"Release date (YYYY-MM-DD)."},"milestones":{"description":"Read the dates from these GitHub milestones (by title, their due dates) instead of fixed dates.","type":"object","additionalProperties":false,"properties":{"feature-freeze":{"type":"string","minLength":1,"examples":["Feature Freeze"]},"beta-freeze":{"type":"string","minLength":1,"examples":["Beta Freeze"]},"release":{"type":"string","minLength":1,"examples":["24.04"]}}}}},"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","examples":["2026-02-19"]}}}');
;// CONCATENATED MODULE: ./build/config/schema-validate.generated.js
// Generated by scripts/build-config-validator.mjs from schema/stable-sync.schema.json: do not edit.

const validate = validate10
/* harmony default export */ const schema_validate_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'stable-sync configuration (.github/stable-sync.yml)',
  description:
    'Which upstream stable trees a Debian packaging repository follows, and how their fixes become a quilt series.',
  type: 'object',
  additionalProperties: false,
  required: ['tracks'],
  properties: {
    tracks: {
      description: 'One entry per upstream stable tree followed.',
      type: 'array',
      minItems: 1,
      items: { $ref: '#/definitions/track' },
      examples: [
        [
          {
            name: 'qemu',
            upstream: {
              url: 'https://gitlab.com/qemu-project/qemu.git',
              branch: 'stable-8.2',
              tag: 'v{version}'
            }
          }
        ]
      ]
    },
    maintainer: {
      description:
        'Name and email written into debian/changelog trailers and commits (default: DEBFULLNAME and DEBEMAIL from the environment).',
      type: 'object',
      additionalProperties: false,
      required: ['name', 'email'],
      properties: {
        name: {
          description: 'Full name, as in a changelog trailer.',
          type: 'string',
          minLength: 1,
          pattern: '^[^<>\\n]+$',
          examples: ['Jane Doe']
        },
        email: {
          description: 'Email address, without angle brackets.',
          type: 'string',
          pattern: '^[^@\\s<>]+@[^@\\s<>]+$',
          examples: ['jane@example.org']
        }
      }
    },
    distribution: {
      description: 'Distribution written into new debian/changelog entries.',
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9.+-]*$',
      default: 'UNRELEASED',
      examples: ['UNRELEASED', 'noble']
    },
    calendar: { $ref: '#/definitions/calendar' },
    build: {
      description: 'Package build matrix for the reusable workflow (releases x arches).',
      type: 'object',
      additionalProperties: false,
      required: ['releases'],
      properties: {
        releases: {
          description: 'Container images of the releases to build for, as <distro>:<codename>.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          examples: [['ubuntu:noble', 'debian:bookworm']]
        },
        arches: {
          description: 'Debian architectures to build for.',
          type: 'array',
          items: { type: 'string', pattern: '^[a-z0-9]+$' },
          default: ['amd64'],
          examples: [['amd64', 'arm64']]
        }
      }
    }
  },
  definitions: {
    track: {
      description: 'One upstream stable tree followed as a quilt series.',
      type: 'object',
      additionalProperties: false,
      required: ['name', 'upstream'],
      properties: {
        name: {
          description: 'Unique track name; names the pull request branch stable-sync/<name>.',
          type: 'string',
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
          examples: ['qemu']
        },
        upstream: {
          description: 'The upstream stable tree.',
          type: 'object',
          additionalProperties: false,
          required: ['url', 'branch', 'tag'],
          properties: {
            url: {
              description: 'Any git URL, file:// URL or local path (relative to the packaging repository).',
              type: 'string',
              minLength: 1,
              examples: ['https://gitlab.com/qemu-project/qemu.git']
            },
            branch: {
              description: 'The stable branch followed.',
              type: 'string',
              minLength: 1,
              examples: ['stable-8.2', 'linux-6.1.y']
            },
            tag: {
              description: 'Maps the pinned upstream version to an upstream tag; must contain {version}.',
              type: 'string',
              pattern: '\\{version\\}',
              examples: ['v{version}']
            },
            'commit-url': {
              description:
                'Web URL of one upstream commit, with {sha}; used in DEP-3 Origin (default: commit:<sha>).',
              type: 'string',
              pattern: '\\{sha\\}',
              examples: ['https://gitlab.com/qemu-project/qemu/-/commit/{sha}']
            }
          },
          examples: [
            { url: 'https://gitlab.com/qemu-project/qemu.git', branch: 'stable-8.2', tag: 'v{version}' }
          ]
        },
        package: {
          description: 'Directory holding debian/, relative to the repository root.',
          type: 'string',
          minLength: 1,
          default: '.',
          examples: ['.', 'kvm']
        },
        pin: {
          description:
            "Pinned upstream version: 'changelog' (upstream part of debian/changelog's top version) or an explicit upstream version.",
          type: 'string',
          pattern: '^(changelog|[0-9][A-Za-z0-9.+~-]*)$',
          default: 'changelog',
          examples: ['changelog', '8.2.2']
        },
        paths: {
          description:
            "Only commits touching these globs are taken (empty: all paths). '*' within a segment, '**' any depth, '?' one character, 'dir/' or a bare directory name: everything below it.",
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
          examples: [['arch/x86/kvm/**', 'virt/kvm/**', 'include/linux/kvm*']]
        },
        exclude: {
          description: 'Commits never taken.',
          type: 'object',
          additionalProperties: false,
          properties: {
            paths: {
              description: 'Globs of paths never taken (same syntax as paths).',
              type: 'array',
              items: { type: 'string', minLength: 1 },
              default: [],
              examples: [['tests/**', 'docs/']]
            },
            subjects: {
              description:
                'Regular expressions (JavaScript syntax, case-insensitive) matched against commit subjects.',
              type: 'array',
              items: { type: 'string', minLength: 1 },
              default: [],
              examples: [['^Revert "', '\\bci\\b']]
            }
          },
          examples: [{ paths: ['tests/'], subjects: ['^Revert '] }]
        },
        'patch-dir': {
          description:
            'Where new patches are written, relative to the package directory; inside debian/patches.',
          type: 'string',
          pattern: '^debian/patches(/.*)?$',
          default: 'debian/patches/stable',
          examples: ['debian/patches/stable']
        },
        'version-files': {
          description: 'Files whose only change marks an upstream version-bump commit (skipped).',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: ['VERSION', 'Changelog'],
          examples: [['VERSION', 'Changelog'], ['Makefile']]
        },
        calendar: { $ref: '#/definitions/calendar' }
      }
    },
    calendar: {
      description:
        "Freeze calendar: before feature-freeze the pin follows the newest stable release, until beta-freeze only fixes, then nothing is proposed. A track's calendar overrides the top-level one event by event.",
      type: 'object',
      additionalProperties: false,
      properties: {
        'feature-freeze': { $ref: '#/definitions/date', description: 'Feature Freeze date (YYYY-MM-DD).' },
        'beta-freeze': { $ref: '#/definitions/date', description: 'Beta Freeze date (YYYY-MM-DD).' },
        release: { $ref: '#/definitions/date', description: 'Release date (YYYY-MM-DD).' },
        milestones: {
          description:
            'Read the dates from these GitHub milestones (by title, their due dates) instead of fixed dates.',
          type: 'object',
          additionalProperties: false,
          properties: {
            'feature-freeze': { type: 'string', minLength: 1, examples: ['Feature Freeze'] },
            'beta-freeze': { type: 'string', minLength: 1, examples: ['Beta Freeze'] },
            release: { type: 'string', minLength: 1, examples: ['24.04'] }
          }
        }
      }
    },
    date: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', examples: ['2026-02-19'] }
  }
}
const schema12 = {
  description: 'One upstream stable tree followed as a quilt series.',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'upstream'],
  properties: {
    name: {
      description: 'Unique track name; names the pull request branch stable-sync/<name>.',
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
      examples: ['qemu']
    },
    upstream: {
      description: 'The upstream stable tree.',
      type: 'object',
      additionalProperties: false,
      required: ['url', 'branch', 'tag'],
      properties: {
        url: {
          description: 'Any git URL, file:// URL or local path (relative to the packaging repository).',
          type: 'string',
          minLength: 1,
          examples: ['https://gitlab.com/qemu-project/qemu.git']
        },
        branch: {
          description: 'The stable branch followed.',
          type: 'string',
          minLength: 1,
          examples: ['stable-8.2', 'linux-6.1.y']
        },
        tag: {
          description: 'Maps the pinned upstream version to an upstream tag; must contain {version}.',
          type: 'string',
          pattern: '\\{version\\}',
          examples: ['v{version}']
        },
        'commit-url': {
          description:
            'Web URL of one upstream commit, with {sha}; used in DEP-3 Origin (default: commit:<sha>).',
          type: 'string',
          pattern: '\\{sha\\}',
          examples: ['https://gitlab.com/qemu-project/qemu/-/commit/{sha}']
        }
      },
      examples: [{ url: 'https://gitlab.com/qemu-project/qemu.git', branch: 'stable-8.2', tag: 'v{version}' }]
    },
    package: {
      description: 'Directory holding debian/, relative to the repository root.',
      type: 'string',
      minLength: 1,
      default: '.',
      examples: ['.', 'kvm']
    },
    pin: {
      description:
        "Pinned upstream version: 'changelog' (upstream part of debian/changelog's top version) or an explicit upstream version.",
      type: 'string',
      pattern: '^(changelog|[0-9][A-Za-z0-9.+~-]*)$',
      default: 'changelog',
      examples: ['changelog', '8.2.2']
    },
    paths: {
      description:
        "Only commits touching these globs are taken (empty: all paths). '*' within a segment, '**' any depth, '?' one character, 'dir/' or a bare directory name: everything below it.",
      type: 'array',
      items: { type: 'string', minLength: 1 },
      default: [],
      examples: [['arch/x86/kvm/**', 'virt/kvm/**', 'include/linux/kvm*']]
    },
    exclude: {
      description: 'Commits never taken.',
      type: 'object',
      additionalProperties: false,
      properties: {
        paths: {
          description: 'Globs of paths never taken (same syntax as paths).',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
          examples: [['tests/**', 'docs/']]
        },
        subjects: {
          description:
            'Regular expressions (JavaScript syntax, case-insensitive) matched against commit subjects.',
          type: 'array',
          items: { type: 'string', minLength: 1 },
          default: [],
          examples: [['^Revert "', '\\bci\\b']]
        }
      },
      examples: [{ paths: ['tests/'], subjects: ['^Revert '] }]
    },
    'patch-dir': {
      description: 'Where new patches are written, relative to the package directory; inside debian/patches.',
      type: 'string',
      pattern: '^debian/patches(/.*)?$',
      default: 'debian/patches/stable',
      examples: ['debian/patches/stable']
    },
    'version-files': {
      description: 'Files whose only change marks an upstream version-bump commit (skipped).',
      type: 'array',
      items: { type: 'string', minLength: 1 },
      default: ['VERSION', 'Changelog'],
      examples: [['VERSION', 'Changelog'], ['Makefile']]
    },
    calendar: { $ref: '#/definitions/calendar' }
  }
}
const func2 = Object.prototype.hasOwnProperty
const pattern0 = new RegExp('^[A-Za-z0-9][A-Za-z0-9._-]*$', 'u')
const pattern1 = new RegExp('\\{version\\}', 'u')
const pattern2 = new RegExp('\\{sha\\}', 'u')
const pattern3 = new RegExp('^(changelog|[0-9][A-Za-z0-9.+~-]*)$', 'u')
const pattern4 = new RegExp('^debian/patches(/.*)?$', 'u')
const schema13 = {
  description:
    "Freeze calendar: before feature-freeze the pin follows the newest stable release, until beta-freeze only fixes, then nothing is proposed. A track's calendar overrides the top-level one event by event.",
  type: 'object',
  additionalProperties: false,
  properties: {
    'feature-freeze': { $ref: '#/definitions/date', description: 'Feature Freeze date (YYYY-MM-DD).' },
    'beta-freeze': { $ref: '#/definitions/date', description: 'Beta Freeze date (YYYY-MM-DD).' },
    release: { $ref: '#/definitions/date', description: 'Release date (YYYY-MM-DD).' },
    milestones: {
      description:
        'Read the dates from these GitHub milestones (by title, their due dates) instead of fixed dates.',
      type: 'object',
      additionalProperties: false,
      properties: {
        'feature-freeze': { type: 'string', minLength: 1, examples: ['Feature Freeze'] },
        'beta-freeze': { type: 'string', minLength: 1, examples: ['Beta Freeze'] },
        release: { type: 'string', minLength: 1, examples: ['24.04'] }
      }
    }
  }
}
const schema14 = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', examples: ['2026-02-19'] }
const pattern5 = new RegExp('^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'u')
function validate12(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === 'feature-freeze' ||
        key0 === 'beta-freeze' ||
        key0 === 'release' ||
        key0 === 'milestones'
      )) {
        const err0 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema13,
          data
        }
        if (vErrors === null) {
          vErrors = [err0]
        } else {
          vErrors.push(err0)
        }
        errors++
      }
    }
    if (data['feature-freeze'] !== undefined) {
      let data0 = data['feature-freeze']
      if (typeof data0 === 'string') {
        if (!pattern5.test(data0)) {
          const err1 = {
            instancePath: instancePath + '/feature-freeze',
            schemaPath: '#/definitions/date/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
            message: 'must match pattern "' + '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' + '"',
            schema: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
            parentSchema: schema14,
            data: data0
          }
          if (vErrors === null) {
            vErrors = [err1]
          } else {
            vErrors.push(err1)
          }
          errors++
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/feature-freeze',
          schemaPath: '#/definitions/date/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema14.type,
          parentSchema: schema14,
          data: data0
        }
        if (vErrors === null) {
          vErrors = [err2]
        } else {
          vErrors.push(err2)
        }
        errors++
      }
    }
    if (data['beta-freeze'] !== undefined) {
      let data1 = data['beta-freeze']
      if (typeof data1 === 'string') {
        if (!pattern5.test(data1)) {
          const err3 = {
            instancePath: instancePath + '/beta-freeze',
            schemaPath: '#/definitions/date/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
            message: 'must match pattern "' + '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' + '"',
            schema: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
            parentSchema: schema14,
            data: data1
          }
          if (vErrors === null) {
            vErrors = [err3]
          } else {
            vErrors.push(err3)
          }
          errors++
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/beta-freeze',
          schemaPath: '#/definitions/date/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema14.type,
          parentSchema: schema14,
          data: data1
        }
        if (vErrors === null) {
          vErrors = [err4]
        } else {
          vErrors.push(err4)
        }
        errors++
      }
    }
    if (data.release !== undefined) {
      let data2 = data.release
      if (typeof data2 === 'string') {
        if (!pattern5.test(data2)) {
          const err5 = {
            instancePath: instancePath + '/release',
            schemaPath: '#/definitions/date/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
            message: 'must match pattern "' + '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' + '"',
            schema: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
            parentSchema: schema14,
            data: data2
          }
          if (vErrors === null) {
            vErrors = [err5]
          } else {
            vErrors.push(err5)
          }
          errors++
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/release',
          schemaPath: '#/definitions/date/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema14.type,
          parentSchema: schema14,
          data: data2
        }
        if (vErrors === null) {
          vErrors = [err6]
        } else {
          vErrors.push(err6)
        }
        errors++
      }
    }
    if (data.milestones !== undefined) {
      let data3 = data.milestones
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === 'feature-freeze' || key1 === 'beta-freeze' || key1 === 'release')) {
            const err7 = {
              instancePath: instancePath + '/milestones',
              schemaPath: '#/properties/milestones/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema13.properties.milestones,
              data: data3
            }
            if (vErrors === null) {
              vErrors = [err7]
            } else {
              vErrors.push(err7)
            }
            errors++
          }
        }
        if (data3['feature-freeze'] !== undefined) {
          let data4 = data3['feature-freeze']
          if (typeof data4 === 'string') {
            if (data4.length < 1) {
              const err8 = {
                instancePath: instancePath + '/milestones/feature-freeze',
                schemaPath: '#/properties/milestones/properties/feature-freeze/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema13.properties.milestones.properties['feature-freeze'],
                data: data4
              }
              if (vErrors === null) {
                vErrors = [err8]
              } else {
                vErrors.push(err8)
              }
              errors++
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/milestones/feature-freeze',
              schemaPath: '#/properties/milestones/properties/feature-freeze/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema13.properties.milestones.properties['feature-freeze'].type,
              parentSchema: schema13.properties.milestones.properties['feature-freeze'],
              data: data4
            }
            if (vErrors === null) {
              vErrors = [err9]
            } else {
              vErrors.push(err9)
            }
            errors++
          }
        }
        if (data3['beta-freeze'] !== undefined) {
          let data5 = data3['beta-freeze']
          if (typeof data5 === 'string') {
            if (data5.length < 1) {
              const err10 = {
                instancePath: instancePath + '/milestones/beta-freeze',
                schemaPath: '#/properties/milestones/properties/beta-freeze/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema13.properties.milestones.properties['beta-freeze'],
                data: data5
              }
              if (vErrors === null) {
                vErrors = [err10]
              } else {
                vErrors.push(err10)
              }
              errors++
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/milestones/beta-freeze',
              schemaPath: '#/properties/milestones/properties/beta-freeze/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema13.properties.milestones.properties['beta-freeze'].type,
              parentSchema: schema13.properties.milestones.properties['beta-freeze'],
              data: data5
            }
            if (vErrors === null) {
              vErrors = [err11]
            } else {
              vErrors.push(err11)
            }
            errors++
          }
        }
        if (data3.release !== undefined) {
          let data6 = data3.release
          if (typeof data6 === 'string') {
            if (data6.length < 1) {
              const err12 = {
                instancePath: instancePath + '/milestones/release',
                schemaPath: '#/properties/milestones/properties/release/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema13.properties.milestones.properties.release,
                data: data6
              }
              if (vErrors === null) {
                vErrors = [err12]
              } else {
                vErrors.push(err12)
              }
              errors++
            }
          } else {
            const err13 = {
              instancePath: instancePath + '/milestones/release',
              schemaPath: '#/properties/milestones/properties/release/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema13.properties.milestones.properties.release.type,
              parentSchema: schema13.properties.milestones.properties.release,
              data: data6
            }
            if (vErrors === null) {
              vErrors = [err13]
            } else {
              vErrors.push(err13)
            }
            errors++
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/milestones',
          schemaPath: '#/properties/milestones/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema13.properties.milestones.type,
          parentSchema: schema13.properties.milestones,
          data: data3
        }
        if (vErrors === null) {
          vErrors = [err14]
        } else {
          vErrors.push(err14)
        }
        errors++
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema13.type,
      parentSchema: schema13,
      data
    }
    if (vErrors === null) {
      vErrors = [err15]
    } else {
      vErrors.push(err15)
    }
    errors++
  }
  validate12.errors = vErrors
  return errors === 0
}
function validate11(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
        message: "must have required property '" + 'name' + "'",
        schema: schema12.required,
        parentSchema: schema12,
        data
      }
      if (vErrors === null) {
        vErrors = [err0]
      } else {
        vErrors.push(err0)
      }
      errors++
    }
    if (data.upstream === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'upstream' },
        message: "must have required property '" + 'upstream' + "'",
        schema: schema12.required,
        parentSchema: schema12,
        data
      }
      if (vErrors === null) {
        vErrors = [err1]
      } else {
        vErrors.push(err1)
      }
      errors++
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema12,
          data
        }
        if (vErrors === null) {
          vErrors = [err2]
        } else {
          vErrors.push(err2)
        }
        errors++
      }
    }
    if (data.name !== undefined) {
      let data0 = data.name
      if (typeof data0 === 'string') {
        if (!pattern0.test(data0)) {
          const err3 = {
            instancePath: instancePath + '/name',
            schemaPath: '#/properties/name/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
            message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9._-]*$' + '"',
            schema: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
            parentSchema: schema12.properties.name,
            data: data0
          }
          if (vErrors === null) {
            vErrors = [err3]
          } else {
            vErrors.push(err3)
          }
          errors++
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema12.properties.name.type,
          parentSchema: schema12.properties.name,
          data: data0
        }
        if (vErrors === null) {
          vErrors = [err4]
        } else {
          vErrors.push(err4)
        }
        errors++
      }
    }
    if (data.upstream !== undefined) {
      let data1 = data.upstream
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.url === undefined) {
          const err5 = {
            instancePath: instancePath + '/upstream',
            schemaPath: '#/properties/upstream/required',
            keyword: 'required',
            params: { missingProperty: 'url' },
            message: "must have required property '" + 'url' + "'",
            schema: schema12.properties.upstream.required,
            parentSchema: schema12.properties.upstream,
            data: data1
          }
          if (vErrors === null) {
            vErrors = [err5]
          } else {
            vErrors.push(err5)
          }
          errors++
        }
        if (data1.branch === undefined) {
          const err6 = {
            instancePath: instancePath + '/upstream',
            schemaPath: '#/properties/upstream/required',
            keyword: 'required',
            params: { missingProperty: 'branch' },
            message: "must have required property '" + 'branch' + "'",
            schema: schema12.properties.upstream.required,
            parentSchema: schema12.properties.upstream,
            data: data1
          }
          if (vErrors === null) {
            vErrors = [err6]
          } else {
            vErrors.push(err6)
          }
          errors++
        }
        if (data1.tag === undefined) {
          const err7 = {
            instancePath: instancePath + '/upstream',
            schemaPath: '#/properties/upstream/required',
            keyword: 'required',
            params: { missingProperty: 'tag' },
            message: "must have required property '" + 'tag' + "'",
            schema: schema12.properties.upstream.required,
            parentSchema: schema12.properties.upstream,
            data: data1
          }
          if (vErrors === null) {
            vErrors = [err7]
          } else {
            vErrors.push(err7)
          }
          errors++
        }
        for (const key1 in data1) {
          if (!(key1 === 'url' || key1 === 'branch' || key1 === 'tag' || key1 === 'commit-url')) {
            const err8 = {
              instancePath: instancePath + '/upstream',
              schemaPath: '#/properties/upstream/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema12.properties.upstream,
              data: data1
            }
            if (vErrors === null) {
              vErrors = [err8]
            } else {
              vErrors.push(err8)
            }
            errors++
          }
        }
        if (data1.url !== undefined) {
          let data2 = data1.url
          if (typeof data2 === 'string') {
            if (data2.length < 1) {
              const err9 = {
                instancePath: instancePath + '/upstream/url',
                schemaPath: '#/properties/upstream/properties/url/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema12.properties.upstream.properties.url,
                data: data2
              }
              if (vErrors === null) {
                vErrors = [err9]
              } else {
                vErrors.push(err9)
              }
              errors++
            }
          } else {
            const err10 = {
              instancePath: instancePath + '/upstream/url',
              schemaPath: '#/properties/upstream/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema12.properties.upstream.properties.url.type,
              parentSchema: schema12.properties.upstream.properties.url,
              data: data2
            }
            if (vErrors === null) {
              vErrors = [err10]
            } else {
              vErrors.push(err10)
            }
            errors++
          }
        }
        if (data1.branch !== undefined) {
          let data3 = data1.branch
          if (typeof data3 === 'string') {
            if (data3.length < 1) {
              const err11 = {
                instancePath: instancePath + '/upstream/branch',
                schemaPath: '#/properties/upstream/properties/branch/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema12.properties.upstream.properties.branch,
                data: data3
              }
              if (vErrors === null) {
                vErrors = [err11]
              } else {
                vErrors.push(err11)
              }
              errors++
            }
          } else {
            const err12 = {
              instancePath: instancePath + '/upstream/branch',
              schemaPath: '#/properties/upstream/properties/branch/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema12.properties.upstream.properties.branch.type,
              parentSchema: schema12.properties.upstream.properties.branch,
              data: data3
            }
            if (vErrors === null) {
              vErrors = [err12]
            } else {
              vErrors.push(err12)
            }
            errors++
          }
        }
        if (data1.tag !== undefined) {
          let data4 = data1.tag
          if (typeof data4 === 'string') {
            if (!pattern1.test(data4)) {
              const err13 = {
                instancePath: instancePath + '/upstream/tag',
                schemaPath: '#/properties/upstream/properties/tag/pattern',
                keyword: 'pattern',
                params: { pattern: '\\{version\\}' },
                message: 'must match pattern "' + '\\{version\\}' + '"',
                schema: '\\{version\\}',
                parentSchema: schema12.properties.upstream.properties.tag,
                data: data4
              }
              if (vErrors === null) {
                vErrors = [err13]
              } else {
                vErrors.push(err13)
              }
              errors++
            }
          } else {
            const err14 = {
              instancePath: instancePath + '/upstream/tag',
              schemaPath: '#/properties/upstream/properties/tag/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema12.properties.upstream.properties.tag.type,
              parentSchema: schema12.properties.upstream.properties.tag,
              data: data4
            }
            if (vErrors === null) {
              vErrors = [err14]
            } else {
              vErrors.push(err14)
            }
            errors++
          }
        }
        if (data1['commit-url'] !== undefined) {
          let data5 = data1['commit-url']
          if (typeof data5 === 'string') {
            if (!pattern2.test(data5)) {
              const err15 = {
                instancePath: instancePath + '/upstream/commit-url',
                schemaPath: '#/properties/upstream/properties/commit-url/pattern',
                keyword: 'pattern',
                params: { pattern: '\\{sha\\}' },
                message: 'must match pattern "' + '\\{sha\\}' + '"',
                schema: '\\{sha\\}',
                parentSchema: schema12.properties.upstream.properties['commit-url'],
                data: data5
              }
              if (vErrors === null) {
                vErrors = [err15]
              } else {
                vErrors.push(err15)
              }
              errors++
            }
          } else {
            const err16 = {
              instancePath: instancePath + '/upstream/commit-url',
              schemaPath: '#/properties/upstream/properties/commit-url/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema12.properties.upstream.properties['commit-url'].type,
              parentSchema: schema12.properties.upstream.properties['commit-url'],
              data: data5
            }
            if (vErrors === null) {
              vErrors = [err16]
            } else {
              vErrors.push(err16)
            }
            errors++
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/upstream',
          schemaPath: '#/properties/upstream/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema12.properties.upstream.type,
          parentSchema: schema12.properties.upstream,
          data: data1
        }
        if (vErrors === null) {
          vErrors = [err17]
        } else {
          vErrors.push(err17)
        }
        errors++
      }
    }
    if (data.package !== undefined) {
      let data6 = data.package
      if (typeof data6 === 'string') {
        if (data6.length < 1) {
          const err18 = {
            instancePath: instancePath + '/package',
            schemaPath: '#/properties/package/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 characters',
            schema: 1,
            parentSchema: schema12.properties.package,
            data: data6
          }
          if (vErrors === null) {
            vErrors = [err18]
          } else {
            vErrors.push(err18)
          }
          errors++
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/package',
          schemaPath: '#/properties/package/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema12.properties.package.type,
          parentSchema: schema12.properties.package,
          data: data6
        }
        if (vErrors === null) {
          vErrors = [err19]
        } else {
          vErrors.push(err19)
        }
        errors++
      }
    }
    if (data.pin !== undefined) {
      let data7 = data.pin
      if (typeof data7 === 'string') {
        if (!pattern3.test(data7)) {
          const err20 = {
            instancePath: instancePath + '/pin',
            schemaPath: '#/properties/pin/pattern',
            keyword: 'pattern',
            params: { pattern: '^(changelog|[0-9][A-Za-z0-9.+~-]*)$' },
            message: 'must match pattern "' + '^(changelog|[0-9][A-Za-z0-9.+~-]*)$' + '"',
            schema: '^(changelog|[0-9][A-Za-z0-9.+~-]*)$',
            parentSchema: schema12.properties.pin,
            data: data7
          }
          if (vErrors === null) {
            vErrors = [err20]
          } else {
            vErrors.push(err20)
          }
          errors++
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/pin',
          schemaPath: '#/properties/pin/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema12.properties.pin.type,
          parentSchema: schema12.properties.pin,
          data: data7
        }
        if (vErrors === null) {
          vErrors = [err21]
        } else {
          vErrors.push(err21)
        }
        errors++
      }
    }
    if (data.paths !== undefined) {
      let data8 = data.paths
      if (Array.isArray(data8)) {
        const len0 = data8.length
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0]
          if (typeof data9 === 'string') {
            if (data9.length < 1) {
              const err22 = {
                instancePath: instancePath + '/paths/' + i0,
                schemaPath: '#/properties/paths/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema12.properties.paths.items,
                data: data9
              }
              if (vErrors === null) {
                vErrors = [err22]
              } else {
                vErrors.push(err22)
              }
              errors++
            }
          } else {
            const err23 = {
              instancePath: instancePath + '/paths/' + i0,
              schemaPath: '#/properties/paths/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema12.properties.paths.items.type,
              parentSchema: schema12.properties.paths.items,
              data: data9
            }
            if (vErrors === null) {
              vErrors = [err23]
            } else {
              vErrors.push(err23)
            }
            errors++
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/paths',
          schemaPath: '#/properties/paths/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema12.properties.paths.type,
          parentSchema: schema12.properties.paths,
          data: data8
        }
        if (vErrors === null) {
          vErrors = [err24]
        } else {
          vErrors.push(err24)
        }
        errors++
      }
    }
    if (data.exclude !== undefined) {
      let data10 = data.exclude
      if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
        for (const key2 in data10) {
          if (!(key2 === 'paths' || key2 === 'subjects')) {
            const err25 = {
              instancePath: instancePath + '/exclude',
              schemaPath: '#/properties/exclude/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema12.properties.exclude,
              data: data10
            }
            if (vErrors === null) {
              vErrors = [err25]
            } else {
              vErrors.push(err25)
            }
            errors++
          }
        }
        if (data10.paths !== undefined) {
          let data11 = data10.paths
          if (Array.isArray(data11)) {
            const len1 = data11.length
            for (let i1 = 0; i1 < len1; i1++) {
              let data12 = data11[i1]
              if (typeof data12 === 'string') {
                if (data12.length < 1) {
                  const err26 = {
                    instancePath: instancePath + '/exclude/paths/' + i1,
                    schemaPath: '#/properties/exclude/properties/paths/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema12.properties.exclude.properties.paths.items,
                    data: data12
                  }
                  if (vErrors === null) {
                    vErrors = [err26]
                  } else {
                    vErrors.push(err26)
                  }
                  errors++
                }
              } else {
                const err27 = {
                  instancePath: instancePath + '/exclude/paths/' + i1,
                  schemaPath: '#/properties/exclude/properties/paths/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema12.properties.exclude.properties.paths.items.type,
                  parentSchema: schema12.properties.exclude.properties.paths.items,
                  data: data12
                }
                if (vErrors === null) {
                  vErrors = [err27]
                } else {
                  vErrors.push(err27)
                }
                errors++
              }
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/exclude/paths',
              schemaPath: '#/properties/exclude/properties/paths/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema12.properties.exclude.properties.paths.type,
              parentSchema: schema12.properties.exclude.properties.paths,
              data: data11
            }
            if (vErrors === null) {
              vErrors = [err28]
            } else {
              vErrors.push(err28)
            }
            errors++
          }
        }
        if (data10.subjects !== undefined) {
          let data13 = data10.subjects
          if (Array.isArray(data13)) {
            const len2 = data13.length
            for (let i2 = 0; i2 < len2; i2++) {
              let data14 = data13[i2]
              if (typeof data14 === 'string') {
                if (data14.length < 1) {
                  const err29 = {
                    instancePath: instancePath + '/exclude/subjects/' + i2,
                    schemaPath: '#/properties/exclude/properties/subjects/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema12.properties.exclude.properties.subjects.items,
                    data: data14
                  }
                  if (vErrors === null) {
                    vErrors = [err29]
                  } else {
                    vErrors.push(err29)
                  }
                  errors++
                }
              } else {
                const err30 = {
                  instancePath: instancePath + '/exclude/subjects/' + i2,
                  schemaPath: '#/properties/exclude/properties/subjects/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema12.properties.exclude.properties.subjects.items.type,
                  parentSchema: schema12.properties.exclude.properties.subjects.items,
                  data: data14
                }
                if (vErrors === null) {
                  vErrors = [err30]
                } else {
                  vErrors.push(err30)
                }
                errors++
              }
            }
          } else {
            const err31 = {
              instancePath: instancePath + '/exclude/subjects',
              schemaPath: '#/properties/exclude/properties/subjects/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema12.properties.exclude.properties.subjects.type,
              parentSchema: schema12.properties.exclude.properties.subjects,
              data: data13
            }
            if (vErrors === null) {
              vErrors = [err31]
            } else {
              vErrors.push(err31)
            }
            errors++
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/exclude',
          schemaPath: '#/properties/exclude/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema12.properties.exclude.type,
          parentSchema: schema12.properties.exclude,
          data: data10
        }
        if (vErrors === null) {
          vErrors = [err32]
        } else {
          vErrors.push(err32)
        }
        errors++
      }
    }
    if (data['patch-dir'] !== undefined) {
      let data15 = data['patch-dir']
      if (typeof data15 === 'string') {
        if (!pattern4.test(data15)) {
          const err33 = {
            instancePath: instancePath + '/patch-dir',
            schemaPath: '#/properties/patch-dir/pattern',
            keyword: 'pattern',
            params: { pattern: '^debian/patches(/.*)?$' },
            message: 'must match pattern "' + '^debian/patches(/.*)?$' + '"',
            schema: '^debian/patches(/.*)?$',
            parentSchema: schema12.properties['patch-dir'],
            data: data15
          }
          if (vErrors === null) {
            vErrors = [err33]
          } else {
            vErrors.push(err33)
          }
          errors++
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/patch-dir',
          schemaPath: '#/properties/patch-dir/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema12.properties['patch-dir'].type,
          parentSchema: schema12.properties['patch-dir'],
          data: data15
        }
        if (vErrors === null) {
          vErrors = [err34]
        } else {
          vErrors.push(err34)
        }
        errors++
      }
    }
    if (data['version-files'] !== undefined) {
      let data16 = data['version-files']
      if (Array.isArray(data16)) {
        const len3 = data16.length
        for (let i3 = 0; i3 < len3; i3++) {
          let data17 = data16[i3]
          if (typeof data17 === 'string') {
            if (data17.length < 1) {
              const err35 = {
                instancePath: instancePath + '/version-files/' + i3,
                schemaPath: '#/properties/version-files/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema12.properties['version-files'].items,
                data: data17
              }
              if (vErrors === null) {
                vErrors = [err35]
              } else {
                vErrors.push(err35)
              }
              errors++
            }
          } else {
            const err36 = {
              instancePath: instancePath + '/version-files/' + i3,
              schemaPath: '#/properties/version-files/items/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema12.properties['version-files'].items.type,
              parentSchema: schema12.properties['version-files'].items,
              data: data17
            }
            if (vErrors === null) {
              vErrors = [err36]
            } else {
              vErrors.push(err36)
            }
            errors++
          }
        }
      } else {
        const err37 = {
          instancePath: instancePath + '/version-files',
          schemaPath: '#/properties/version-files/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema12.properties['version-files'].type,
          parentSchema: schema12.properties['version-files'],
          data: data16
        }
        if (vErrors === null) {
          vErrors = [err37]
        } else {
          vErrors.push(err37)
        }
        errors++
      }
    }
    if (data.calendar !== undefined) {
      if (
        !validate12(data.calendar, {
          instancePath: instancePath + '/calendar',
          parentData: data,
          parentDataProperty: 'calendar',
          rootData
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)
        errors = vErrors.length
      }
    }
  } else {
    const err38 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema12.type,
      parentSchema: schema12,
      data
    }
    if (vErrors === null) {
      vErrors = [err38]
    } else {
      vErrors.push(err38)
    }
    errors++
  }
  validate11.errors = vErrors
  return errors === 0
}
const pattern8 = new RegExp('^[^<>\\n]+$', 'u')
const pattern9 = new RegExp('^[^@\\s<>]+@[^@\\s<>]+$', 'u')
const pattern10 = new RegExp('^[A-Za-z0-9][A-Za-z0-9.+-]*$', 'u')
const pattern11 = new RegExp('^[a-z0-9]+$', 'u')
function validate10(data, { instancePath = '', parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null
  let errors = 0
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.tracks === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tracks' },
        message: "must have required property '" + 'tracks' + "'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      }
      if (vErrors === null) {
        vErrors = [err0]
      } else {
        vErrors.push(err0)
      }
      errors++
    }
    for (const key0 in data) {
      if (!(
        key0 === 'tracks' ||
        key0 === 'maintainer' ||
        key0 === 'distribution' ||
        key0 === 'calendar' ||
        key0 === 'build'
      )) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
          message: 'must NOT have additional properties',
          schema: false,
          parentSchema: schema11,
          data
        }
        if (vErrors === null) {
          vErrors = [err1]
        } else {
          vErrors.push(err1)
        }
        errors++
      }
    }
    if (data.tracks !== undefined) {
      let data0 = data.tracks
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = {
            instancePath: instancePath + '/tracks',
            schemaPath: '#/properties/tracks/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
            message: 'must NOT have fewer than 1 items',
            schema: 1,
            parentSchema: schema11.properties.tracks,
            data: data0
          }
          if (vErrors === null) {
            vErrors = [err2]
          } else {
            vErrors.push(err2)
          }
          errors++
        }
        const len0 = data0.length
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate11(data0[i0], {
              instancePath: instancePath + '/tracks/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData
            })
          ) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors)
            errors = vErrors.length
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/tracks',
          schemaPath: '#/properties/tracks/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
          schema: schema11.properties.tracks.type,
          parentSchema: schema11.properties.tracks,
          data: data0
        }
        if (vErrors === null) {
          vErrors = [err3]
        } else {
          vErrors.push(err3)
        }
        errors++
      }
    }
    if (data.maintainer !== undefined) {
      let data2 = data.maintainer
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.name === undefined) {
          const err4 = {
            instancePath: instancePath + '/maintainer',
            schemaPath: '#/properties/maintainer/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
            message: "must have required property '" + 'name' + "'",
            schema: schema11.properties.maintainer.required,
            parentSchema: schema11.properties.maintainer,
            data: data2
          }
          if (vErrors === null) {
            vErrors = [err4]
          } else {
            vErrors.push(err4)
          }
          errors++
        }
        if (data2.email === undefined) {
          const err5 = {
            instancePath: instancePath + '/maintainer',
            schemaPath: '#/properties/maintainer/required',
            keyword: 'required',
            params: { missingProperty: 'email' },
            message: "must have required property '" + 'email' + "'",
            schema: schema11.properties.maintainer.required,
            parentSchema: schema11.properties.maintainer,
            data: data2
          }
          if (vErrors === null) {
            vErrors = [err5]
          } else {
            vErrors.push(err5)
          }
          errors++
        }
        for (const key1 in data2) {
          if (!(key1 === 'name' || key1 === 'email')) {
            const err6 = {
              instancePath: instancePath + '/maintainer',
              schemaPath: '#/properties/maintainer/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.maintainer,
              data: data2
            }
            if (vErrors === null) {
              vErrors = [err6]
            } else {
              vErrors.push(err6)
            }
            errors++
          }
        }
        if (data2.name !== undefined) {
          let data3 = data2.name
          if (typeof data3 === 'string') {
            if (data3.length < 1) {
              const err7 = {
                instancePath: instancePath + '/maintainer/name',
                schemaPath: '#/properties/maintainer/properties/name/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
                message: 'must NOT have fewer than 1 characters',
                schema: 1,
                parentSchema: schema11.properties.maintainer.properties.name,
                data: data3
              }
              if (vErrors === null) {
                vErrors = [err7]
              } else {
                vErrors.push(err7)
              }
              errors++
            }
            if (!pattern8.test(data3)) {
              const err8 = {
                instancePath: instancePath + '/maintainer/name',
                schemaPath: '#/properties/maintainer/properties/name/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^<>\\n]+$' },
                message: 'must match pattern "' + '^[^<>\\n]+$' + '"',
                schema: '^[^<>\\n]+$',
                parentSchema: schema11.properties.maintainer.properties.name,
                data: data3
              }
              if (vErrors === null) {
                vErrors = [err8]
              } else {
                vErrors.push(err8)
              }
              errors++
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/maintainer/name',
              schemaPath: '#/properties/maintainer/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.maintainer.properties.name.type,
              parentSchema: schema11.properties.maintainer.properties.name,
              data: data3
            }
            if (vErrors === null) {
              vErrors = [err9]
            } else {
              vErrors.push(err9)
            }
            errors++
          }
        }
        if (data2.email !== undefined) {
          let data4 = data2.email
          if (typeof data4 === 'string') {
            if (!pattern9.test(data4)) {
              const err10 = {
                instancePath: instancePath + '/maintainer/email',
                schemaPath: '#/properties/maintainer/properties/email/pattern',
                keyword: 'pattern',
                params: { pattern: '^[^@\\s<>]+@[^@\\s<>]+$' },
                message: 'must match pattern "' + '^[^@\\s<>]+@[^@\\s<>]+$' + '"',
                schema: '^[^@\\s<>]+@[^@\\s<>]+$',
                parentSchema: schema11.properties.maintainer.properties.email,
                data: data4
              }
              if (vErrors === null) {
                vErrors = [err10]
              } else {
                vErrors.push(err10)
              }
              errors++
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/maintainer/email',
              schemaPath: '#/properties/maintainer/properties/email/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
              schema: schema11.properties.maintainer.properties.email.type,
              parentSchema: schema11.properties.maintainer.properties.email,
              data: data4
            }
            if (vErrors === null) {
              vErrors = [err11]
            } else {
              vErrors.push(err11)
            }
            errors++
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/maintainer',
          schemaPath: '#/properties/maintainer/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.maintainer.type,
          parentSchema: schema11.properties.maintainer,
          data: data2
        }
        if (vErrors === null) {
          vErrors = [err12]
        } else {
          vErrors.push(err12)
        }
        errors++
      }
    }
    if (data.distribution !== undefined) {
      let data5 = data.distribution
      if (typeof data5 === 'string') {
        if (!pattern10.test(data5)) {
          const err13 = {
            instancePath: instancePath + '/distribution',
            schemaPath: '#/properties/distribution/pattern',
            keyword: 'pattern',
            params: { pattern: '^[A-Za-z0-9][A-Za-z0-9.+-]*$' },
            message: 'must match pattern "' + '^[A-Za-z0-9][A-Za-z0-9.+-]*$' + '"',
            schema: '^[A-Za-z0-9][A-Za-z0-9.+-]*$',
            parentSchema: schema11.properties.distribution,
            data: data5
          }
          if (vErrors === null) {
            vErrors = [err13]
          } else {
            vErrors.push(err13)
          }
          errors++
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/distribution',
          schemaPath: '#/properties/distribution/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
          schema: schema11.properties.distribution.type,
          parentSchema: schema11.properties.distribution,
          data: data5
        }
        if (vErrors === null) {
          vErrors = [err14]
        } else {
          vErrors.push(err14)
        }
        errors++
      }
    }
    if (data.calendar !== undefined) {
      if (
        !validate12(data.calendar, {
          instancePath: instancePath + '/calendar',
          parentData: data,
          parentDataProperty: 'calendar',
          rootData
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)
        errors = vErrors.length
      }
    }
    if (data.build !== undefined) {
      let data7 = data.build
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.releases === undefined) {
          const err15 = {
            instancePath: instancePath + '/build',
            schemaPath: '#/properties/build/required',
            keyword: 'required',
            params: { missingProperty: 'releases' },
            message: "must have required property '" + 'releases' + "'",
            schema: schema11.properties.build.required,
            parentSchema: schema11.properties.build,
            data: data7
          }
          if (vErrors === null) {
            vErrors = [err15]
          } else {
            vErrors.push(err15)
          }
          errors++
        }
        for (const key2 in data7) {
          if (!(key2 === 'releases' || key2 === 'arches')) {
            const err16 = {
              instancePath: instancePath + '/build',
              schemaPath: '#/properties/build/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key2 },
              message: 'must NOT have additional properties',
              schema: false,
              parentSchema: schema11.properties.build,
              data: data7
            }
            if (vErrors === null) {
              vErrors = [err16]
            } else {
              vErrors.push(err16)
            }
            errors++
          }
        }
        if (data7.releases !== undefined) {
          let data8 = data7.releases
          if (Array.isArray(data8)) {
            const len1 = data8.length
            for (let i1 = 0; i1 < len1; i1++) {
              let data9 = data8[i1]
              if (typeof data9 === 'string') {
                if (data9.length < 1) {
                  const err17 = {
                    instancePath: instancePath + '/build/releases/' + i1,
                    schemaPath: '#/properties/build/properties/releases/items/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters',
                    schema: 1,
                    parentSchema: schema11.properties.build.properties.releases.items,
                    data: data9
                  }
                  if (vErrors === null) {
                    vErrors = [err17]
                  } else {
                    vErrors.push(err17)
                  }
                  errors++
                }
              } else {
                const err18 = {
                  instancePath: instancePath + '/build/releases/' + i1,
                  schemaPath: '#/properties/build/properties/releases/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.build.properties.releases.items.type,
                  parentSchema: schema11.properties.build.properties.releases.items,
                  data: data9
                }
                if (vErrors === null) {
                  vErrors = [err18]
                } else {
                  vErrors.push(err18)
                }
                errors++
              }
            }
          } else {
            const err19 = {
              instancePath: instancePath + '/build/releases',
              schemaPath: '#/properties/build/properties/releases/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.build.properties.releases.type,
              parentSchema: schema11.properties.build.properties.releases,
              data: data8
            }
            if (vErrors === null) {
              vErrors = [err19]
            } else {
              vErrors.push(err19)
            }
            errors++
          }
        }
        if (data7.arches !== undefined) {
          let data10 = data7.arches
          if (Array.isArray(data10)) {
            const len2 = data10.length
            for (let i2 = 0; i2 < len2; i2++) {
              let data11 = data10[i2]
              if (typeof data11 === 'string') {
                if (!pattern11.test(data11)) {
                  const err20 = {
                    instancePath: instancePath + '/build/arches/' + i2,
                    schemaPath: '#/properties/build/properties/arches/items/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-z0-9]+$' },
                    message: 'must match pattern "' + '^[a-z0-9]+$' + '"',
                    schema: '^[a-z0-9]+$',
                    parentSchema: schema11.properties.build.properties.arches.items,
                    data: data11
                  }
                  if (vErrors === null) {
                    vErrors = [err20]
                  } else {
                    vErrors.push(err20)
                  }
                  errors++
                }
              } else {
                const err21 = {
                  instancePath: instancePath + '/build/arches/' + i2,
                  schemaPath: '#/properties/build/properties/arches/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                  schema: schema11.properties.build.properties.arches.items.type,
                  parentSchema: schema11.properties.build.properties.arches.items,
                  data: data11
                }
                if (vErrors === null) {
                  vErrors = [err21]
                } else {
                  vErrors.push(err21)
                }
                errors++
              }
            }
          } else {
            const err22 = {
              instancePath: instancePath + '/build/arches',
              schemaPath: '#/properties/build/properties/arches/type',
              keyword: 'type',
              params: { type: 'array' },
              message: 'must be array',
              schema: schema11.properties.build.properties.arches.type,
              parentSchema: schema11.properties.build.properties.arches,
              data: data10
            }
            if (vErrors === null) {
              vErrors = [err22]
            } else {
              vErrors.push(err22)
            }
            errors++
          }
        }
      } else {
        const err23 = {
          instancePath: instancePath + '/build',
          schemaPath: '#/properties/build/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
          schema: schema11.properties.build.type,
          parentSchema: schema11.properties.build,
          data: data7
        }
        if (vErrors === null) {
          vErrors = [err23]
        } else {
          vErrors.push(err23)
        }
        errors++
      }
    }
  } else {
    const err24 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
      schema: schema11.type,
      parentSchema: schema11,
      data
    }
    if (vErrors === null) {
      vErrors = [err24]
    } else {
      vErrors.push(err24)
    }
    errors++
  }
  validate10.errors = vErrors
  return errors === 0
}

;// CONCATENATED MODULE: ./build/config/suggest.js
/**
 * Edit distance with adjacent transpositions (optimal string alignment): insertions, deletions,
 * substitutions and swapping two neighbours (`pni` → `pin`) each cost 1.
 */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}
// `patchDir`, `patch_dir` and `Patch-Dir` all mean `patch-dir`: compare without case and separators.
const folded = (s) => s.toLowerCase().replace(/[-_ ]/g, '');
/**
 * The candidate a mistyped word most likely meant, for "did you mean": same word up to case and
 * separators, or the closest one within a third of its length (at least 1, at most 3 edits).
 */
function suggest(word, candidates) {
    const exact = candidates.find(c => folded(c) === folded(word));
    if (exact)
        return exact;
    const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(folded(word), folded(candidate));
        if (distance <= limit && (!best || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}

;// CONCATENATED MODULE: ./build/config/yaml-locate.js

/** `tracks[1].upstream.tag`: how messages name a key. */
function formatKeyPath(path) {
    return path
        .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
        .join('');
}
/** `/tracks/1/upstream/tag` (a JSON pointer, as ajv reports it) → `['tracks', 1, 'upstream', 'tag']`. */
function keyPathFromPointer(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map(part => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}
function startOf(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
function child(doc, node, part) {
    const target = (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
    if ((0,dist/* isMap */.jh)(target)) {
        const pair = target.items.find(p => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(part));
        return pair ? { node: pair.value, keyNode: pair.key } : undefined;
    }
    if ((0,dist/* isSeq */.oP)(target) && typeof part === 'number') {
        return part < target.items.length ? { node: target.items[part] } : undefined;
    }
    return undefined;
}
/**
 * The 1-based line of the node at `path` (of its key with `{ key: true }`), or of the deepest
 * existing ancestor when the path does not exist in the file (e.g. a missing required key).
 */
function locateLine(doc, lines, path, options = {}) {
    let node = doc.contents;
    let offset = startOf(node);
    for (const [i, part] of path.entries()) {
        const next = child(doc, node, part);
        if (!next)
            break;
        const last = i === path.length - 1;
        const keyStart = startOf(next.keyNode);
        const valueStart = startOf(next.node);
        offset = (last && options.key ? keyStart : (valueStart ?? keyStart)) ?? offset;
        node = next.node;
    }
    return offset === undefined ? undefined : lines.linePos(offset).line;
}
/** The key path of the innermost node whose source range contains `offset` (for syntax errors). */
function keyPathAt(doc, offset) {
    const path = [];
    let node = doc.contents;
    const contains = (n) => {
        const range = n?.range;
        return Boolean(range && range[0] <= offset && offset < range[2]);
    };
    for (;;) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find(p => contains(p.key) || contains(p.value));
            if (!pair || !(0,dist/* isScalar */.jn)(pair.key))
                return path;
            path.push(String(pair.key.value));
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const index = node.items.findIndex(contains);
            if (index < 0)
                return path;
            path.push(index);
            node = node.items[index];
        }
        else {
            return path;
        }
    }
}
/** The source text of the scalar at `path` as written (`8.10`, not the number 8.1), if any. */
function sourceText(doc, path) {
    let node = doc.contents;
    for (const part of path) {
        node = child(doc, node, part)?.node;
        if (node === undefined)
            return undefined;
    }
    return (0,dist/* isScalar */.jn)(node) && typeof node.source === 'string' ? node.source : undefined;
}

;// CONCATENATED MODULE: ./build/config/schema.js

// Precompiled from the JSON file by scripts/build-config-validator.mjs (a test checks it is current).



/** The JSON Schema shipped in schema/stable-sync.schema.json (editors use the same file). */
const configSchema = stable_sync_schema_namespaceObject;
function resolveRef(s) {
    const ref = s?.$ref;
    if (!ref?.startsWith('#/definitions/'))
        return s;
    return configSchema.definitions[ref.slice('#/definitions/'.length)];
}
/** Where each key name is allowed: `url` → [`tracks[].upstream`], for "belongs under …" hints. */
function keyHomes() {
    const homes = new Map();
    const walk = (s, at, depth) => {
        const node = resolveRef(s);
        if (!node || depth > 6)
            return;
        if (node.type === 'array')
            return walk(node.items, `${at}[]`, depth + 1);
        for (const [key, sub] of Object.entries((node.properties ?? {}))) {
            homes.set(key, [...(homes.get(key) ?? []), at || '(top level)']);
            walk(sub, at ? `${at}.${key}` : key, depth + 1);
        }
    };
    walk(configSchema, '', 0);
    return homes;
}
const describeValue = (v) => v === null || v === undefined
    ? 'empty'
    : Array.isArray(v)
        ? 'a list'
        : typeof v === 'object'
            ? 'a mapping'
            : typeof v === 'string'
                ? 'text'
                : typeof v === 'boolean'
                    ? `true/false (${String(v)})`
                    : `a number (${String(v)})`;
const describeType = (t) => ({ string: 'text', array: 'a list', object: 'a mapping of keys', boolean: 'true or false' })[t] ?? t;
/** `tag: "v{version}"`: one example line for a key, from the schema's `examples`. */
function exampleLine(key, s) {
    const examples = resolveRef(s)?.examples;
    if (!examples?.length)
        return undefined;
    // Long structured examples read badly on one line: the bundled example file shows them whole.
    const shown = JSON.stringify(examples[0]);
    if (shown.length > 80)
        return undefined;
    return `${typeof key === 'number' ? '-' : `${key}:`} ${shown}`;
}
function explain(key, s) {
    const description = (s?.description ?? resolveRef(s)?.description);
    const example = exampleLine(key, s);
    return [description?.replace(/\.$/, ''), example ? `e.g. ${example}` : 'see examples/stable-sync.yml']
        .filter(Boolean)
        .join('; ');
}
function toProblem(e, ctx) {
    const path = keyPathFromPointer(e.instancePath);
    const key = path.at(-1) ?? '(top level)';
    const parent = e.parentSchema;
    switch (e.keyword) {
        case 'additionalProperties': {
            const unknown = e.params.additionalProperty;
            const known = Object.keys((parent?.properties ?? {}));
            const guess = suggest(unknown, known);
            const homes = keyHomes().get(unknown);
            const where = formatKeyPath(path) || 'the top level';
            const hint = guess
                ? `Did you mean '${guess}'?`
                : homes
                    ? `'${unknown}' belongs under ${homes.join(' or ')}: move it there`
                    : `Remove it or use one of the keys allowed in ${where}: ${known.join(', ')}`;
            return { path: [...path, unknown], atKey: true, problem: `unknown key '${unknown}'`, hint };
        }
        case 'required': {
            const missing = e.params.missingProperty;
            const sub = parent?.properties?.[missing];
            const example = exampleLine(missing, sub);
            return {
                path: [...path, missing],
                problem: `missing required key '${missing}'`,
                hint: `Add ${example ? `'${example}'` : `'${missing}:'`}${formatKeyPath(path) ? ` to ${formatKeyPath(path)}` : ''}${sub?.description ? ` (${String(sub.description).replace(/\.$/, '')})` : ''}${example ? '' : '; see examples/stable-sync.yml'}`
            };
        }
        case 'type': {
            const expected = String(e.params.type);
            const written = ctx.sourceText(path);
            let hint;
            if (expected === 'string' && written !== undefined && ['number', 'boolean'].includes(typeof e.data)) {
                hint = `Quote it so YAML keeps it as text: ${typeof key === 'number' ? '-' : `${key}:`} "${written}"`;
            }
            else if (expected === 'array' &&
                typeof e.data === 'string' &&
                resolveRef(parent?.items)?.type === 'string') {
                hint = `Write a list, even of one item: ${key}: [${JSON.stringify(e.data)}]`;
            }
            else {
                hint = `Expected ${describeType(expected)}: ${explain(key, parent)}`;
            }
            return { path, problem: `must be ${describeType(expected)}, not ${describeValue(e.data)}`, hint };
        }
        case 'minItems':
            return {
                path,
                problem: 'must not be an empty list',
                hint: `Add at least one entry: ${explain(key, parent)}`
            };
        case 'minLength':
            return { path, problem: 'must not be empty', hint: `Give a value: ${explain(key, parent)}` };
        case 'pattern':
            return {
                path,
                problem: `'${String(e.data)}' does not have the expected form`,
                hint: `Expected: ${explain(key, parent)}`
            };
        default:
            return {
                path,
                problem: e.message ?? `fails the schema's '${e.keyword}' rule`,
                hint: explain(key, parent)
            };
    }
}
/** Everything the JSON Schema finds wrong with `data`, as problems with hints (empty when valid). */
function schemaProblems(data, ctx) {
    if (validate(data))
        return [];
    const problems = (validate.errors ?? []).map(e => ({ ...toProblem(e, ctx), keyword: e.keyword }));
    // `upstrem:` both lacks `upstream` and is unknown: the "did you mean 'upstream'?" says it all.
    const meant = new Set(problems.flatMap(p => {
        const guess = p.keyword === 'additionalProperties' && /^Did you mean '(.*)'\?$/.exec(p.hint ?? '')?.[1];
        return guess ? [formatKeyPath([...p.path.slice(0, -1), guess])] : [];
    }));
    return problems.filter(p => !(p.keyword === 'required' && meant.has(formatKeyPath(p.path))));
}

;// CONCATENATED MODULE: ./build/config/load.js









/** Where the configuration lives in a packaging repository. */
function defaultConfigPath(repoDir) {
    return (0,external_node_path_.join)(repoDir, '.github', 'stable-sync.yml');
}
const defaultRepoDir = (file) => (0,external_node_path_.basename)((0,external_node_path_.dirname)(file)) === '.github' ? (0,external_node_path_.dirname)((0,external_node_path_.dirname)(file)) : (0,external_node_path_.dirname)(file);
const SYNTAX_HINTS = {
    DUPLICATE_KEY: 'A key may appear once per mapping: remove or merge the second one',
    TAB_AS_INDENT: 'Indent with spaces, not tabs',
    MISSING_CHAR: 'Close the quote or bracket that was opened',
    MULTIPLE_DOCS: "Keep one YAML document: remove the extra '---'",
    BLOCK_AS_IMPLICIT_KEY: "Put a space after each ':' and check the indentation of the line above"
};
function syntaxErrors(file, doc, lines) {
    // The parser may report one mistake twice (e.g. an unclosed flow map): keep each line+message once.
    const unique = doc.errors.filter((e, i) => doc.errors.findIndex(o => o.message === e.message && o.pos[0] === e.pos[0]) === i);
    return unique.map(e => {
        const path = e.code === 'MULTIPLE_DOCS' ? [] : keyPathAt(doc, e.pos[0]);
        return new build_errors/* ConfigError */.xL({ file, line: lines.linePos(e.pos[0]).line, ...(path.length ? { key: formatKeyPath(path) } : {}) }, `YAML syntax error: ${e.code === 'MULTIPLE_DOCS'
            ? 'the file holds more than one YAML document'
            : e.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '')}`, SYNTAX_HINTS[e.code] ??
            "Fix the YAML at that line (indent with spaces, a space after each ':', close every quote and bracket)");
    });
}
/**
 * Parse and validate configuration text (pure; `file` only names it in messages). Throws one
 * ConfigError listing every problem found, each with file, line, key path and a hint.
 */
function parseConfig(text, file, options = {}) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
    if (doc.errors.length)
        throwConfigErrors(syntaxErrors(file, doc, lines));
    const data = doc.toJS({ maxAliasCount: 1000 });
    if (data === null || data === undefined) {
        throw new build_errors/* ConfigError */.xL({ file, line: 1, key: 'tracks' }, 'the configuration is empty', 'Add a tracks: list (see examples/stable-sync.yml and docs/configuration.md)');
    }
    const lineOf = (path, atKey = false) => locateLine(doc, lines, path, { key: atKey });
    const semantic = semanticProblems(data, { lineOf: p => lineOf(p, true) });
    const covered = new Set(semantic.map(p => formatKeyPath(p.path)));
    const problems = [
        // The semantic checks explain pattern mismatches better than the schema can: keep theirs.
        ...schemaProblems(data, { sourceText: p => sourceText(doc, p) }).filter(p => !(p.keyword === 'pattern' && covered.has(formatKeyPath(p.path)))),
        ...semantic
    ];
    if (problems.length === 0)
        return (0,normalize/* normalize */.S8)(data, file, options.repoDir ?? defaultRepoDir(file));
    const seen = new Set();
    const errors = problems
        .map(p => ({ p, line: lineOf(p.path, p.atKey) ?? 1, key: formatKeyPath(p.path) }))
        .filter(({ p, key }) => !seen.has(`${key}\0${p.problem}`) && Boolean(seen.add(`${key}\0${p.problem}`)))
        .sort((a, b) => a.line - b.line)
        .map(({ p, line, key }) => new build_errors/* ConfigError */.xL({ file, line, ...(key ? { key } : {}) }, p.problem, p.hint));
    throwConfigErrors(errors);
}
/** Read, parse and validate a configuration file (see parseConfig). */
async function loadConfig(file, options = {}) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new build_errors/* ConfigError */.xL({ file }, code === 'ENOENT'
            ? 'configuration file not found'
            : `cannot read the configuration: ${e.message}`, code === 'ENOENT'
            ? 'Create it (start from examples/stable-sync.yml, see docs/configuration.md) or pass --config FILE'
            : 'Check the path and its permissions, or pass --config FILE');
    }
    return parseConfig(text, file, options);
}


/***/ }),

/***/ 6328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nj: () => (/* binding */ isLocalPath),
/* harmony export */   S8: () => (/* binding */ normalize),
/* harmony export */   yo: () => (/* binding */ effectiveCalendar)
/* harmony export */ });
/* unused harmony export DEFAULTS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

const DEFAULTS = {
    package: '.',
    pin: 'changelog',
    patchDir: 'debian/patches/stable',
    versionFiles: ['VERSION', 'Changelog'],
    distribution: 'UNRELEASED',
    arches: ['amd64']
};
/** True for a plain filesystem path, false for `scheme://…` URLs and scp-like `host:path`. */
function isLocalPath(url) {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url))
        return false;
    return !/^[^/]+:/.test(url);
}
const directory = (p) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(p).replace(/(.)\/+$/, '$1');
const EVENTS = [
    ['feature-freeze', 'featureFreeze'],
    ['beta-freeze', 'betaFreeze'],
    ['release', 'release']
];
function calendar(raw) {
    if (!raw || typeof raw !== 'object')
        return undefined;
    const r = raw;
    const m = (r.milestones ?? {});
    const out = {};
    for (const [yamlKey, key] of EVENTS) {
        if (typeof r[yamlKey] === 'string')
            out[key] = r[yamlKey];
        if (typeof m[yamlKey] === 'string')
            (out.milestones ??= {})[key] = m[yamlKey];
    }
    return out;
}
/**
 * A track's calendar laid over the top-level one: each event the track sets (a date or a milestone)
 * replaces that event of the top level. Undefined when neither level has a calendar.
 */
function effectiveCalendar(top, track) {
    if (!top && !track)
        return undefined;
    const out = {};
    for (const [, key] of EVENTS) {
        const source = track && (track[key] !== undefined || track.milestones?.[key] !== undefined) ? track : top;
        if (source?.[key] !== undefined)
            out[key] = source[key];
        if (source?.milestones?.[key] !== undefined)
            (out.milestones ??= {})[key] = source.milestones[key];
    }
    return out;
}
function track(raw, repoDir) {
    const upstream = raw.upstream;
    const exclude = (raw.exclude ?? {});
    const url = upstream.url;
    const result = {
        name: raw.name,
        upstream: {
            url: isLocalPath(url) && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(url) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(repoDir, url) : url,
            branch: upstream.branch,
            tag: upstream.tag,
            ...(upstream['commit-url'] ? { commitUrl: upstream['commit-url'] } : {})
        },
        package: directory(raw.package ?? DEFAULTS.package),
        pin: raw.pin ?? DEFAULTS.pin,
        paths: [...(raw.paths ?? [])],
        exclude: {
            paths: [...(exclude.paths ?? [])],
            subjects: [...(exclude.subjects ?? [])]
        },
        patchDir: directory(raw['patch-dir'] ?? DEFAULTS.patchDir),
        versionFiles: [...(raw['version-files'] ?? DEFAULTS.versionFiles)]
    };
    const own = calendar(raw.calendar);
    if (own)
        result.calendar = own;
    return result;
}
function normalize(data, file, repoDir) {
    const topCalendar = calendar(data.calendar);
    const config = {
        file,
        tracks: data.tracks.map(t => track(t, repoDir)),
        distribution: data.distribution ?? DEFAULTS.distribution
    };
    const maintainer = data.maintainer;
    if (maintainer)
        config.maintainer = { name: maintainer.name, email: maintainer.email };
    if (topCalendar)
        config.calendar = topCalendar;
    const build = data.build;
    if (build) {
        config.build = {
            releases: [...build.releases],
            arches: [...(build.arches ?? DEFAULTS.arches)]
        };
    }
    return config;
}


/***/ })

};
