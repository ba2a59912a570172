export const id = 190;
export const ids = [190];
export const modules = {

/***/ 5208:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ buildMatrix)
});

// UNUSED EXPORTS: packageInfo

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/build/kernel-series.js



/**
 * A DKMS module source built only for one kernel series (`BUILD_EXCLUSIVE_KERNEL="^6\.1\."`, as a
 * kvm-source that follows one Linux stable branch must say) cannot be built for a release whose
 * kernel is another series: dkms skips it and the boot job has no module to test. The build matrix
 * checks this before any job starts, for the releases whose stock kernel series is known here.
 */
const RELEASE_KERNEL_SERIES = {
    'debian:bullseye': '5.10',
    'debian:bookworm': '6.1',
    'debian:trixie': '6.12',
    'ubuntu:focal': '5.4',
    'ubuntu:jammy': '5.15',
    'ubuntu:noble': '6.8'
};
/** The BUILD_EXCLUSIVE_KERNEL regex of the package's dkms.conf (debian/ or the package root), if any. */
function buildExclusiveKernel(packageDir) {
    for (const file of [(0,external_node_path_.join)(packageDir, 'debian', 'dkms.conf'), (0,external_node_path_.join)(packageDir, 'dkms.conf')]) {
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        const m = /^\s*BUILD_EXCLUSIVE_KERNEL=(?:"([^"]*)"|'([^']*)'|(\S+))\s*(?:#.*)?$/m.exec((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (m)
            return { file, pattern: m[1] ?? m[2] ?? m[3] };
    }
    return undefined;
}
/**
 * Throws when `release`'s kernel series does not match the package's BUILD_EXCLUSIVE_KERNEL; a
 * release whose kernel is not in RELEASE_KERNEL_SERIES is not checked. dkms matches the pattern
 * (a POSIX extended regex) against `uname -r`, e.g. `6.1.0-28-amd64` or `6.8.0-49-generic`.
 */
function checkKernelSeries(track, packageDir, release) {
    const exclusive = buildExclusiveKernel(packageDir);
    const series = RELEASE_KERNEL_SERIES[release];
    if (!exclusive || !series)
        return;
    let re;
    try {
        re = new RegExp(exclusive.pattern);
    }
    catch {
        return; // Not a pattern JavaScript reads the same way; dkms will judge it.
    }
    if (re.test(`${series}.0-1-generic`))
        return;
    const fits = Object.entries(RELEASE_KERNEL_SERIES)
        .filter(([, s]) => re.test(`${s}.0-1-generic`))
        .map(([r]) => r);
    throw new errors/* InputError */.dz(`track '${track}': ${exclusive.file} builds only for kernels matching BUILD_EXCLUSIVE_KERNEL="${exclusive.pattern}", ` +
        `but ${release} ships Linux ${series}: dkms would skip the module. Build it for ` +
        `${fits.length ? fits.join(' or ') : 'a release with a matching kernel'} (build.releases or the build-matrix input), ` +
        `or follow the stable branch of ${release}'s kernel (linux-${series}.y) and set BUILD_EXCLUSIVE_KERNEL to match`);
}

;// CONCATENATED MODULE: ./build/build/matrix.js




/** GitHub-hosted runners per Debian architecture; anything else must name its runner in the override. */
const DEFAULT_RUNNERS = { amd64: 'ubuntu-24.04', arm64: 'ubuntu-24.04-arm' };
const RELEASE = /^(debian|ubuntu):[a-z0-9][a-z0-9._-]*$/;
/**
 * The build matrix: tracks × releases × arches, from the config's `build:` section or the workflow's
 * `build-matrix` input (JSON: `{"releases": [...], "arches": [...]}` or a list of
 * `{"release", "arch", "runner"?, "track"?}`), for the tracks selected.
 */
