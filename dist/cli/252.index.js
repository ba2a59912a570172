export const id = 252;
export const ids = [252,463];
export const modules = {

/***/ 9252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseGateCommand: () => (/* binding */ releaseGateCommand)
});

// EXTERNAL MODULE: ./build/cli/github-context.js
var github_context = __webpack_require__(6052);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/github/permission.js
/**
 * GET /repos/{owner}/{repo}/collaborators/{username}/permission. Undefined when GitHub knows no
 * such user (404). Needs only the metadata read permission every workflow token has.
 */
async function repoPermission(gh, username) {
    try {
        const { data } = await gh.octokit.rest.repos.getCollaboratorPermissionLevel({
            owner: gh.owner,
            repo: gh.repo,
            username
        });
        return { permission: data.permission, roleName: data.role_name };
    }
    catch (e) {
        if (e.status === 404)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./build/release/milestone-gate.js
function releaseMilestoneGate(event, config, trackNames) {
    if (event.name !== 'milestone')
        return { release: true, reason: `triggered by ${event.name ?? 'hand'}` };
    const closed = event.payload?.milestone?.title;
    if (event.payload?.action !== 'closed') {
        return {
            release: false,
            reason: `milestone '${closed ?? '?'}' was ${event.payload?.action ?? 'changed'}, not closed`
        };
    }
    const tracks = config?.tracks.filter(t => !trackNames?.length || trackNames.includes(t.name)) ?? [];
    const titles = new Set([config?.calendar?.milestones?.release, ...tracks.map(t => t.calendar?.milestones?.release)].filter((t) => Boolean(t)));
    if (titles.size === 0) {
        return {
            release: false,
            reason: `milestone '${closed ?? '?'}' closed, but no release milestone is configured: set calendar.milestones.release ` +
                'in the configuration to release when it closes'
        };
    }
    if (closed && titles.has(closed))
        return { release: true, reason: `release milestone '${closed}' closed` };
    return {
        release: false,
        reason: `milestone '${closed ?? '?'}' is not the release milestone (${[...titles].join(', ')})`
    };
}

;// CONCATENATED MODULE: ./build/release/release-gate.js
/**
 * Who may release. Closing a milestone needs only triage access on GitHub, so the milestone gate
 * (the title) is not enough: the user who closed it (the event's sender) must be able to push —
 * GitHub's legacy permission `admin` or `write` (a `maintain` role reads as `write`; `triage` and
 * `read` read as `read`). The release job's `environment` adds a human approval on top.
 */
const RELEASE_PERMISSIONS = ['admin', 'write'];
function senderGate(milestone, sender, permission) {
    if (!milestone.release)
        return milestone;
    if (!sender)
        return { release: false, reason: `${milestone.reason}, but the event names no sender` };
    if (!permission)
        return { release: false, reason: `${milestone.reason} by ${sender}, whom GitHub does not know as a user` };
    const role = permission.roleName || permission.permission;
    if (!RELEASE_PERMISSIONS.includes(permission.permission)) {
        return {
            release: false,
            reason: `${milestone.reason} by ${sender}, who has ${role} access: releasing needs write, maintain or admin`
        };
    }
    return { release: true, reason: `${milestone.reason} by ${sender} (${role})` };
}

// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/commands/release-gate.js







/**
 * `stable-sync release-gate`: may this event release? The release milestone must be the one that
 * closed (milestone-gate) and its sender must have write, maintain or admin access (asked from the
 * API with GITHUB_TOKEN). The reusable workflow runs it in the sync job, before any build starts;
 * prints `release=` and `reason=` lines for $GITHUB_OUTPUT (or appends them to --github-output).
 * A refusal is a decision, not an error: exit 0.
 */
const releaseGateCommand = {
    name: 'release-gate',
    summary: 'Decide whether the triggering event may release (release milestone, sender with write access).',
    usage: '[--repo DIR] [--config FILE] [--track NAME] [--repository OWNER/REPO] [--github-output FILE] [--json]',
    options: {
        repo: command/* commonOptions */.OP.repo,
        config: command/* commonOptions */.OP.config,
        track: command/* commonOptions */.OP.track,
        repository: {
            type: 'string',
            description: 'OWNER/REPO whose collaborator permission is asked',
            default: '$GITHUB_REPOSITORY'
        },
        'github-output': {
            type: 'string',
            description: 'Also append release= and reason= lines to this file ($GITHUB_OUTPUT)',
            default: 'stdout only'
        },
        json: command/* commonOptions */.OP.json,
        verbose: command/* commonOptions */.OP.verbose
    },
    async run(ctx) {
        const { config } = await (0,command/* loadCommandConfig */.eY)(ctx);
        const tracks = (ctx.values.track ?? []).filter(t => t !== '');
        const payload = readEvent(ctx.env.GITHUB_EVENT_PATH);
        const milestone = releaseMilestoneGate({ name: ctx.env.GITHUB_EVENT_NAME, payload }, config, tracks);
        let decision = milestone;
        if (milestone.release) {
            const gh = (0,github_context/* cliGitHubRepo */.m)(ctx, "release-gate needs GITHUB_TOKEN (the workflow token) to read the sender's permission");
            const sender = payload?.sender?.login;
            decision = senderGate(milestone, sender, sender ? await repoPermission(gh, sender) : undefined);
        }
        ctx.log.info(`release gate: ${decision.release ? 'release' : 'no release'}: ${decision.reason}`);
        const lines = `release=${decision.release}\nreason=${decision.reason.replace(/\s+/g, ' ')}\n`;
        const file = ctx.values['github-output'];
        if (file)
            (0,external_node_fs_.appendFileSync)(file, lines);
        ctx.out(ctx.values.json ? JSON.stringify(decision) : lines.trimEnd());
        return 0;
    }
};
function readEvent(path) {
    if (!path)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new errors/* InputError */.dz(`${path}: the event payload is not readable JSON (${e.message})`);
    }
}


/***/ }),

