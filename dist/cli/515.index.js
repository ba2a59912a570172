export const id = 515;
export const ids = [515];
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

/***/ 6515:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCommand: () => (/* binding */ releaseCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/calendar/day.js
var day = __webpack_require__(5402);
// EXTERNAL MODULE: ./build/config/identity.js
var identity = __webpack_require__(6773);
// EXTERNAL MODULE: ./build/config/load.js + 7 modules
var load = __webpack_require__(647);
// EXTERNAL MODULE: ./build/git/gateway.js
var gateway = __webpack_require__(8821);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/calendar/select.js
var calendar_select = __webpack_require__(2903);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/release/package-dir.js




/**
 * Which package directory a release is for: the named track's, else the one all tracks share, else
 * the repository root when there is no configuration. Several packages need --track.
 */
function releasePackageDir(repoDir, config, track) {
    if (!config)
        return repoDir;
    const tracks = (0,calendar_select/* selectTracks */.X)(config, track);
    const dirs = [...new Set(tracks.map(t => (0,external_node_path_.resolve)(repoDir, t.package)))];
    if (dirs.length === 1)
        return dirs[0];
    if (dirs.length === 0)
        return repoDir;
    throw new errors/* InputError */.dz(`the tracks in ${config.file} hold ${dirs.length} packages; say which to release with --track NAME ` +
        `(one of: ${tracks.map(t => t.name).join(', ')})`);
}
/** The config file to use, or undefined when none is given and the default one does not exist. */
function optionalConfigPath(repoDir, explicit, defaultPath) {
    if (explicit)
        return explicit;
    return (0,external_node_fs_.existsSync)(defaultPath) ? defaultPath : undefined;
}

// EXTERNAL MODULE: ./build/debian/changelog.js
var changelog = __webpack_require__(4138);
// EXTERNAL MODULE: ./build/debian/format-error.js
var format_error = __webpack_require__(8906);
// EXTERNAL MODULE: ./build/debian/version.js
var debian_version = __webpack_require__(604);
;// CONCATENATED MODULE: ./build/debian/tags.js


/**
 * DEP-14 tag names for versions: `debian/<v>`, `ubuntu/<v>`, `upstream/<v>`. Git ref names cannot hold
 * `:` or `~`, `..`, a trailing `.` or a trailing `.lock`, so DEP-14 mangles the version:
 * `:` → `%`, `~` → `_`, and a `#` goes after a `.` that is followed by another `.`, ends the version,
 * or starts a final `.lock` (perl: `y/:~/%_/; s/\.(?=\.|$|lock$)/.#/g`).
 */
function mangleVersion(version) {
    return version
        .replace(/:/g, '%')
        .replace(/~/g, '_')
        .replace(/\.(?=\.|$|lock$)/g, '.#');
}
/** The inverse of `mangleVersion`. */
function unmangleVersion(mangled) {
    return mangled.replace(/%/g, ':').replace(/_/g, '~').replace(/\.#/g, '.');
}
/** `dep14Tag('ubuntu', '1:8.2.2+ds-0ubuntu2')` → `ubuntu/1%8.2.2+ds-0ubuntu2`. */
function tags_dep14Tag(prefix, version) {
    const p = prefix.replace(/\/+$/, '');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(p) ||
        /\.\.|\.lock(\/|$)|\.$/.test(p)) {
        throw new format_error/* DebianFormatError */.R('DEP-14 tag prefix', `"${prefix}" is not usable in a tag name (e.g. "debian", "ubuntu")`);
    }
    (0,debian_version/* parseVersion */.ot)(version);
    return `${p}/${mangleVersion(version)}`;
}
/** Split a DEP-14 tag into prefix and (unmangled) version: `ubuntu/1%2.0_rc1-1` → ubuntu, `1:2.0~rc1-1`. */
function parseDep14Tag(tag) {
    const name = tag.replace(/^refs\/tags\//, '');
    const slash = name.lastIndexOf('/');
    const prefix = slash >= 0 ? name.slice(0, slash) : '';
    const version = unmangleVersion(name.slice(slash + 1));
    parseVersion(version);
    return { prefix, version };
}
/** The version a DEP-14 tag names: `debian/1%2.0_rc1-1` → `1:2.0~rc1-1`. */
function dep14Version(tag) {
    return parseDep14Tag(tag).version;
}

// EXTERNAL MODULE: ./build/process/run.js
var run = __webpack_require__(1767);
;// CONCATENATED MODULE: ./build/release/notes.js
/**
 * Release notes from a changelog entry. The entry is preformatted text that may mention `LP: #123`
 * or `@someone`; inside a fenced block GitHub neither links `#123` to this repository's issues nor
 * pings anyone, and the layout stays as dch wrote it. The fence is longer than any backtick run inside.
 */
function releaseNotes(entry) {
    const body = entry.changes.join('\n').replace(/^\n+|\n+$/g, '');
    const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map(r => r.length));
    const fence = '`'.repeat(longest + 1);
    return `${entry.package} (${entry.version}) ${entry.distributions.join(' ')}\n\n${fence}text\n${body}\n${fence}\n`;
}

;// CONCATENATED MODULE: ./build/release/tag.js
/** Where an existing tag points, peeled to its commit; undefined when there is no such tag. */
async function tagCommit(git, tag) {
    const r = await git.exec(['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`], {
        allowFailure: true
    });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
/** Is the tag annotated (a tag object) rather than lightweight? DEP-14 release tags are annotated. */
async function isAnnotated(git, tag) {
    return (await git.text(['cat-file', '-t', `refs/tags/${tag}`])) === 'tag';
}
/** Create an annotated tag on a commit; never moves an existing one (git refuses without -f). */
async function createAnnotatedTag(git, tag, commit, message, identityEnv) {
    await git.exec(['tag', '-a', '-m', message, '--', tag, commit], { env: identityEnv });
}

;// CONCATENATED MODULE: ./build/release/release.js









/** The DEP-14 tag the package's top changelog version gets (`ubuntu/1%8.2.2+ds-0ubuntu2`). */
function releaseTagFor(packageDir) {
    const top = readTopEntry(readFileSync(join(packageDir, 'debian', 'changelog'), 'utf8'));
    return dep14Tag(vendorOf(top.version), top.version);
}
/** The distribution of the newest released entry below the top one (what the next release targets). */
async function previousDistribution(changelog) {
    const r = await (0,run/* run */.eF)('dpkg-parsechangelog', ['-l', changelog, '--offset', '1', '--count', '1', '-S', 'Distribution'], {
        allowFailure: true
    });
    const d = r.stdout.toString('utf8').trim();
    return r.code === 0 && d && d !== 'UNRELEASED' ? d : undefined;
}
/** git env for the release commit and tag: the maintainer identity, and the release time. */
function identityEnv(identity, now) {
    const date = `${Math.floor(now.getTime() / 1000)} +0000`;
    return {
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date
    };
}
/**
 * Release the package at its milestone: finalize the top UNRELEASED changelog entry to the target
 * distribution and date, commit it, and create the DEP-14 annotated tag on that commit. Idempotent:
 * a run that finds the entry released and its tag on HEAD changes nothing. A tag that exists on
 * another commit is a finding (exit 1): tags are never moved.
 */
async function releasePackage(opts) {
    const { git, log } = opts;
    const changelogPath = (0,external_node_path_.join)(opts.packageDir, 'debian', 'changelog');
    if (!(0,external_node_fs_.existsSync)(changelogPath)) {
        throw new errors/* InputError */.dz(`${changelogPath} does not exist. Run in a packaging repository (or pass --repo DIR)`);
    }
    const relChangelog = (0,external_node_path_.relative)(opts.repoDir, changelogPath);
    const text = (0,external_node_fs_.readFileSync)(changelogPath, 'utf8');
    const top = (0,changelog/* readTopEntry */.QH)(text);
    const steps = [];
    const would = opts.dryRun ? 'would' : 'done';
    let distribution = top.distributions.join(' ');
    let finalText = text;
    if (top.distributions.includes('UNRELEASED')) {
        const target = opts.distribution ?? (await previousDistribution(changelogPath));
        if (!target) {
            throw new errors/* InputError */.dz(`the top entry ${top.version} of ${relChangelog} is UNRELEASED and no earlier entry names a distribution. ` +
                'Pass --distribution (e.g. --distribution noble)');
        }
        if (target === 'UNRELEASED')
            throw new errors/* InputError */.dz('--distribution UNRELEASED is not a release target');
        distribution = target;
        finalText = (0,changelog/* finalizeTopEntry */.Oh)(text, target, opts.now);
        steps.push({ kind: 'finalize', state: would, text: `finalize ${top.version} to ${target}` });
    }
    else if (opts.distribution && !top.distributions.includes(opts.distribution)) {
        throw new errors/* FindingError */.Yv(`the top entry ${top.version} of ${relChangelog} is already released to ${distribution}, not ` +
            `${opts.distribution}. Add a new UNRELEASED entry (dch -i) for a new release`);
    }
    const tag = tags_dep14Tag((0,debian_version/* vendorOf */.AK)(top.version), top.version);
    const head = await git.text(['rev-parse', 'HEAD']);
    const existing = await tagCommit(git, tag);
    const committedText = (await git.exec(['show', `HEAD:${relChangelog}`], { allowFailure: true })).stdout.toString('utf8');
    const needsCommit = finalText !== committedText;
    if (existing && (existing !== head || needsCommit)) {
        throw new errors/* FindingError */.Yv(`the tag ${tag} already exists on ${existing}, ${existing !== head ? `not on HEAD (${head})` : 'but the changelog differs from it'}. ` +
            'A release tag is never moved: check which commit was released, or release a new version (dch -i)');
    }
    let commit = head;
    if (needsCommit) {
        const message = `Release ${top.package} ${top.version} to ${distribution}`;
        steps.push({ kind: 'commit', state: would, text: `commit ${relChangelog}: ${message}` });
        if (!opts.dryRun) {
            (0,external_node_fs_.writeFileSync)(changelogPath, finalText);
            const env = identityEnv(opts.identity(), opts.now);
            await git.exec(['add', '--', relChangelog]);
            await git.exec(['commit', '-q', '-m', message, '--', relChangelog], { env });
            commit = await git.text(['rev-parse', 'HEAD']);
        }
    }
    if (existing) {
        steps.push({ kind: 'tag', state: 'already', text: `tag ${tag} is on ${existing}` });
    }
    else {
        steps.push({ kind: 'tag', state: would, text: `tag ${tag}` });
        if (!opts.dryRun) {
            await createAnnotatedTag(git, tag, commit, `${top.package} release ${top.version} (${distribution})`, identityEnv(opts.identity(), opts.now));
        }
    }
    for (const s of steps)
        log.info(`${s.state === 'would' ? 'would ' : s.state === 'already' ? 'already: ' : ''}${s.text}`);
    const notes = releaseNotes({ ...(0,changelog/* readTopEntry */.QH)(finalText), distributions: [distribution] });
    const changed = steps.some(s => s.state === 'done');
    return {
        package: top.package,
        version: top.version,
        distribution,
        tag,
        commit,
        operation: opts.dryRun ? 'dry-run' : changed ? 'released' : 'unchanged',
        steps,
        notes
    };
}

// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/commands/release.js








/** `stable-sync release`: finalize the UNRELEASED changelog entry, commit, and tag it (DEP-14). */
const releaseCommand = {
    name: 'release',
    summary: 'Finalize the UNRELEASED changelog entry, commit it and create the DEP-14 release tag (idempotent).',
    usage: '[--repo DIR] [--config FILE] [--track NAME] [--distribution D] [--now YYYY-MM-DD] [--dry-run] [--json]',
    options: {
        ...command/* commonOptions */.O,
        distribution: { type: 'string' },
        now: { type: 'string' },
        'dry-run': { type: 'boolean' }
    },
    async run(ctx) {
        const repoDir = (0,external_node_path_.resolve)(ctx.cwd, ctx.values.repo ?? '.');
        const explicit = ctx.values.config ? (0,external_node_path_.resolve)(ctx.cwd, ctx.values.config) : undefined;
        const file = optionalConfigPath(repoDir, explicit, (0,load/* defaultConfigPath */.jE)(repoDir));
        const config = file ? await (0,load/* loadConfig */.Z9)(file, { repoDir }) : undefined;
        const packageDir = releasePackageDir(repoDir, config, ctx.values.track);
        const result = await releasePackage({
            // ctx.env is process.env in the real CLI; tests pass an isolated git configuration through it.
            git: (0,gateway/* createGit */.l)(repoDir, ctx.env),
            repoDir,
            packageDir,
            distribution: ctx.values.distribution,
            now: (0,day/* parseNow */.A7)(ctx.values.now),
            identity: () => (0,identity/* resolveIdentity */.X)(config ?? { file: (0,load/* defaultConfigPath */.jE)(repoDir) }, ctx.env),
            dryRun: Boolean(ctx.values['dry-run']),
            log: ctx.log
        });
        if (ctx.values.json)
            ctx.out(JSON.stringify(result, null, 2));
        else {
            const verb = { released: 'released', unchanged: 'already released', 'dry-run': 'would release' }[result.operation];
            ctx.out(`${result.package} ${result.version} (${result.distribution}): ${verb}, tag ${result.tag} on ${result.commit}`);
        }
        return 0;
    }
};


/***/ }),

/***/ 6773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveIdentity)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);

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
function resolveIdentity(config, env) {
    if (config.maintainer)
        return { ...config.maintainer };
    const found = fromEnvironment(env);
    const howTo = `Set 'maintainer: { name: Jane Doe, email: jane@example.org }' in ${config.file}, ` +
        `or export DEBFULLNAME='Jane Doe' and DEBEMAIL=jane@example.org`;
    if (!found.name && !found.email) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`No maintainer identity for debian/changelog entries. ${howTo}.`);
    }
    if (!found.name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`No maintainer name: ${found.emailVar} is set but DEBFULLNAME is not. ${howTo}.`);
    if (!found.email)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`No maintainer email: DEBFULLNAME is set but DEBEMAIL is not. ${howTo}.`);
    if (!EMAIL.test(found.email)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${found.emailVar}='${found.email}' is not an email address. ${howTo}.`);
    }
    return { name: found.name, email: found.email };
}


/***/ })

};