function buildMatrix(config, repoDir, opts = {}) {
    const tracks = config.tracks.filter(t => !opts.tracks?.length || opts.tracks.includes(t.name));
    if (opts.tracks?.length && tracks.length === 0) {
        throw new errors/* InputError */.dz(`no track named ${opts.tracks.join(', ')} in ${config.file}; it has: ${config.tracks.map(t => t.name).join(', ')}`);
    }
    const combos = matrixCombos(config, opts.override);
    const entries = [];
    for (const track of tracks) {
        const info = packageInfo(repoDir, track);
        for (const c of combos) {
            if (c.track && c.track !== track.name)
                continue;
            const arch = c.arch ?? 'amd64';
            const runner = c.runner ?? DEFAULT_RUNNERS[arch];
            if (!runner) {
                throw new errors/* InputError */.dz(`no default runner for arch '${arch}': name one in build-matrix, e.g. {"release": "${c.release}", "arch": "${arch}", "runner": "my-${arch}-runner"}`);
            }
            if (info.kind === 'dkms')
                checkKernelSeries(track.name, (0,external_node_path_.join)(repoDir, track.package), c.release);
            entries.push({
                id: slug(`${track.name}-${c.release}-${arch}`),
                track: track.name,
                package: track.package,
                source: info.source,
                release: c.release,
                arch,
                runner,
                kind: info.kind,
                boot: arch === 'amd64' && (info.kind === 'dkms' || info.buildsQemuX86)
            });
        }
    }
    return entries;
}
function matrixCombos(config, override) {
    let combos;
    if (override && override.trim()) {
        let data;
        try {
            data = JSON.parse(override);
        }
        catch (e) {
            throw new errors/* InputError */.dz(`build-matrix is not JSON (${e.message}): give {"releases": ["debian:bookworm"], "arches": ["amd64"]}`);
        }
        combos = Array.isArray(data)
            ? data
            : crossProduct(data);
    }
    else if (config.build) {
        combos = crossProduct(config.build);
    }
    else {
        throw new errors/* InputError */.dz(`${config.file} has no 'build:' section and no build-matrix was given: add build: { releases: ['debian:bookworm'], arches: [amd64] }`);
    }
    for (const c of combos) {
        if (typeof c?.release !== 'string' || !RELEASE.test(c.release)) {
            throw new errors/* InputError */.dz(`build matrix release '${String(c?.release)}' is not <debian|ubuntu>:<codename> (a container image such as ubuntu:noble)`);
        }
        if (c.arch !== undefined && !/^[a-z0-9]+$/.test(c.arch))
            throw new errors/* InputError */.dz(`build matrix arch '${c.arch}' is not a Debian architecture`);
    }
    return combos;
}
function crossProduct(b) {
    if (!Array.isArray(b.releases) || b.releases.length === 0)
        throw new errors/* InputError */.dz('build matrix: releases must be a non-empty list');
    const arches = b.arches?.length ? b.arches : ['amd64'];
    return b.releases.flatMap(release => arches.map(arch => ({ release, arch })));
}
const slug = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '-');
/** Source name and kind, read from the package's debian/ (plain text reads: no tool needed). */
function packageInfo(repoDir, track) {
    const debian = (0,external_node_path_.join)(repoDir, track.package, 'debian');
    const changelog = (0,external_node_path_.join)(debian, 'changelog');
    if (!(0,external_node_fs_.existsSync)(changelog)) {
        throw new errors/* InputError */.dz(`track '${track.name}': ${changelog} does not exist (check the track's 'package' key)`);
    }
    const source = /^(\S+)\s+\(/.exec((0,external_node_fs_.readFileSync)(changelog, 'utf8'))?.[1];
    if (!source)
        throw new errors/* InputError */.dz(`${changelog}: the first line does not start with '<source> (<version>)'`);
    const control = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(debian, 'control')) ? (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(debian, 'control'), 'utf8') : '';
    const dkms = /\bdh-(?:sequence-)?dkms\b|--with[= ]dkms\b/.test(control) ||
        (0,external_node_fs_.existsSync)((0,external_node_path_.join)(repoDir, track.package, 'dkms.conf'));
    return {
        source,
        kind: dkms ? 'dkms' : 'deb',
        buildsQemuX86: /^Package:\s*qemu-system-x86\s*$/m.test(control)
    };
}


