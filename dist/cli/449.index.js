export const id = 449;
export const ids = [449,463];
export const modules = {

/***/ 5449:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: ./build/cli/github-context.js
var github_context = __webpack_require__(6052);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/build/report-publish.js
/**
 * One sticky comment per track: the bot's comment whose body starts with the report's marker is edited
 * in place (and left alone when the text is the same), never duplicated; an outsider's comment that
 * starts with the marker is not the bot's (it could not be edited) and is ignored. The commit status
 * goes on the head sha the builds ran on.
 */
async function publishReport(host, o) {
    let existing;
    for (const c of await host.listComments(o.pr)) {
        if (c.body.startsWith(o.report.marker) && (await host.isBot(c.author))) {
            existing = c;
            break;
        }
    }
    let comment;
    let commentId;
    if (!existing) {
        commentId = (await host.addComment(o.pr, o.report.markdown)).id;
        comment = 'created';
    }
    else {
        commentId = existing.id;
        comment = existing.body === o.report.markdown ? 'unchanged' : 'updated';
        if (comment === 'updated')
            await host.updateComment(existing.id, o.report.markdown);
    }
    if (o.headSha) {
        await host.setStatus(o.headSha, {
            state: o.report.state,
            context: o.context,
            description: o.report.description,
            ...(o.targetUrl ? { targetUrl: o.targetUrl } : {})
        });
    }
    return { comment, commentId, status: Boolean(o.headSha) };
}

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/markdown.js
var markdown = __webpack_require__(7403);
;// CONCATENATED MODULE: ./build/build/report.js


/** Tags listed per build in the comment (GitHub keeps 65536 characters per comment). */
const MAX_TAGS = 40;
/** The hidden line that makes the comment findable (and so updated in place) on the next run. */
const reportMarker = (track) => `<!-- stable-sync-report:${encodeURIComponent(track)} -->`;
/** Table cell text (job names, verdicts, guest reasons): the one escaper, at most 200 characters. */
const cell = (text) => (0,markdown/* tableCell */.xR)(text, 200);
const ICON = { success: '✅', failure: '❌', cancelled: '⚪', skipped: '⏭️' };
function renderReport(input) {
    const marker = reportMarker(input.track);
    const builds = input.records.filter(r => r.kind === 'build').sort(byId);
    const boots = input.records.filter(r => r.kind === 'boot').sort(byId);
    const lines = [marker, `### stable-sync: build and boot of \`${cell(input.track)}\``, ''];
    if (input.headSha)
        lines.push(`Branch head: ${input.headSha}${input.runUrl ? ` · [workflow run](${input.runUrl})` : ''}`, '');
    lines.push('| Build | Release | Arch | Result | Packages |', '|---|---|---|---|---|');
    if (builds.length === 0)
        lines.push('| – | – | – | no build ran | |');
    for (const b of builds) {
        const debs = (b.debs ?? []).map(d => `\`${d.replace(/`/g, '')}\``).join(' ');
        lines.push(`| ${cell(b.source ?? b.id)} | ${cell(b.release)} | ${cell(b.arch)} | ${ICON[b.status]} ${b.status} | ${debs} |`);
    }
    lines.push(...renderGate(builds));
    lines.push('', '| Boot test | Release | Arch | Result | Accel | Reason |', '|---|---|---|---|---|---|');
    if (boots.length === 0 && input.bootNotRun)
        lines.push(`| – | – | – | boot: not run (${cell(input.bootNotRun)}) | | |`);
    else if (boots.length === 0)
        lines.push('| – | – | – | not run (no bootable package, or a fork PR) | | |');
    for (const b of boots) {
        const verdict = b.verdict ? `${ICON[b.status]} ${cell(b.verdict)}` : `${ICON[b.status]} ${b.status}`;
        lines.push(`| ${cell(b.source ?? b.id)} | ${cell(b.release)} | ${cell(b.arch)} | ${verdict} | ${cell(b.accel)} | ${cell(b.reason)} |`);
    }
    lines.push('', '<sub>Updated in place by stable-sync on every run.</sub>');
    const failed = input.records.filter(r => r.status === 'failure');
    const cancelled = input.records.filter(r => r.status === 'cancelled');
    const state = failed.length
        ? 'failure'
        : cancelled.length || builds.length === 0
            ? 'error'
            : 'success';
    const count = (kind) => {
        const all = input.records.filter(r => r.kind === kind);
        return `${all.filter(r => r.status === 'success').length}/${all.length}`;
    };
    const boot = input.bootNotRun && boots.length === 0
        ? `boot: not run (${input.bootNotRun})`
        : `boots ${count('boot')} ok`;
    const description = `builds ${count('build')} ok, ${boot}`.slice(0, 140);
    return { marker, markdown: lines.join('\n') + '\n', state, description };
}
/** The build gate table and each build's lintian tags; nothing when no build ran the gate. */
function renderGate(builds) {
    const gated = builds.filter(b => b.gate && (b.gate.lintian || b.gate.autopkgtest));
    if (gated.length === 0)
        return [];
    const lines = ['', '| Build gate | Release | Arch | Lintian | autopkgtest |', '|---|---|---|---|---|'];
    for (const b of gated) {
        const l = b.gate.lintian;
        const a = b.gate.autopkgtest;
        const lintian = l
            ? `${l.status === 'pass' ? '✅' : '❌'} errors ${l.errors}, warnings ${l.warnings}`
            : 'not run';
        const tests = a
            ? a.status === 'none'
                ? 'no debian/tests'
                : `${a.status === 'pass' ? '✅' : a.status === 'fail' ? '❌' : '⏭️'} ${a.tests.map(t => `${t.name} ${t.result}`).join(', ') || a.status}`
            : 'not run';
        lines.push(`| ${cell(b.source ?? b.id)} | ${cell(b.release)} | ${cell(b.arch)} | ${cell(lintian)} | ${cell(tests)} |`);
    }
    for (const b of gated) {
        const tags = b.gate.lintian?.tags ?? [];
        if (tags.length === 0)
            continue;
        const errorsFirst = [...tags].sort((x, y) => x.severity === y.severity ? 0 : x.severity === 'error' ? -1 : 1);
        lines.push('', `<details><summary>lintian: ${cell(b.source ?? b.id)} on ${cell(b.release)} ${cell(b.arch)}</summary>`, '', '| | Package | Tag | Where |', '|---|---|---|---|');
        for (const t of errorsFirst.slice(0, MAX_TAGS)) {
            lines.push(`| ${t.severity === 'error' ? 'E' : 'W'} | ${cell(t.package)} | ${cell(t.tag)} | ${cell(t.context)} |`);
        }
        if (tags.length > MAX_TAGS)
            lines.push('', `…and ${tags.length - MAX_TAGS} more in the job log.`);
        lines.push('', '</details>');
    }
    return lines;
}
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Validate one record read from a results file (written by the workflow, so shapes are checked). */
function parseRecord(data, file) {
    const r = data;
    const statuses = ['success', 'failure', 'cancelled', 'skipped'];
    if (!r ||
        (r.kind !== 'build' && r.kind !== 'boot') ||
        typeof r.id !== 'string' ||
        !statuses.includes(r.status)) {
        throw new errors/* InputError */.dz(`${file}: not a stable-sync job record (kind build|boot, id, status success|failure|cancelled|skipped)`);
    }
    return {
        kind: r.kind,
        id: r.id,
        release: String(r.release ?? ''),
        arch: String(r.arch ?? ''),
        status: r.status,
        ...(r.source ? { source: String(r.source) } : {}),
        ...(Array.isArray(r.debs) ? { debs: r.debs.map(String) } : {}),
        ...(r.verdict ? { verdict: String(r.verdict) } : {}),
        ...(r.reason ? { reason: String(r.reason) } : {}),
        ...(r.accel ? { accel: String(r.accel) } : {}),
        ...(r.gate !== undefined ? { gate: parseGate(r.gate, file) } : {})
    };
}
function parseGate(data, file) {
    const g = data;
    const bad = () => {
        throw new errors/* InputError */.dz(`${file}: 'gate' is not a build gate record (lintian, autopkgtest as stable-sync build --json writes)`);
    };
    if (!g || typeof g !== 'object')
        bad();
    const out = {};
    if (g.lintian !== undefined) {
        const l = g.lintian;
        if (!l || !Array.isArray(l.tags) || (l.status !== 'pass' && l.status !== 'fail'))
            bad();
        out.lintian = {
            status: l.status,
            errors: Number(l.errors) || 0,
            warnings: Number(l.warnings) || 0,
            tags: l.tags.map(t => ({
                severity: t.severity === 'error' ? 'error' : 'warning',
                package: String(t.package ?? ''),
                tag: String(t.tag ?? ''),
                ...(t.context ? { context: String(t.context) } : {})
            }))
        };
    }
    if (g.autopkgtest !== undefined) {
        const a = g.autopkgtest;
        if (!a || !Array.isArray(a.tests) || !['pass', 'fail', 'skip', 'none'].includes(a.status))
            bad();
        out.autopkgtest = {
            status: a.status,
            tests: a.tests.map(t => ({
                name: String(t.name ?? ''),
                result: String(t.result ?? ''),
                ...(t.detail ? { detail: String(t.detail) } : {})
            }))
        };
    }
    return out;
}

