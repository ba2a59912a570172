export const id = 572;
export const ids = [572];
export const modules = {

/***/ 9854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseControlFields),
/* harmony export */   r: () => (/* binding */ readPackageIdentity)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9473);
/* harmony import */ var _debian_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(604);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1767);





/**
 * Read the source name and version from `<packageDir>/debian/changelog` with dpkg-parsechangelog
 * itself, so the names we give files are exactly the ones dpkg-source expects.
 */
async function readPackageIdentity(packageDir) {
    const changelog = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(packageDir, 'debian', 'changelog');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(changelog)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${changelog} does not exist: the package directory must hold debian/ (check the track's 'package' key)`);
    }
    const r = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .eF)('dpkg-parsechangelog', ['-l', changelog], { cwd: packageDir, allowFailure: true });
    if (r.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${changelog}: dpkg-parsechangelog cannot read it: ${r.stderr.trim()}`);
    const fields = parseControlFields(r.stdout.toString('utf8'));
    const source = fields.get('Source');
    const version = fields.get('Version');
    if (!source || !version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${changelog}: the top entry has no package name or version`);
    return {
        source,
        version,
        upstreamVersion: (0,_debian_version_js__WEBPACK_IMPORTED_MODULE_3__/* .upstreamVersion */ .mm)(version),
        fileVersion: version.replace(/^\d+:/, '')
    };
}
/** Single-line fields of a deb822 paragraph (continuation lines are ignored: we need none of them). */
function parseControlFields(text) {
    const fields = new Map();
    for (const line of text.split('\n')) {
        const m = /^([A-Za-z0-9][A-Za-z0-9-]*):\s*(.*)$/.exec(line);
        if (m)
            fields.set(m[1], m[2].trim());
    }
    return fields;
}


/***/ }),