/***/ }),

/***/ 1190:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  workflowPlanCommand: () => (/* binding */ workflowPlanCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/build/matrix.js + 1 modules
var build_matrix = __webpack_require__(5208);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/build/workflow-inputs.js

/**
 * The reusable workflow's inputs as workflow-plan receives them (strings from `${{ }}` through
 * env): each parsed strictly, so a typo is an error that names the input, never a guess.
 */
/** The `boot-runs-on` input: a JSON list of labels, one label, or empty (no boot job). */
function parseRunsOn(text) {
    const t = text.trim();
    if (t === '')
        return [];
    if (!t.startsWith('[') && !t.startsWith('"'))
        return [t];
    let data;
    try {
        data = JSON.parse(t);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`boot-runs-on is not JSON (${e.message}): give a list of runner labels, e.g. ["self-hosted", "linux", "x64", "kvm"], or leave it empty to skip the boot test`);
    }
    const labels = typeof data === 'string' ? [data] : data;
    if (!Array.isArray(labels) || !labels.every(l => typeof l === 'string' && l.trim() !== '')) {
        throw new errors/* InputError */.dz(`boot-runs-on must be a JSON list of runner labels, e.g. ["self-hosted", "linux", "x64", "kvm"], not ${t}`);
    }
    return labels;
}
/** The sync action's `tracks` output, checked: the plan must not guess from a malformed one. */
function parseSyncTracks(text) {
    if (text.trim() === '')
        return undefined;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`the sync action's tracks output is not JSON (${e.message})`);
    }
    if (!Array.isArray(data) ||
        !data.every(r => r && typeof r.track === 'string' && typeof r.operation === 'string')) {
        throw new errors/* InputError */.dz("the sync action's tracks output is not a list of {track, operation, headSha, pullRequest}");
    }
    return data;
}
const FULL_SHA = /^[0-9a-f]{40}$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
/**
 * Where the workflow runs stable-sync from: a repository and a full commit, never a branch or tag
 * that its owner (or whoever takes it over) can move under the caller.
 */
function checkCodeSource(repository, ref) {
    if (!REPOSITORY.test(repository)) {
        throw new errors/* InputError */.dz(`stable-sync-repository '${repository}' is not OWNER/NAME: pass the repository your \`uses:\` line names (e.g. stable-sync/stable-sync or your fork)`);
    }
    if (/^0{40}$/.test(ref)) {
        throw new errors/* InputError */.dz(`stable-sync-ref is the example's placeholder (40 zeros): replace it, and the one in your \`uses:\` line, with a commit of ${repository} (README, "In GitHub Actions", has the command)`);
    }
    if (!FULL_SHA.test(ref)) {
        throw new errors/* InputError */.dz(`stable-sync-ref '${ref}' is not a full 40-hex commit: pin the same commit as your \`uses: ${repository}/.github/workflows/stable-sync.yml@<sha>\` line (git ls-remote https://github.com/${repository} <tag> prints it)`);
    }
}
/** A workflow boolean ('true'/'false', '' = false): anything else is a mistake worth an error. */
function workflowBool(name, text) {
    const v = (text ?? '').trim();
    if (v === '' || v === 'false')
        return false;
    if (v === 'true')
        return true;
    throw new errors/* InputError */.dz(`--${name} must be true or false, not '${text}'`);
}

;// CONCATENATED MODULE: ./build/build/workflow-plan.js

