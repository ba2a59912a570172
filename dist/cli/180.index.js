export const id = 180;
export const ids = [180];
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

/***/ 6180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusCommand: () => (/* binding */ statusCommand)
/* harmony export */ });
/* harmony import */ var _calendar_day_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5402);
/* harmony import */ var _calendar_select_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2903);
/* harmony import */ var _calendar_track_calendar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7483);
/* harmony import */ var _github_milestone_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4149);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3192);





/** `stable-sync status`: each track's freeze-calendar mode today (or at --now) and when it changes next. */
const statusCommand = {
    name: 'status',
    summary: "Show each track's calendar mode (track, fixes, frozen) and the next date that changes it.",
    usage: '[--repo DIR] [--config FILE] [--track NAME] [--now YYYY-MM-DD] [--json]',
    options: {
        ..._command_js__WEBPACK_IMPORTED_MODULE_4__/* .commonOptions */ .OP,
        now: { type: 'string', description: 'The day to show the calendar for (YYYY-MM-DD)', default: 'today' }
    },
    async run(ctx) {
        const now = (0,_calendar_day_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNow */ .A7)(ctx.values.now);
        const { config } = await (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCommandConfig */ .eY)(ctx);
        const tracks = (0,_calendar_select_js__WEBPACK_IMPORTED_MODULE_1__/* .selectTracks */ .X)(config, ctx.values.track);
        // Milestone dates need GitHub (GITHUB_TOKEN + GITHUB_REPOSITORY); fixed dates need nothing.
        const milestones = (0,_github_milestone_env_js__WEBPACK_IMPORTED_MODULE_3__/* .milestoneLookupFromEnv */ .i)(ctx.env, ctx.log);
        const calendars = await Promise.all(tracks.map(t => (0,_calendar_track_calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .trackCalendar */ .K)(config, t, now, milestones)));
        if (ctx.values.json) {
            ctx.out(JSON.stringify({ now: now.toISOString().slice(0, 10), tracks: calendars }, null, 2));
        }
        else {
            for (const c of calendars)
                ctx.out((0,_calendar_track_calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTrackCalendar */ .H)(c));
        }
        return 0;
    }
};


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


/***/ })

};