/***/ 5368:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ buildSourcePackage),
  e: () => (/* binding */ dscFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/process/run.js
var run = __webpack_require__(1767);
// EXTERNAL MODULE: ./build/config/glob.js
var glob = __webpack_require__(7597);
// EXTERNAL MODULE: ./build/git/text.js
var git_text = __webpack_require__(7568);
;// CONCATENATED MODULE: ./build/build/orig-tarball.js





/** `hello_1.0.orig.tar.xz`: the name dpkg-source looks for beside the unpacked tree. */
function origTarballName(source, upstreamVersion, compression) {
    return `${source}_${upstreamVersion}.orig.tar.${compression}`;
}
/**
 * Write the orig tarball of a pinned upstream commit with `git archive`, everything under
 * `<source>-<upstream>/`. git's own tar writer is deterministic for a given commit (file times are
 * the commit time), so the same pin always yields the same bytes, as the archive requires of an
 * orig tarball that is uploaded once and reused by every revision. Compression runs inside
 * `git archive` (built-in gzip, or `xz` via a fixed tar filter), streaming: a kernel tree never
 * passes through our memory.
 */
async function createOrigTarball(opts) {
    const compression = opts.compression ?? 'xz';
    const file = (0,external_node_path_.join)((0,external_node_path_.resolve)(opts.outDir), origTarballName(opts.source, opts.upstreamVersion, compression));
    const prefix = `${opts.source}-${opts.upstreamVersion}/`;
    const commit = `${opts.commit}^{commit}`;
    let pathArgs = [];
    let files = -1;
    if (opts.paths && opts.paths.length > 0) {
        const selected = await selectPaths(opts.git, commit, opts.paths);
        if (selected.length === 0) {
            throw new errors/* InputError */.dz(`none of the track's paths (${opts.paths.join(', ')}) matches a file in ${opts.commit}: check 'paths' in the config`);
        }
        // Literal pathspecs: file names are data here, never patterns (a name may hold `*` or `:`).
        pathArgs = ['--', ...selected];
        files = selected.length;
    }
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.resolve)(opts.outDir), { recursive: true });
    const format = compression === 'xz' ? 'tar.xz' : 'tar.gz';
    await opts.git.exec([
        // A constant filter command (git runs it through sh; nothing untrusted is in it).
        '-c',
        'tar.tar.xz.command=xz -c -6 -T1',
        '--literal-pathspecs',
        'archive',
        `--format=${format}`,
        `--prefix=${prefix}`,
        '-o',
        file,
        commit,
        ...pathArgs
    ], { env: { TZ: 'UTC' } });
    if (files < 0)
        files = (await listFiles(opts.git, commit)).length;
    return { file, files };
}
async function listFiles(git, commit) {
    const r = await git.exec(['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit]);
    return (0,git_text/* splitNul */.K5)(r.stdout);
}
/**
 * The files of `commit` that the track's globs select, with the same matcher the engine uses to
 * filter commits, so the tarball and the patch series agree on what "the package's files" are.
 */
async function selectPaths(git, commit, globs) {
    const matches = (0,glob/* globMatcher */.f)(globs);
    return (await listFiles(git, commit)).filter(matches);
}

// EXTERNAL MODULE: ./build/build/package-identity.js
var package_identity = __webpack_require__(9854);
;// CONCATENATED MODULE: ./build/build/source-package.js






/**
 * Assemble a 3.0 (quilt) source package: the orig tarball from the pinned upstream commit, the
 * package's debian/ copied on top of the unpacked tree, then `dpkg-source -b` (which applies the
 * whole series at fuzz 0 and refuses upstream changes outside debian/patches).
 */
async function buildSourcePackage(opts) {
    const packageDir = (0,external_node_path_.resolve)(opts.packageDir);
    const outDir = (0,external_node_path_.resolve)(opts.outDir);
    const id = await (0,package_identity/* readPackageIdentity */.r)(packageDir);
    const format = readFormat(packageDir);
    if (format !== '3.0 (quilt)') {
        throw new errors/* InputError */.dz(`${(0,external_node_path_.join)(packageDir, 'debian/source/format')} says '${format ?? '(missing)'}': build-source assembles '3.0 (quilt)' packages only`);
    }
    const origPrefix = `${id.source}_${id.upstreamVersion}.orig.tar.`;
    const givenName = opts.origTarball ? (0,external_node_path_.basename)(opts.origTarball) : undefined;
    if (givenName &&
        !(givenName.startsWith(origPrefix) && /^(gz|xz|bz2)$/.test(givenName.slice(origPrefix.length)))) {
        throw new errors/* InputError */.dz(`--orig ${opts.origTarball}: dpkg-source needs it named ${origPrefix}{gz,xz,bz2}`);
    }
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const wanted = opts.origTarball
        ? (0,external_node_path_.basename)(opts.origTarball)
        : origTarballName(id.source, id.upstreamVersion, opts.compression ?? 'xz');
    removeStaleOrigs(outDir, id, wanted, opts.log);
    let orig;
    let origFiles;
    if (opts.origTarball) {
        orig = (0,external_node_path_.join)(outDir, (0,external_node_path_.basename)(opts.origTarball));
        if ((0,external_node_path_.resolve)(opts.origTarball) !== orig)
            (0,external_node_fs_.cpSync)(opts.origTarball, orig);
        origFiles = -1;
    }
    else {
        if (/[+~.](dfsg|ds|repack)/.test(id.upstreamVersion)) {
            opts.log.warning(`${id.upstreamVersion} is a repacked upstream version: the tarball made from ${opts.pin.tag ?? opts.pin.sha} is not repacked. Pass the archive's orig tarball with --orig to build the same source package.`);
        }
        const made = await createOrigTarball({
            git: opts.upstream,
            commit: opts.pin.sha,
            source: id.source,
            upstreamVersion: id.upstreamVersion,
            outDir,
            paths: opts.paths,
            compression: opts.compression
        });
        orig = made.file;
        origFiles = made.files;
        opts.log.info(`orig tarball: ${(0,external_node_path_.basename)(orig)} (${made.files} files from ${opts.pin.tag ?? opts.pin.sha})`);
    }
    // The unpacked tree dpkg-source -b reads: upstream files + debian/ from the packaging repo.
    const treeName = `${id.source}-${id.upstreamVersion}`;
    const tree = (0,external_node_path_.join)(outDir, treeName);
    (0,external_node_fs_.rmSync)(tree, { recursive: true, force: true });
    await (0,run/* run */.eF)('tar', ['-xf', orig, '-C', outDir]);
    if (!(0,external_node_fs_.existsSync)(tree)) {
        throw new errors/* InputError */.dz(`${orig} does not unpack to ${treeName}/: give an orig tarball with that top directory`);
    }
    // An upstream that ships its own debian/ (some do) is replaced, as dpkg-source does for 3.0 (quilt).
    (0,external_node_fs_.rmSync)((0,external_node_path_.join)(tree, 'debian'), { recursive: true, force: true });
    (0,external_node_fs_.cpSync)((0,external_node_path_.join)(packageDir, 'debian'), (0,external_node_path_.join)(tree, 'debian'), { recursive: true, preserveTimestamps: true });
    try {
        // dpkg-source applies the whole series at fuzz 0 before packing: a broken patch fails here.
        const r = await (0,run/* run */.eF)('dpkg-source', ['-b', treeName], { cwd: outDir, allowFailure: true });
        if (r.code !== 0) {
            throw new errors/* FindingError */.Yv(`dpkg-source -b failed for ${treeName}: ${(r.stderr + r.stdout.toString('utf8')).trim().split('\n').slice(-15).join('\n')}\n` +
                'A patch that does not apply at fuzz 0 is named above; run `stable-sync verify` to check the series.');
        }
    }
    finally {
        if (!opts.keepTree)
            (0,external_node_fs_.rmSync)(tree, { recursive: true, force: true });
    }
    const dsc = (0,external_node_path_.join)(outDir, `${id.source}_${id.fileVersion}.dsc`);
    if (!(0,external_node_fs_.existsSync)(dsc))
        throw new run/* CommandError */.Qd('dpkg-source', ['-b', treeName], 0, `${dsc} was not written`);
    return { ...id, dsc, orig, origFiles, files: [dsc, ...(await dscFiles(dsc))] };
}
function readFormat(packageDir) {
    const file = (0,external_node_path_.join)(packageDir, 'debian', 'source', 'format');
    return (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8').trim() : undefined;
}
/** An orig tarball of the same version in the other compression makes dpkg-source refuse to choose. */
function removeStaleOrigs(outDir, id, wanted, log) {
    const prefix = `${id.source}_${id.upstreamVersion}.orig.tar.`;
    for (const name of (0,external_node_fs_.readdirSync)(outDir)) {
        if (name.startsWith(prefix) && name !== wanted) {
            log.info(`removing ${name} from ${outDir}: replaced by ${wanted}`);
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(outDir, name));
        }
    }
}
/** The files a .dsc or .changes lists (its Files: section), as absolute paths beside it. */
async function dscFiles(dsc) {
    const text = (0,external_node_fs_.readFileSync)(dsc, 'utf8');
    const dir = (0,external_node_path_.resolve)(dsc, '..');
    const section = /^Files:\s*\n((?:[ \t].*\n?)*)/m.exec(text);
    if (!section)
        return [];
    return section[1]
        .split('\n')
        .map(l => l.trim().split(/\s+/).at(-1))
        .filter((n) => Boolean(n))
        .map(n => (0,external_node_path_.join)(dir, n));
}


/***/ }),