const NO_KVM_RUNNER = 'no KVM runner configured';
function planWorkflow(input) {
    const trackNames = [...new Set(input.matrix.map(e => e.track))];
    const tracks = input.event.name === 'milestone'
        ? trackNames.map(name => releasePlan(name, input))
        : trackNames.map(name => syncPlan(name, input));
    const built = new Map(tracks.filter(t => t.build).map(t => [t.track, t]));
    const build = input.matrix
        .filter(e => built.has(e.track))
        .map(e => ({ ...e, sha: built.get(e.track)?.sha ?? '' }));
    const bootRunsOn = input.bootRunsOn;
    const boot = bootRunsOn.length
        ? build.filter(e => e.boot).map(e => ({ ...e, ...bootKernel(e.release, input.bootKernel) }))
        : [];
    const release = input.event.name === 'milestone' && build.length > 0;
    const report = release
        ? []
        : tracks
            .filter(t => t.build && t.pullRequest)
            .map(t => ({ track: t.track, pr: t.pullRequest, headSha: t.sha }));
    return {
        release,
        tracks,
        build,
        boot,
        report,
        bootRunsOn,
        bootNote: bootRunsOn.length ? '' : NO_KVM_RUNNER
    };
}
/** The guest kernel of a boot entry: Debian's cloud kernel, Ubuntu's generic one, or the caller's package. */
function bootKernel(release, kernel = 'distro') {
    if (kernel === '' || kernel === 'distro') {
        return {
            kernelPackage: release.startsWith('debian:') ? 'linux-image-cloud-amd64' : 'linux-image-generic',
            kernelMeta: true
        };
    }
    if (!/^linux-image-[a-z0-9][a-z0-9+.-]*$/.test(kernel)) {
        throw new errors/* InputError */.dz(`boot-kernel '${kernel}' is neither 'distro' nor a kernel package name (e.g. linux-image-6.1.0-28-cloud-amd64)`);
    }
    return { kernelPackage: kernel, kernelMeta: false };
}
function releasePlan(track, input) {
    const gate = input.release;
    if (input.event.action !== 'closed')
        return { track, build: false, reason: `milestone ${input.event.action ?? 'changed'}: nothing to release` };
    if (!gate)
        return { track, build: false, reason: 'the release gate was not evaluated: nothing is released' };
    if (!gate.release)
        return { track, build: false, reason: `no release: ${gate.reason}` };
    if (input.dryRun)
        return { track, build: false, reason: `dry run: ${gate.reason}, nothing is released` };
    return { track, build: true, sha: input.event.sha, reason: `release build: ${gate.reason}` };
}
function syncPlan(track, input) {
    const row = input.syncTracks?.find(r => r.track === track);
    if (!row)
        return { track, build: false, reason: 'the sync step reported nothing for this track' };
    const pr = row.pullRequest?.number;
    const base = { track, ...(pr ? { pullRequest: pr } : {}) };
    const why = row.reason ? `: ${row.reason}` : '';
    if (row.error)
        return { ...base, build: false, reason: `sync failed: ${row.error}` };
    if (input.dryRun || row.dryRun)
        return { ...base, build: false, reason: `dry run (${row.operation})` };
    if (!row.headSha)
        return { ...base, build: false, reason: `no bot branch (${row.operation}${why})` };
    if (row.operation === 'created' || row.operation === 'updated')
        return { ...base, build: true, sha: row.headSha, reason: `pull request ${row.operation}` };
    if (row.operation === 'closed')
        return { ...base, build: false, reason: `pull request closed${why}` };
    if (input.buildUnchanged)
        return { ...base, build: true, sha: row.headSha, reason: `${row.operation}, built (build-unchanged)` };
    return {
        ...base,
        build: false,
        reason: `${row.operation}${why} (set build-unchanged: true to build it anyway)`
    };
}
/** The job summary's markdown: one line per track, saying what runs and why the rest does not. */
function renderPlanSummary(plan, cell) {
    const lines = [
        '### stable-sync: what this run builds',
        '',
        '| Track | Build | Commit | Why |',
        '|---|---|---|---|'
    ];
    for (const t of plan.tracks) {
        lines.push(`| ${cell(t.track)} | ${t.build ? 'yes' : 'no'} | ${t.sha ? `\`${t.sha.slice(0, 12)}\`` : ''} | ${cell(t.reason)} |`);
    }
    if (plan.tracks.length === 0)
        lines.push('| – | no | | no track selected |');
    lines.push('');
    if (plan.build.length === 0)
        lines.push('Nothing is built in this run.');
    else {
        lines.push(`Builds: ${plan.build.length}; boot tests: ${plan.boot.length}.`);
        if (plan.bootNote)
            lines.push(`boot: not run (${plan.bootNote}); set boot-runs-on to enable it.`);
    }
    if (plan.release)
        lines.push('A release follows when the builds succeed.');
    return lines.join('\n') + '\n';
}
/** `key=value` lines for $GITHUB_OUTPUT (values are single-line JSON or words). */
function planOutputs(plan) {
    const kv = [
        ['build-matrix', JSON.stringify(plan.build)],
        ['boot-matrix', JSON.stringify(plan.boot)],
        ['report-matrix', JSON.stringify(plan.report)],
        ['boot-runs-on', JSON.stringify(plan.bootRunsOn)],
        ['boot-note', plan.bootNote],
        ['release', String(plan.release)],
        ['changed', String(plan.build.length > 0)]
    ];
    return kv.map(([k, v]) => `${k}=${v}\n`).join('');
}

// EXTERNAL MODULE: ./build/markdown.js
var markdown = __webpack_require__(7403);
// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/commands/workflow-plan.js







/**
 * `stable-sync workflow-plan`: the reusable workflow's decisions (what is built, booted, reported
 * and released, and why not) from the sync action's per-track output, the event and the config.
 * Prints `key=value` lines for $GITHUB_OUTPUT (or appends them to --github-output) and writes the
 * reasons to --summary (the job summary).
 */
const workflowPlanCommand = {
    name: 'workflow-plan',
    summary: "Decide the reusable workflow's build, boot, report and release jobs (key=value for $GITHUB_OUTPUT).",
    usage: '--stable-sync-repository OWNER/NAME --stable-sync-ref SHA [--check-source] [--repo DIR] [--config FILE] [--track NAME] [--override JSON] [--sync-tracks JSON] [--event NAME] [--event-action ACTION] [--sha SHA] [--build-unchanged BOOL] [--dry-run BOOL] [--boot-runs-on JSON] [--boot-kernel distro|PACKAGE] [--release BOOL --release-reason TEXT] [--github-output FILE] [--summary FILE] [--json]',
    options: {
        repo: command/* commonOptions */.OP.repo,
        config: command/* commonOptions */.OP.config,
        track: command/* commonOptions */.OP.track,
        override: {
            type: 'string',
            description: 'A JSON build-matrix override (the workflow input build-matrix)',
            default: "the config's build: section"
        },
        'sync-tracks': {
            type: 'string',
            description: "The sync action's per-track JSON output (tracks)",
            default: 'no track synced'
        },
        event: { type: 'string', description: 'The triggering event name', default: '$GITHUB_EVENT_NAME' },
        'event-action': {
            type: 'string',
            description: "The event payload's action (closed, opened…)",
            default: 'read from $GITHUB_EVENT_PATH'
        },
        sha: { type: 'string', description: 'The commit a release builds', default: '$GITHUB_SHA' },
        'build-unchanged': {
            type: 'string',
            description: 'true: build and report tracks whose PR did not change',
            default: 'false'
        },
        'dry-run': {
            type: 'string',
            description: 'true: the sync made no PR; nothing is built',
            default: 'false'
        },
        'boot-runs-on': {
            type: 'string',
            description: 'JSON runs-on of the self-hosted KVM runner; empty: no boot job',
            default: 'empty (boot not run)'
        },
        'boot-kernel': {
            type: 'string',
            description: 'The guest kernel: distro, or a kernel package name',
            default: 'distro'
        },
        release: {
            type: 'string',
            description: "The release gate's decision (true/false)",
            default: 'no release'
        },
        'release-reason': {
            type: 'string',
            description: "The release gate's reason, for the summary",
            default: 'none'
        },
        'stable-sync-repository': {
            type: 'string',
            description: 'OWNER/NAME the workflow runs stable-sync from (required)'
        },
        'stable-sync-ref': {
            type: 'string',
            description: 'The full 40-hex commit of stable-sync it runs (required)'
        },
        'check-source': {
            type: 'boolean',
            description: 'Only check --stable-sync-repository/--stable-sync-ref, decide nothing else'
        },
        'github-output': {
            type: 'string',
            description: 'Also append the key=value lines to this file ($GITHUB_OUTPUT)',
            default: 'stdout only'
        },
        summary: {
            type: 'string',
            description: 'Append the decisions as markdown to this file ($GITHUB_STEP_SUMMARY)',
            default: 'none'
        },
        json: command/* commonOptions */.OP.json,
        verbose: command/* commonOptions */.OP.verbose
    },
    async run(ctx) {
        const v = ctx.values;
        const str = (k) => v[k];
        // The code source first: nothing else is worth deciding when the workflow runs a movable ref.
        checkCodeSource(str('stable-sync-repository') ?? '', str('stable-sync-ref') ?? '');
        if (v['check-source'])
            return 0;
        const { repoDir, config } = await (0,command/* loadCommandConfig */.eY)(ctx);
        const tracks = (v.track ?? []).filter(t => t !== '');
        const matrix = (0,build_matrix/* buildMatrix */.K)(config, repoDir, { tracks, override: str('override') });
        const event = {
            name: str('event') ?? ctx.env.GITHUB_EVENT_NAME ?? '',
            action: str('event-action') ?? eventAction(ctx.env.GITHUB_EVENT_PATH),
            sha: str('sha') ?? ctx.env.GITHUB_SHA ?? ''
        };
        if (!event.name)
            throw new errors/* InputError */.dz('--event (or GITHUB_EVENT_NAME) is required');
        if (event.name === 'milestone' && !/^[0-9a-f]{40}$/.test(event.sha))
            throw new errors/* InputError */.dz(`--sha '${event.sha}' (or GITHUB_SHA) is not the commit the release builds`);
        const releaseGiven = str('release');
        const plan = planWorkflow({
            event,
            syncTracks: parseSyncTracks(str('sync-tracks') ?? ''),
            matrix,
            buildUnchanged: workflowBool('build-unchanged', str('build-unchanged')),
            dryRun: workflowBool('dry-run', str('dry-run')),
            bootRunsOn: parseRunsOn(str('boot-runs-on') ?? ''),
            bootKernel: str('boot-kernel'),
            ...(releaseGiven !== undefined && releaseGiven !== ''
                ? {
                    release: {
                        release: workflowBool('release', releaseGiven),
                        reason: str('release-reason') || 'the release gate gave no reason'
                    }
                }
                : {})
        });
        const summary = renderPlanSummary(plan, s => (0,markdown/* tableCell */.xR)(s, 300));
        if (str('summary'))
            (0,external_node_fs_.appendFileSync)(str('summary'), summary);
        for (const t of plan.tracks)
            ctx.log.info(`${t.track}: ${t.build ? 'build' : 'skip'} (${t.reason})`);
        const outputs = planOutputs(plan);
        if (str('github-output'))
            (0,external_node_fs_.appendFileSync)(str('github-output'), outputs);
        ctx.out(v.json ? JSON.stringify(plan) : outputs.trimEnd());
        return 0;
    }
};
/** The payload's `action` (closed, opened…), when the runner gives an event file. */
function eventAction(path) {
    if (!path)
        return undefined;
    try {
        const action = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')).action;
        return typeof action === 'string' ? action : undefined;
    }
    catch (e) {
        throw new errors/* InputError */.dz(`${path}: the event payload is not readable JSON (${e.message})`);
    }
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