// EXTERNAL MODULE: ./build/github/identity.js
var identity = __webpack_require__(530);
;// CONCATENATED MODULE: ./build/github/errors.js

function explainApiError(error) {
    const e = error;
    if (typeof e?.status !== 'number')
        return error;
    const where = e.request ? `${e.request.method} ${e.request.url}` : 'GitHub API';
    // Octokit appends " - <documentation url>" to GitHub's message.
    const message = (e.message ?? '').replace(/ - https?:\/\/\S+$/, '');
    if (e.status === 401) {
        return new InputError(`GitHub rejected the token (401 ${message || 'Bad credentials'}) on ${where}. ` +
            'Pass a valid token in the `token` input (default: the workflow token, `github.token`); ' +
            'a personal access token or GitHub App token must not be expired or revoked.');
    }
    if (e.status === 403 && /not accessible by integration|permission/i.test(message)) {
        return new InputError(`The token may not do ${where} (403 ${message}). Give the job ` +
            '`permissions: { contents: write, pull-requests: write, issues: write }`, or use a token that has them.');
    }
    const hint = e.status >= 500
        ? ' after retries; GitHub is having trouble. The next run continues from where this one stopped'
        : '';
    return new Error(`GitHub API ${where} answered ${e.status} ${message}${hint}.`, { cause: error });
}
/** Is this GitHub's 422 "A pull request already exists for owner:branch."? */
function errors_isPullAlreadyExists(error) {
    const e = error;
    if (e?.status !== 422)
        return false;
    const messages = [e.message ?? '', ...(e.response?.data?.errors ?? []).map(x => x.message ?? '')];
    return messages.some(m => /a pull request already exists/i.test(m));
}