/***/ 6996:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ buildTrackSource)
/* harmony export */ });
/* unused harmony export selectTrack */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _upstream_fetch_pinned_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9763);
/* harmony import */ var _pin_resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6332);
/* harmony import */ var _source_package_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5368);





/** The one track a build is for: named, or the only one. */
function selectTrack(config, name) {
    const names = config.tracks.map(t => t.name).join(', ');
    if (name) {
        const track = config.tracks.find(t => t.name === name);
        if (!track)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`no track named '${name}' in ${config.file}; it has: ${names}`);
        return track;
    }
    if (config.tracks.length !== 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${config.file} has several tracks (${names}): choose one with --track NAME`);
    return config.tracks[0];
}
/**
 * What the workflow's build job runs: fetch the track's upstream (shallow, into the cache), resolve
 * the pin from debian/changelog through the tag template, and assemble the source package of the
 * package directory from that commit, restricted to the track's `paths` when it has them.
 */
async function buildTrackSource(opts) {
    const track = selectTrack(opts.config, opts.track);
    const { tag } = (0,_pin_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .pinnedVersion */ .V)(track, opts.repoDir);
    const { upstream, pin } = await opts.log.group(`fetch ${track.upstream.url} (${track.upstream.branch}, pin ${tag})`, () => (0,_upstream_fetch_pinned_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchPinned */ .P)(track, {
        repoDir: opts.repoDir,
        cacheDir: opts.cacheDir,
        log: opts.log,
        env: opts.env
    }));
    const result = await (0,_source_package_js__WEBPACK_IMPORTED_MODULE_4__/* .buildSourcePackage */ .g)({
        packageDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(opts.repoDir, track.package),
        upstream: upstream.git,
        pin: { sha: pin.sha, tag: pin.tag },
        paths: track.paths,
        outDir: opts.outDir,
        log: opts.log,
        compression: opts.compression,
        origTarball: opts.origTarball,
        keepTree: opts.keepTree
    });
    return { ...result, track: track.name, pin };
}


/***/ }),

/***/ 8572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uploadCommand: () => (/* binding */ uploadCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/process/run.js
var run = __webpack_require__(1767);
;// CONCATENATED MODULE: ./build/upload/dput.js




/**
 * Upload with dput. dput writes `<changes minus .changes>.<host>.upload` after a complete upload and
 * refuses to upload again: a rerun after a successful upload is 'already', never a second upload.
 */
async function dputUpload(changes, opts) {
    const uploadLog = `${changes.replace(/\.changes$/, '')}.${opts.target}.upload`;
    if ((0,external_node_fs_.existsSync)(uploadLog)) {
        opts.log.info(`${(0,external_node_path_.basename)(changes)} was already uploaded to ${opts.target} (${(0,external_node_path_.basename)(uploadLog)})`);
        return { state: 'already', log: uploadLog };
    }
    const args = [
        ...(opts.config ? ['-c', opts.config] : []),
        ...(opts.unsigned ? ['-u'] : []),
        opts.target,
        changes
    ];
    opts.log.info(`dput ${args.join(' ')}`);
    const r = await (0,run/* run */.eF)('dput', args, {
        env: { ...opts.env, LC_ALL: 'C.UTF-8' },
        allowFailure: true,
        input: ''
    });
    if (r.code !== 0) {
        throw new errors/* FindingError */.Yv(`dput to ${opts.target} failed (exit ${r.code}): ${(r.stdout.toString('utf8') + r.stderr).trim().split('\n').slice(-8).join('\n')}`);
    }
    return { state: 'uploaded', log: uploadLog };
}

// EXTERNAL MODULE: ./build/upload/gpg-keyring.js
var gpg_keyring = __webpack_require__(2980);
;// CONCATENATED MODULE: ./build/upload/sign.js



/**
 * Sign a .changes (and the .dsc and .buildinfo it lists) with debsign, as a maintainer does before
 * dput. `--no-conf`: the runner's ~/.devscripts must not choose another key or program.
 */
async function debsignChanges(changes, keyring, log) {
    log.info(`debsign -k${keyring.fingerprint} ${(0,external_node_path_.basename)(changes)} (${keyring.uid})`);
    const r = await (0,run/* run */.eF)('debsign', ['--no-conf', `-k${keyring.fingerprint}`, '--re-sign', changes], {
        env: { ...keyring.env, LC_ALL: 'C.UTF-8' },
        allowFailure: true,
        input: ''
    });
    if (r.code !== 0) {
        throw new errors/* FindingError */.Yv(`debsign failed (exit ${r.code}) for ${(0,external_node_path_.basename)(changes)}: ${(r.stderr + r.stdout.toString('utf8')).trim().split('\n').slice(-5).join('\n')}`);
    }
}
/** Is the file clearsigned (an OpenPGP signed message)? */
function isSigned(text) {
    return text.startsWith('-----BEGIN PGP SIGNED MESSAGE-----');
}

// EXTERNAL MODULE: ./build/build/track-source.js
var track_source = __webpack_require__(6996);
// EXTERNAL MODULE: ./build/debian/changelog.js
var debian_changelog = __webpack_require__(4138);
;// CONCATENATED MODULE: ./build/upload/source-upload.js






/** The version of the changelog entry below the top one: the last upload before this release. */
async function previousVersion(changelog) {
    const r = await (0,run/* run */.eF)('dpkg-parsechangelog', ['-l', changelog, '--offset', '1', '--count', '1', '-S', 'Version'], {
        allowFailure: true
    });
    const v = r.stdout.toString('utf8').trim();
    return r.code === 0 && v ? v : undefined;
}
/**
 * The source upload of a released package: the source package (as build-source makes it, from the
 * pinned upstream tag) and its `_source.changes` from `dpkg-genchanges -S -v<previous>`, so the
 * upload closes the bugs of every entry since the last one the archive has.
 */
async function makeSourceUpload(opts) {
    const built = await (0,track_source/* buildTrackSource */.B)({ ...opts, keepTree: true });
    const tree = (0,external_node_path_.join)(opts.outDir, `${built.source}-${built.upstreamVersion}`);
    try {
        const changelog = (0,external_node_path_.join)(tree, 'debian', 'changelog');
        const top = (0,debian_changelog/* readTopEntry */.QH)((0,external_node_fs_.readFileSync)(changelog, 'utf8'));
        if (top.distributions.includes('UNRELEASED')) {
            throw new errors/* InputError */.dz(`the top changelog entry ${top.version} is UNRELEASED: release it first (stable-sync release), then upload`);
        }
        const since = await previousVersion(changelog);
        const changes = (0,external_node_path_.join)(opts.outDir, `${built.source}_${built.fileVersion}_source.changes`);
        (0,external_node_fs_.rmSync)(changes, { force: true });
        const args = [
            '-S',
            `-u${opts.outDir}`,
            `-O${changes}`,
            ...(since ? [`-v${since}`] : []),
            ...(opts.includeOrig ? ['-sa'] : [])
        ];
        opts.log.info(`dpkg-genchanges ${args.join(' ')}`);
        const r = await (0,run/* run */.eF)('dpkg-genchanges', args, {
            cwd: tree,
            allowFailure: true,
            env: { LC_ALL: 'C.UTF-8' }
        });
        if (r.code !== 0 || !(0,external_node_fs_.existsSync)(changes)) {
            throw new errors/* FindingError */.Yv(`dpkg-genchanges failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-5).join('\n')}`);
        }
        return { ...built, changes, distribution: top.distributions.join(' '), ...(since ? { since } : {}) };
    }
    finally {
        (0,external_node_fs_.rmSync)(tree, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./build/upload/upload.js






/**
 * The release's source upload: build it, sign it when a key is given, dput it when a target is
 * given. Archives and PPAs refuse unsigned uploads, so uploading without a key needs the caller's
 * explicit `allowUnsigned` (a local queue), checked before anything is built.
 */
async function sourceUpload(opts) {
    if (opts.dput && !opts.gpgKey && !opts.allowUnsigned) {
        throw new errors/* InputError */.dz(`uploading to ${opts.dput.target} needs a signing key (--gpg-key FILE or STABLE_SYNC_GPG_KEY; the action's ` +
            'gpg-key input): archives refuse unsigned uploads. For a local queue, pass --unsigned');
    }
    const made = await makeSourceUpload(opts);
    const keyring = opts.gpgKey ? await (0,gpg_keyring/* importGpgKey */.H)(opts.gpgKey) : undefined;
    try {
        let signedBy;
        if (keyring) {
            await debsignChanges(made.changes, keyring, opts.log);
            signedBy = { fingerprint: keyring.fingerprint, uid: keyring.uid };
        }
        if (!opts.dput)
            return { ...made, ...(signedBy ? { signedBy } : {}) };
        const upload = await dputUpload(made.changes, {
            ...opts.dput,
            unsigned: !keyring || !isSigned((0,external_node_fs_.readFileSync)(made.changes, 'utf8')),
            env: keyring?.env,
            log: opts.log
        });
        return { ...made, ...(signedBy ? { signedBy } : {}), upload: { ...upload, target: opts.dput.target } };
    }
    finally {
        await keyring?.dispose();
    }
}

// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
// EXTERNAL MODULE: ./build/cli/commands/engine-run.js + 59 modules
var engine_run = __webpack_require__(1936);
;// CONCATENATED MODULE: ./build/cli/commands/upload.js






/**
 * `stable-sync upload`: the released package's source upload (dpkg-genchanges -S -v<previous>),
 * signed with debsign when a key is given, and sent with dput when a target is given.
 */
const uploadCommand = {
    name: 'upload',
    summary: 'Make the source upload of the released package (.dsc + _source.changes, -v the previous version), sign it (debsign) and dput it.',
    usage: '--out DIR [--repo DIR] [--config FILE] [--track NAME] [--gpg-key FILE] [--target HOST] [--dput-config FILE] [--unsigned] [--include-orig] [--orig FILE] [--cache-dir DIR] [--json]',
    options: {
        repo: command/* commonOptions */.OP.repo,
        config: command/* commonOptions */.OP.config,
        track: {
            type: 'string',
            description: 'The track whose package is uploaded (by name)',
            default: 'the only track of the config'
        },
        out: {
            type: 'string',
            description: 'Where the source upload (.dsc, _source.changes) is written (required)'
        },
        orig: {
            type: 'string',
            description: 'Use this orig tarball instead of making one from the pinned tag',
            default: 'made from the pinned upstream tag'
        },
        'include-orig': {
            type: 'boolean',
            description: 'Include the orig tarball in the upload (dpkg-genchanges -sa), as a first upload of a version needs'
        },
        'gpg-key': {
            type: 'string',
            description: 'Sign with this armored OpenPGP secret key file (debsign)',
            default: '$STABLE_SYNC_GPG_KEY, else unsigned'
        },
        target: {
            type: 'string',
            description: 'dput target (host name in the dput config, e.g. ppa:owner/name)',
            default: "the config's upload.target, else no upload"
        },
        'dput-config': {
            type: 'string',
            description: 'The dput.cf to use, relative to the repository',
            default: "the config's upload.dput-config, else dput's own"
        },
        unsigned: {
            type: 'boolean',
            description: 'Allow an unsigned upload to --target (local queues only; archives refuse them)'
        },
        'cache-dir': engine_run/* engineOptions */.ll['cache-dir'],
        json: command/* commonOptions */.OP.json,
        verbose: command/* commonOptions */.OP.verbose
    },
    async run(ctx) {
        const out = ctx.values.out;
        if (!out)
            throw new errors/* InputError */.dz('--out DIR is required: where the source upload (.dsc, .changes) is written');
        const { repoDir, config } = await (0,command/* loadCommandConfig */.eY)(ctx);
        // The key: a file (--gpg-key), or the armored text in STABLE_SYNC_GPG_KEY (a CI secret, never argv).
        const keyFile = ctx.values['gpg-key'];
        const gpgKey = keyFile
            ? (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(ctx.cwd, keyFile), 'utf8')
            : ctx.env.STABLE_SYNC_GPG_KEY || undefined;
        const target = ctx.values.target ?? config.upload?.target;
        const dputConfig = ctx.values['dput-config'] ?? config.upload?.dputConfig;
        const orig = ctx.values.orig;
        const r = await sourceUpload({
            repoDir,
            config,
            track: ctx.values.track,
            outDir: (0,external_node_path_.resolve)(ctx.cwd, out),
            cacheDir: (0,command/* cacheDirOf */.BU)(ctx),
            log: ctx.log,
            env: {},
            origTarball: orig ? (0,external_node_path_.resolve)(ctx.cwd, orig) : undefined,
            includeOrig: Boolean(ctx.values['include-orig']),
            gpgKey,
            dput: target ? { target, ...(dputConfig ? { config: (0,external_node_path_.resolve)(repoDir, dputConfig) } : {}) } : undefined,
            allowUnsigned: Boolean(ctx.values.unsigned)
        });
        if (ctx.values.json)
            ctx.out(JSON.stringify(r, null, 2));
        else {
            ctx.out(`${r.source} ${r.version} (${r.distribution}): ${r.changes}`);
            if (r.since)
                ctx.out(`  changes since ${r.since}`);
            ctx.out(r.signedBy ? `  signed by ${r.signedBy.uid} (${r.signedBy.fingerprint})` : '  unsigned');
            if (r.upload)
                ctx.out(`  ${r.upload.state === 'already' ? 'already uploaded' : 'uploaded'} to ${r.upload.target}`);
        }
        return 0;
    }
};