/***/ 6052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ cliGitHubRepo)
/* harmony export */ });
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4463);
/* harmony import */ var _github_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8328);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9473);



/**
 * The GitHub façade for a CLI command that writes or reads GitHub (report --post, release-gate): the
 * repository from --repository or GITHUB_REPOSITORY, the token from GITHUB_TOKEN (or GH_TOKEN), the
 * API from GITHUB_API_URL (the local server in tests), the waits scaled by STABLE_SYNC_TIME_UNIT_MS.
 * Kept out of command.ts so that commands without GitHub never load Octokit. `noToken` is the error
 * when no token is set: what it is for and where to put it.
 */
function cliGitHubRepo(ctx, noToken) {
    const given = ctx.values.repository;
    const { owner, repo } = given
        ? (0,_github_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(given, '--repository')
        : (0,_github_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(ctx.env.GITHUB_REPOSITORY, 'GITHUB_REPOSITORY (or --repository)');
    const token = ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN;
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(noToken);
    return (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__.createGitHubRepo)({ owner, repo }, {
        token,
        log: ctx.log,
        ...(ctx.env.GITHUB_API_URL ? { baseUrl: ctx.env.GITHUB_API_URL } : {}),
        // Tests shrink the waits GitHub asks for (retry back-off, write spacing), as the actions do.
        timeUnitMs: (0,_github_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .apiTimeUnitMs */ .cB)(ctx.env)
    });
}


/***/ }),

/***/ 4463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubRepo: () => (/* binding */ createGitHubRepo),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/** How many times a rate-limited request is retried before the run fails. */
const RATE_LIMIT_RETRIES = 3;
function createOctokit(options) {
    const { log } = options;
    const unit = options.timeUnitMs ?? 1000;
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        log: {
            debug: m => log.debug(m),
            info: m => log.debug(m),
            warn: m => log.warning(m),
            error: m => log.error(m)
        },
        retry: { retryAfterBaseValue: unit, retries: options.retries ?? 3 },
        throttle: {
            retryAfterBaseValue: unit,
            // GitHub's guidance, as the plugin's own defaults (1 s between writes, 3 s between writes that
            // notify), but on our time unit so tests are not slowed by real-world spacing.
            write: spacedGroup(unit),
            notifications: spacedGroup(3 * unit),
            onRateLimit: (retryAfter, opts, _o, retryCount) => {
                log.warning(`GitHub rate limit on ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
                return retryCount < RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => {
                log.warning(`GitHub secondary rate limit on ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
                return retryCount < RATE_LIMIT_RETRIES;
            }
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}
function createGitHubRepo(repo, options) {
    return { ...repo, octokit: createOctokit(options), log: options.log };
}
/**
 * A stand-in for the plugin's Bottleneck groups (`group.key(id).schedule(opts, fn, ...args)`): runs
 * jobs one at a time, at least `minTimeMs` apart.
 */
function spacedGroup(minTimeMs) {
    let last = 0;
    let queue = Promise.resolve();
    const limiter = {
        schedule(_opts, fn, ...args) {
            const turn = queue.then(async () => {
                const wait = last + minTimeMs - Date.now();
                if (wait > 0)
                    await new Promise(resolve => setTimeout(resolve, wait));
                last = Date.now();
            });
            queue = turn.catch(() => undefined);
            return turn.then(() => fn(...args));
        }
    };
    return { key: () => limiter };
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
