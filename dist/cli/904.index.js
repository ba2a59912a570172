export const id = 904;
export const ids = [904];
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

/***/ 8904:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeConfig: () => (/* binding */ describeConfig),
/* harmony export */   frozenWarnings: () => (/* binding */ frozenWarnings),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _calendar_day_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5402);
/* harmony import */ var _calendar_track_calendar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7483);
/* harmony import */ var _config_normalize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6328);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3192);




const list = (items, none) => (items.length ? items.join(', ') : none);
function calendarLine(c) {
    if (!c)
        return 'none (always fixes mode)';
    const events = [
        ['feature-freeze', c.featureFreeze, c.milestones?.featureFreeze],
        ['beta-freeze', c.betaFreeze, c.milestones?.betaFreeze],
        ['release', c.release, c.milestones?.release]
    ];
    const parts = events.flatMap(([name, date, milestone]) => date ? [`${name} ${date}`] : milestone ? [`${name} at milestone '${milestone}'`] : []);
    return list(parts, 'none (always fixes mode)');
}
function describeTrack(t, top) {
    const row = (label, value) => `  ${`${label}:`.padEnd(18)}${value}`;
    return [
        `track ${t.name} (pull request branch stable-sync/${t.name})`,
        row('upstream', `${t.upstream.url}, branch ${t.upstream.branch}`),
        row('tag template', (t.pin === 'changelog'
            ? t.upstream.tag
            : `${t.upstream.tag} (pin ${t.pin} → tag ${t.upstream.tag.replaceAll('{version}', t.pin)})`) +
            (t.upstream.tagFormat ? ` (debian/gbp.conf upstream-tag ${t.upstream.tagFormat})` : '')),
        row('origin', t.upstream.commitUrl ?? 'commit:<sha> (no commit-url)'),
        row('package dir', t.package === '.' ? '. (debian/ at the repository root)' : `${t.package} (${t.package}/debian)`),
        row('pin', t.pin === 'changelog' ? "upstream part of debian/changelog's top version" : `${t.pin} (fixed)`),
        row('paths', list(t.paths, 'all')),
        row('exclude paths', list(t.exclude.paths, 'none')),
        row('exclude subjects', list(t.exclude.subjects, 'none')),
        row('patch dir', t.patchDir),
        ...(t.bugs?.length ? [row('bug trackers', t.bugs.map(b => `${b.url} → ${b.field}`).join(', '))] : []),
        ...(t.patchFormat && t.patchFormat !== 'auto' ? [row('patch format', t.patchFormat)] : []),
        row('version files', list(t.versionFiles, 'none')),
        row('calendar', calendarLine((0,_config_normalize_js__WEBPACK_IMPORTED_MODULE_2__/* .effectiveCalendar */ .yo)(top, t.calendar)))
    ];
}
/** What was understood, for a person: one block per track. */
function describeConfig(config) {
    const identity = config.maintainer
        ? `${config.maintainer.name} <${config.maintainer.email}>`
        : 'from DEBFULLNAME and DEBEMAIL at run time';
    return [
        `${config.file}: valid, ${config.tracks.length} track${config.tracks.length === 1 ? '' : 's'}.`,
        `maintainer: ${identity}`,
        `distribution: ${config.distribution}`,
        ...(config.vendor && config.vendor !== 'auto' ? [`vendor: ${config.vendor}`] : []),
        `calendar: ${calendarLine(config.calendar)}`,
        ...(config.build
            ? [
                `build: releases ${list(config.build.releases, 'none')}; arches ${list(config.build.arches, 'none')}`
            ]
            : []),
        ...config.tracks.flatMap(t => ['', ...describeTrack(t, config.calendar)])
    ].join('\n');
}
/**
 * A calendar copied from an example (or left from the last cycle) can be past its beta freeze: the
 * tool then proposes nothing automatically, which looks like a broken set-up. Say so at set-up time.
 * Only what the config's dates decide is judged here; milestones need GitHub and are left to `status`.
 */
async function frozenWarnings(config, now) {
    const warnings = [];
    for (const track of config.tracks) {
        const c = await (0,_calendar_track_calendar_js__WEBPACK_IMPORTED_MODULE_1__/* .trackCalendar */ .K)(config, track, now, undefined, { need: 'mode' }).catch(() => undefined);
        if (c?.mode === 'frozen' && !c.assumed?.length) {
            warnings.push(`${config.file}: track '${track.name}' is frozen on ${c.day} (${c.reason}): nothing is proposed automatically. ` +
                "If these dates came from an example or an earlier release cycle, set calendar: to your release's freeze dates.");
        }
    }
    return warnings;
}
const validateCommand = {
    name: 'validate',
    summary: 'Load and validate the configuration, and print what was understood.',
    usage: '[--repo DIR] [--config FILE] [--now YYYY-MM-DD] [--json]',
    options: {
        repo: _command_js__WEBPACK_IMPORTED_MODULE_3__/* .commonOptions */ .OP.repo,
        config: _command_js__WEBPACK_IMPORTED_MODULE_3__/* .commonOptions */ .OP.config,
        now: {
            type: 'string',
            description: 'The day the calendar is checked against (YYYY-MM-DD)',
            default: 'today'
        },
        json: _command_js__WEBPACK_IMPORTED_MODULE_3__/* .commonOptions */ .OP.json
    },
    async run(ctx) {
        // A bad configuration throws ConfigError: the CLI prints it on stderr and exits 2.
        const { config } = await (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCommandConfig */ .eY)(ctx);
        const now = (0,_calendar_day_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNow */ .A7)(ctx.values.now);
        ctx.out(ctx.values.json ? JSON.stringify(config, null, 2) : describeConfig(config));
        for (const warning of await frozenWarnings(config, now))
            ctx.log.warning(warning);
        return 0;
    }
};


/***/ })

};