;// CONCATENATED MODULE: ./build/github/pulls.js


function toInfo(p) {
    return {
        number: p.number,
        url: p.html_url,
        state: p.state === 'open' ? 'open' : 'closed',
        merged: p.merged_at !== null,
        title: p.title,
        body: p.body ?? '',
        draft: p.draft ?? false,
        ...(p.user ? { author: p.user.login } : {})
    };
}
async function listPulls(gh, head, base, state) {
    const pulls = await gh.octokit.paginate(gh.octokit.rest.pulls.list, {
        owner: gh.owner,
        repo: gh.repo,
        head: `${gh.owner}:${head}`,
        base,
        state,
        per_page: 100
    });
    return pulls.map(toInfo).sort((a, b) => b.number - a.number);
}
async function findOpenPull(gh, head, base) {
    return (await listPulls(gh, head, base, 'open'))[0];
}
async function updatePull(gh, number, fields) {
    const { data } = await gh.octokit.rest.pulls.update({
        owner: gh.owner,
        repo: gh.repo,
        pull_number: number,
        ...fields
    });
    return toInfo(data);
}
/**
 * Create the PR. A create whose response was lost (502 after the write, a reset connection) is retried
 * by the retry plugin and then meets GitHub's 422 "already exists": find that PR and bring its title and
 * body up to date, so a crash between calls never yields two PRs.
 */