/***/ }),

/***/ 2980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ importGpgKey)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1767);





async function importGpgKey(armoredSecretKey) {
    if (!/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(armoredSecretKey)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('the GPG key is not an armored secret key: export it with `gpg --armor --export-secret-keys KEYID` ' +
            '(a key without a passphrase, or one whose passphrase the agent is given) and store that text as a secret');
    }
    const home = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'stable-sync-gpg-'));
    const env = { GNUPGHOME: home };
    const dispose = async () => {
        await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .eF)('gpgconf', ['--kill', 'all'], { env, allowFailure: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(home, { recursive: true, force: true });
    };
    try {
        const imported = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .eF)('gpg', ['--batch', '--import'], {
            env,
            input: armoredSecretKey,
            allowFailure: true
        });
        if (imported.code !== 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`gpg could not import the signing key: ${imported.stderr.trim().split('\n').slice(-3).join(' ')}`);
        }
        const listing = (await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .eF)('gpg', ['--batch', '--with-colons', '--list-secret-keys'], { env })).stdout.toString('utf8');
        const lines = listing.split('\n').map(l => l.split(':'));
        const fingerprint = lines.find(f => f[0] === 'fpr')?.[9];
        const uid = lines.find(f => f[0] === 'uid')?.[9] ?? '';
        if (!fingerprint)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('the armored key holds no secret key: export it with --export-secret-keys');
        return { home, fingerprint, uid, env, dispose };
    }
    catch (e) {
        await dispose();
        throw e;
    }
}


/***/ })

};
