export const id = 636;
export const ids = [636];
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

/***/ 2636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSourceCommand: () => (/* binding */ buildSourceCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _build_track_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6996);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3192);
/* harmony import */ var _engine_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1936);






/** `stable-sync build-source`: the 3.0 (quilt) source package of a track, from its pinned upstream tag. */
const buildSourceCommand = {
    name: 'build-source',
    summary: 'Assemble the 3.0 (quilt) source package: orig tarball from the pinned upstream tag + debian/, dpkg-source -b.',
    usage: '--out DIR [--github-output FILE] [--repo DIR] [--config FILE] [--track NAME] [--compression xz|gz] [--orig FILE] [--keep-tree] [--cache-dir DIR] [--json]',
    options: {
        repo: _command_js__WEBPACK_IMPORTED_MODULE_4__/* .commonOptions */ .OP.repo,
        config: _command_js__WEBPACK_IMPORTED_MODULE_4__/* .commonOptions */ .OP.config,
        track: {
            type: 'string',
            description: 'The track to build (by name)',
            default: 'the only track of the config'
        },
        out: { type: 'string', description: 'Where the .dsc, orig and debian tarballs are written (required)' },
        compression: {
            type: 'string',
            description: 'Compression of a generated orig tarball: xz or gz',
            default: 'xz'
        },
        orig: {
            type: 'string',
            description: 'Use this orig tarball instead of making one from the pinned tag',
            default: 'made from the pinned upstream tag'
        },
        'keep-tree': {
            type: 'boolean',
            description: 'Keep the unpacked source tree in --out after dpkg-source -b'
        },
        'cache-dir': _engine_run_js__WEBPACK_IMPORTED_MODULE_5__/* .engineOptions */ .ll['cache-dir'],
        json: _command_js__WEBPACK_IMPORTED_MODULE_4__/* .commonOptions */ .OP.json,
        verbose: _command_js__WEBPACK_IMPORTED_MODULE_4__/* .commonOptions */ .OP.verbose,
        'github-output': {
            type: 'string',
            description: 'Also append dsc=<path of the .dsc> to this file (the workflow passes $GITHUB_OUTPUT)',
            default: 'none'
        }
    },
    async run(ctx) {
        const out = ctx.values.out;
        if (!out)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('--out DIR is required: where the .dsc, orig and debian tarballs are written');
        const compression = (ctx.values.compression ?? 'xz');
        if (compression !== 'xz' && compression !== 'gz')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--compression ${compression}: use xz or gz`);
        const { repoDir, config } = await (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCommandConfig */ .eY)(ctx);
        const orig = ctx.values.orig;
        const r = await (0,_build_track_source_js__WEBPACK_IMPORTED_MODULE_2__/* .buildTrackSource */ .B)({
            repoDir,
            config,
            track: ctx.values.track,
            outDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, out),
            cacheDir: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .cacheDirOf */ .BU)(ctx),
            log: ctx.log,
            env: {},
            compression,
            origTarball: orig ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, orig) : undefined,
            keepTree: Boolean(ctx.values['keep-tree'])
        });
        // The workflow's next step (apt-get build-dep) needs the .dsc: `dsc=<path>` for $GITHUB_OUTPUT.
        const githubOutput = ctx.values['github-output'];
        if (githubOutput)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(ctx.cwd, githubOutput), `dsc=${r.dsc}\n`);
        if (ctx.values.json)
            ctx.out(JSON.stringify(r, null, 2));
        else {
            ctx.out(`${r.source} ${r.version} (track ${r.track}, pin ${r.pin.tag} ${r.pin.sha}):`);
            for (const f of r.files)
                ctx.out(`  ${f}`);
        }
        return 0;
    }
};


/***/ })

};