async function createOrFindPull(gh, p) {
    try {
        const { data } = await gh.octokit.rest.pulls.create({
            owner: gh.owner,
            repo: gh.repo,
            head: p.head,
            base: p.base,
            title: p.title,
            body: p.body,
            draft: p.draft
        });
        return { pull: toInfo(data), created: true };
    }
    catch (e) {
        if (!isPullAlreadyExists(e))
            throw e;
        const existing = await findOpenPull(gh, p.head, p.base);
        if (!existing)
            throw e;
        gh.log.info(`pull request #${existing.number} already exists for ${p.head}; updating it`);
        if (existing.title === p.title && existing.body === p.body)
            return { pull: existing, created: false };
        return { pull: await updatePull(gh, existing.number, { title: p.title, body: p.body }), created: false };
    }
}
async function listComments(gh, issue) {
    const comments = await gh.octokit.paginate(gh.octokit.rest.issues.listComments, {
        owner: gh.owner,
        repo: gh.repo,
        issue_number: issue,
        per_page: 100
    });
    return comments.map(c => ({ id: c.id, body: c.body ?? '', ...(c.user ? { author: c.user.login } : {}) }));
}
async function addComment(gh, issue, body) {
    const { data } = await gh.octokit.rest.issues.createComment({
        owner: gh.owner,
        repo: gh.repo,
        issue_number: issue,
        body
    });
    return { id: data.id, body: data.body ?? '' };
}
async function updateComment(gh, id, body) {
    await gh.octokit.rest.issues.updateComment({ owner: gh.owner, repo: gh.repo, comment_id: id, body });
}
async function addLabels(gh, issue, labels) {
    await gh.octokit.rest.issues.addLabels({ owner: gh.owner, repo: gh.repo, issue_number: issue, labels });
}
async function requestReviewers(gh, pull, reviewers, teamReviewers) {
    await gh.octokit.rest.pulls.requestReviewers({
        owner: gh.owner,
        repo: gh.repo,
        pull_number: pull,
        reviewers,
        team_reviewers: teamReviewers
    });
}
/** The PullRequestHost port of the publish core, backed by GitHub. */
function pullRequestHost(gh) {
    return {
        openPull: (head, base) => findOpenPull(gh, head, base),
        closedPulls: (head, base) => listPulls(gh, head, base, 'closed'),
        createOrFindPull: p => createOrFindPull(gh, p),
        updatePull: (n, f) => updatePull(gh, n, f),
        comments: n => listComments(gh, n),
        comment: async (n, body) => void (await addComment(gh, n, body)),
        addLabels: (n, l) => addLabels(gh, n, l),
        requestReviewers: (n, r, t) => requestReviewers(gh, n, r, t),
        isBot: async (login) => (await botAuthor(gh))(login)
    };
}

;// CONCATENATED MODULE: ./build/github/report-host.js


/** The workflow report's GitHub calls: PR comments (issues API) and commit statuses. */
function reportApi(gh) {
    return {
        listComments: issue => listComments(gh, issue),
        isBot: async (login) => (await (0,identity/* botAuthor */.b)(gh))(login),
        addComment: (issue, body) => addComment(gh, issue, body),
        updateComment: (id, body) => updateComment(gh, id, body),
        async setStatus(sha, s) {
            await gh.octokit.rest.repos.createCommitStatus({
                owner: gh.owner,
                repo: gh.repo,
                sha,
                state: s.state,
                context: s.context,
                description: s.description,
                ...(s.targetUrl ? { target_url: s.targetUrl } : {})
            });
        }
    };
}

// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/commands/report.js








/**
 * `stable-sync report`: render the build/boot table of the reusable workflow's job records
 * (`*.json` in --results) as the sticky PR comment's markdown, plus the commit status; with --post,
 * publish both (token from GITHUB_TOKEN or GH_TOKEN, API from GITHUB_API_URL).
 */
const reportCommand = {
    name: 'report',
    summary: 'Render the build and boot results of a workflow run as a PR comment and a commit status (--post: publish them).',
    usage: '--results DIR --track NAME [--boot-not-run REASON] [--head-sha SHA] [--run-url URL] [--out FILE] [--post --pr N [--repository OWNER/REPO] [--context NAME]] [--json]',
    options: {
        results: { type: 'string', description: "The directory of the workflow jobs' *.json records (required)" },
        track: { type: 'string', description: 'The track the results are for (required)' },
        'head-sha': {
            type: 'string',
            description: 'The commit the build and boot ran on (the commit status goes there)',
            default: 'none: no commit status'
        },
        'run-url': {
            type: 'string',
            description: 'Link to the workflow run, in the comment and status',
            default: 'none'
        },
        out: {
            type: 'string',
            description: "Also write the comment's markdown to this file",
            default: 'stdout only'
        },
        post: {
            type: 'boolean',
            description: 'Publish the comment and commit status on GitHub (token in GITHUB_TOKEN)'
        },
        pr: { type: 'string', description: 'The pull request to comment on (with --post)' },
        repository: {
            type: 'string',
            description: 'OWNER/REPO to post to (with --post)',
            default: '$GITHUB_REPOSITORY'
        },
        context: { type: 'string', description: "The commit status's context", default: 'stable-sync/<track>' },
        json: command/* commonOptions */.OP.json,
        verbose: command/* commonOptions */.OP.verbose,
        'boot-not-run': {
            type: 'string',
            description: 'Report the boot stage as not run, with this reason (no boot records expected)',
            default: 'boot records are read from --results'
        }
    },
    async run(ctx) {
        const dir = ctx.values.results;
        const track = ctx.values.track;
        if (!dir || !track)
            throw new errors/* InputError */.dz('--results DIR and --track NAME are required');
        const resultsDir = (0,external_node_path_.resolve)(ctx.cwd, dir);
        let names = [];
        try {
            names = (0,external_node_fs_.readdirSync)(resultsDir).filter(n => n.endsWith('.json'));
        }
        catch {
            ctx.log.warning(`${resultsDir} does not exist: reporting no build results`);
        }
        const records = names.sort().map(n => {
            const file = (0,external_node_path_.join)(resultsDir, n);
            let data;
            try {
                data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
            }
            catch (e) {
                throw new errors/* InputError */.dz(`${file}: not JSON (${e.message})`);
            }
            return parseRecord(data, file);
        });
        const headSha = ctx.values['head-sha'];
        const runUrl = ctx.values['run-url'];
        const bootNotRun = ctx.values['boot-not-run'] || undefined;
        const report = renderReport({ track, records, headSha, runUrl, ...(bootNotRun ? { bootNotRun } : {}) });
        if (ctx.values.out)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(ctx.cwd, ctx.values.out), report.markdown);
        let published;
        if (ctx.values.post) {
            const pr = Number(ctx.values.pr);
            if (!Number.isInteger(pr) || pr <= 0)
                throw new errors/* InputError */.dz('--post needs --pr N, the pull request to comment on');
            const gh = (0,github_context/* cliGitHubRepo */.m)(ctx, '--post needs a token in GITHUB_TOKEN (or GH_TOKEN) with pull-requests and statuses write');
            published = await publishReport(reportApi(gh), {
                pr,
                headSha,
                context: ctx.values.context ?? `stable-sync/${track}`,
                targetUrl: runUrl,
                report
            });
            ctx.log.info(`report: comment ${published.comment} (${published.commentId}), status ${report.state} on ${headSha ?? '(no sha)'}`);
        }
        ctx.out(ctx.values.json ? JSON.stringify({ ...report, ...(published ? { published } : {}) }) : report.markdown);
        return 0;
    }
};


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

/***/ 7403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/* unused harmony exports neutralizeReferences, neutralizePlainText, escapeHtmlText, escapeText, codeSpan, codeLink */
/**
 * The one escaper of untrusted text (upstream subjects and names, guest console lines, build
 * reasons) for GitHub-flavoured markdown: PR and issue bodies, report comments, job summaries.
 * The packaging repo's PR must not ping upstream developers (`@name`), link to its own issues (`#123`,
 * `GH-123`, `owner/repo#123`), back-reference upstream issues (`https://github.com/o/r/issues/1`), render
 * HTML, or have its tables broken by a `|`.
 */
const ZWJ = '\u200d';
/**
 * What GitHub turns into a ping or a link, made inert with a zero-width joiner: `@name` mentions,
 * `#123` / `owner/repo#123` / `GH-123` references, and `github.com` URLs (an upstream issue's URL in
 * a PR or issue body makes GitHub post "mentioned this" on that upstream issue; `github<ZWJ>.com` is
 * no longer a host GitHub links or cross-references). Applied to text nodes: GitHub finds references in
 * the rendered HTML too (job summaries, HTML table cells), where markdown escapes do not apply.
 */
function neutralizeReferences(text) {
    return text
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#/g, `#${ZWJ}`)
        .replace(/\b(GH)-(\d)/gi, `$1-${ZWJ}$2`)
        .replace(/\b(github)(\.com)\b/gi, `$1${ZWJ}$2`);
}
/**
 * The plain-text variant for git commit messages, which GitHub reads for references but never renders
 * as markdown: merged to the default branch, `Fixes #123`, `GH-12`, `owner/repo#12` or an issue URL
 * closes or links this repository's issues, and `@name` links a user. Only what forms a reference is
 * touched (a `#` before a digit, an `@` before a name, `GH-<digit>`, the `github.com` host), with the
 * same zero-width joiner: `#include`, `a@b` in the middle of a word and everything else stay as written.
 */
function neutralizePlainText(text) {
    return text
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
        .replace(/\b(GH)-(\d)/gi, `$1-${ZWJ}$2`)
        .replace(/\b(github)(\.com)\b/gi, `$1${ZWJ}$2`);
}
/** Untrusted text for an HTML context (a job-summary table cell): entities escaped, references inert. */
function escapeHtmlText(text) {
    return neutralizeReferences(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
/** Plain inline text: one line, markdown punctuation escaped, no mentions, no issue links or URLs, no HTML. */
function escapeText(text) {
    const escaped = text
        // Control characters and newlines would end a table row or smuggle in a block.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]{}()|~!])/g, '\\$1');
    // A zero-width joiner keeps the text readable but stops mentions, auto-links and cross-references.
    return neutralizeReferences(escaped)
        .replace(/^([=+-])/, '\\$1')
        .trim();
}
/** A table cell: one line of at most `max` characters, escaped as escapeText. */
function tableCell(text, max = Infinity) {
    const line = (text ?? '').replace(/\s+/g, ' ').trim();
    return escapeText(line.length > max ? `${line.slice(0, max - 1)}…` : line);
}
/** A code span for machine text (shas, refs, paths): backticks and line breaks removed, `|` escaped for tables. */
function codeSpan(text) {
    // eslint-disable-next-line no-control-regex
    const clean = text.replace(/[`\u0000-\u001f\u007f]/g, '').replace(/\|/g, '\\|');
    return `\`${clean || ' '}\``;
}
/** A link whose label is code and whose URL is percent-encoded where markdown would end it. */
function codeLink(label, url) {
    if (!url)
        return codeSpan(label);
    const safeUrl = url.replace(/[\s()<>|]/g, c => encodeURIComponent(c));
    return `[${codeSpan(label)}](${safeUrl})`;
}


/***/ })

};
