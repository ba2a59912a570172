export const id = 118;
export const ids = [118];
export const modules = {

/***/ 9219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseControlFields),
/* harmony export */   r: () => (/* binding */ readPackageIdentity)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _debian_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5753);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7212);





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

/***/ 6078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ buildSourcePackage),
  e: () => (/* binding */ dscFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/process/run.ts
var run = __webpack_require__(7212);
// EXTERNAL MODULE: ./src/config/glob.ts
var glob = __webpack_require__(3334);
// EXTERNAL MODULE: ./src/git/text.ts
var git_text = __webpack_require__(9233);
;// CONCATENATED MODULE: ./src/build/orig-tarball.ts





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

// EXTERNAL MODULE: ./src/build/package-identity.ts
var package_identity = __webpack_require__(9219);
;// CONCATENATED MODULE: ./src/build/source-package.ts






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

/***/ 3118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildSourceCommand: () => (/* binding */ buildSourceCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/pin/fetch-pinned.ts
var fetch_pinned = __webpack_require__(8674);
// EXTERNAL MODULE: ./src/pin/resolve.ts
var resolve = __webpack_require__(1755);
// EXTERNAL MODULE: ./src/build/source-package.ts + 1 modules
var source_package = __webpack_require__(6078);
;// CONCATENATED MODULE: ./src/build/track-source.ts





/** The one track a build is for: named, or the only one. */
function selectTrack(config, name) {
    const names = config.tracks.map(t => t.name).join(', ');
    if (name) {
        const track = config.tracks.find(t => t.name === name);
        if (!track)
            throw new errors/* InputError */.dz(`no track named '${name}' in ${config.file}; it has: ${names}`);
        return track;
    }
    if (config.tracks.length !== 1)
        throw new errors/* InputError */.dz(`${config.file} has several tracks (${names}): choose one with --track NAME`);
    return config.tracks[0];
}
/**
 * What the workflow's build job runs: fetch the track's upstream (shallow, into the cache), resolve
 * the pin from debian/changelog through the tag template, and assemble the source package of the
 * package directory from that commit, restricted to the track's `paths` when it has them.
 */
async function buildTrackSource(opts) {
    const track = selectTrack(opts.config, opts.track);
    const { tag } = (0,resolve/* pinnedVersion */.V)(track, opts.repoDir);
    const { upstream, pin } = await opts.log.group(`fetch ${track.upstream.url} (${track.upstream.branch}, pin ${tag})`, () => (0,fetch_pinned/* fetchPinned */.P)(track, {
        repoDir: opts.repoDir,
        cacheDir: opts.cacheDir,
        log: opts.log,
        env: opts.env
    }));
    const result = await (0,source_package/* buildSourcePackage */.g)({
        packageDir: (0,external_node_path_.join)(opts.repoDir, track.package),
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

// EXTERNAL MODULE: ./src/upstream/cache-dir.ts
var cache_dir = __webpack_require__(9957);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
;// CONCATENATED MODULE: ./src/cli/commands/build-source.ts





/** `stable-sync build-source`: the 3.0 (quilt) source package of a track, from its pinned upstream tag. */
const buildSourceCommand = {
    name: 'build-source',
    summary: 'Assemble the 3.0 (quilt) source package: orig tarball from the pinned upstream tag + debian/, dpkg-source -b.',
    usage: '--out DIR [--repo DIR] [--config FILE] [--track NAME] [--compression xz|gz] [--orig FILE] [--keep-tree] [--cache-dir DIR] [--json]',
    options: {
        repo: { type: 'string' },
        config: { type: 'string' },
        track: { type: 'string' },
        out: { type: 'string' },
        compression: { type: 'string' },
        orig: { type: 'string' },
        'keep-tree': { type: 'boolean' },
        'cache-dir': { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' }
    },
    async run(ctx) {
        const out = ctx.values.out;
        if (!out)
            throw new errors/* InputError */.dz('--out DIR is required: where the .dsc, orig and debian tarballs are written');
        const compression = (ctx.values.compression ?? 'xz');
        if (compression !== 'xz' && compression !== 'gz')
            throw new errors/* InputError */.dz(`--compression ${compression}: use xz or gz`);
        const { repoDir, config } = await (0,command/* loadCommandConfig */.e)(ctx);
        const orig = ctx.values.orig;
        const r = await buildTrackSource({
            repoDir,
            config,
            track: ctx.values.track,
            outDir: (0,external_node_path_.resolve)(ctx.cwd, out),
            cacheDir: ctx.values['cache-dir']
                ? (0,external_node_path_.resolve)(ctx.cwd, ctx.values['cache-dir'])
                : (0,cache_dir/* defaultCacheDir */.$)(ctx.env),
            log: ctx.log,
            env: {},
            compression,
            origTarball: orig ? (0,external_node_path_.resolve)(ctx.cwd, orig) : undefined,
            keepTree: Boolean(ctx.values['keep-tree'])
        });
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


/***/ }),

/***/ 3334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ catFileBatch)
/* harmony export */ });
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
        const [sha, type, size] = stdout.subarray(pos, eol).toString('latin1').split(' ');
        if (type === 'missing' || size === undefined) {
            pos = eol + 1;
            continue;
        }
        const n = Number(size);
        objects.push({ sha, type, body: stdout.subarray(eol + 1, eol + 1 + n) });
        pos = eol + 1 + n + 1;
    }
    return objects;
}


/***/ }),

/***/ 8674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ fetchPinned)
/* harmony export */ });
/* harmony import */ var _upstream_fetch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8579);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1755);


/**
 * The upstream clone of a track, fetched so that a cold fetch moves only pin..tip, and the pin
 * resolved in it. The engine, the track-mode move and build-source all start here.
 */
async function fetchPinned(track, opts) {
    const { tag } = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedVersion */ .V)(track, opts.repoDir);
    const upstream = await (0,_upstream_fetch_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchUpstream */ .uL)(track, { ...opts, pinTag: tag });
    const pin = await (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePin */ .Q)(track, upstream, opts.repoDir);
    return { upstream, pin };
}


/***/ }),

/***/ 786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ nearestTags),
/* harmony export */   g: () => (/* binding */ tagFor)
/* harmony export */ });
/* harmony import */ var _debian_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5753);

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

/***/ 1755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ resolvePin),
/* harmony export */   V: () => (/* binding */ pinnedVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _debian_changelog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8463);
/* harmony import */ var _debian_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5753);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _nearest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(786);






/** The pinned upstream version and its tag, from the config's `pin` or debian/changelog's top entry. */
function pinnedVersion(track, repoDir) {
    let version = track.pin;
    if (track.pin === 'changelog') {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, track.package, 'debian', 'changelog');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`track ${track.name}: ${file} does not exist; set the track's pin to an upstream version or add the changelog`);
        }
        version = (0,_debian_version_js__WEBPACK_IMPORTED_MODULE_3__/* .upstreamTagVersion */ .W2)((0,_debian_changelog_js__WEBPACK_IMPORTED_MODULE_2__/* .readTopEntry */ .QH)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')).version);
    }
    return { version, tag: (0,_nearest_js__WEBPACK_IMPORTED_MODULE_5__/* .tagFor */ .g)(track.upstream.tag, version) };
}
/**
 * The pin as a commit in the fetched upstream: its tag must exist and be an ancestor of the stable
 * tip (a force-pushed branch, or a pin from another branch, is a finding for a human).
 */
async function resolvePin(track, upstream, repoDir) {
    const { version, tag } = pinnedVersion(track, repoDir);
    const sha = await upstream.git.text(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], {
        allowFailure: true
    });
    if (!/^[0-9a-f]{40,64}$/.test(sha)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`track ${track.name}: tag ${tag} (pinned version ${version}) was not fetched from ${track.upstream.url}`);
    }
    // An ancestry already proven for this exact pin and tip is remembered beside the cache.
    const proven = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(upstream.dir, 'stable-sync', 'ancestry');
    const pair = `${sha} ${upstream.tipSha}`;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(proven) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(proven, 'latin1') === pair)
        return { version, tag, sha };
    if (!(await upstream.git.test(['merge-base', '--is-ancestor', sha, upstream.tipSha]))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .FindingError */ .Yv(`track ${track.name}: the pin ${tag} (${sha}) is not an ancestor of ${track.upstream.branch} (${upstream.tipSha}). ` +
            'The stable branch was rewritten (force-pushed) or the tag is on another branch: check upstream.branch, ' +
            'or move the pin to a tag on the current branch.');
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(proven), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(proven, pair);
    return { version, tag, sha };
}


/***/ }),

/***/ 9957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ defaultCacheDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Where upstream clones are cached: the runner's tool cache in GitHub Actions (restorable with
 * @actions/cache), else $XDG_CACHE_HOME/stable-sync, else ~/.cache/stable-sync.
 */
function defaultCacheDir(env) {
    if (env.GITHUB_ACTIONS === 'true' && env.RUNNER_TOOL_CACHE)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TOOL_CACHE, 'stable-sync');
    if (env.XDG_CACHE_HOME)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_CACHE_HOME, 'stable-sync');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.cache', 'stable-sync');
}


/***/ }),

/***/ 8579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uL: () => (/* binding */ fetchUpstream),
  uv: () => (/* binding */ remoteTags)
});

// UNUSED EXPORTS: fetchUrl, tipRefName

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/config/normalize.ts
var normalize = __webpack_require__(9137);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/gateway.ts
var gateway = __webpack_require__(5718);
// EXTERNAL MODULE: ./src/pin/nearest.ts
var nearest = __webpack_require__(786);
// EXTERNAL MODULE: ./src/git/cat-file.ts
var cat_file = __webpack_require__(499);
;// CONCATENATED MODULE: ./src/upstream/shallow.ts



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
/**
 * After `fetch --shallow-exclude=<pin>`, the commits just above the cut (the pin's children, the
 * roots of merged branches) are grafted as parentless. Once their real parents are present (the
 * pin itself is fetched with depth 1; other missing parents are fetched the same way), the graft is
 * removed, so first-parent walks and diffs see true history — while nothing below the pin is fetched.
 */
async function repairShallow(git, dir, fetchParents, leaves) {
    const file = (0,external_node_path_.join)(dir, 'shallow');
    if (!(0,external_node_fs_.existsSync)(file))
        return;
    const grafted = (0,external_node_fs_.readFileSync)(file, 'latin1').split('\n').filter(Boolean);
    // The pin and parents fetched with depth 1 stay cut: their history is not needed.
    const parents = await recordedParents(git, grafted.filter(s => !leaves.has(s)));
    const all = [...new Set([...parents.values()].flat())];
    let have = await present(git, all);
    const missing = all.filter(p => !have.has(p));
    if (missing.length) {
        await fetchParents(missing);
        have = await present(git, all);
    }
    const keep = grafted.filter(sha => !(parents.get(sha) ?? []).every(p => have.has(p)) || (parents.get(sha) ?? []).length === 0);
    // Commits whose parents were just fetched with depth 1 are grafted themselves (and stay so).
    const fresh = (0,external_node_fs_.readFileSync)(file, 'latin1').split('\n').filter(Boolean);
    const result = [...new Set([...keep, ...fresh.filter(s => !grafted.includes(s))])];
    if (result.length)
        (0,external_node_fs_.writeFileSync)(file, result.join('\n') + '\n');
    else
        (0,external_node_fs_.unlinkSync)(file);
}

;// CONCATENATED MODULE: ./src/upstream/fetch.ts









/** The URL git fetches from: local paths become file:// URLs (so shallow fetches work on them too). */
function fetchUrl(url, repoDir) {
    return (0,normalize/* isLocalPath */.Nj)(url) ? (0,external_node_url_.pathToFileURL)((0,external_node_path_.resolve)(repoDir, url)).href : url;
}
/** Local ref holding the fetched stable branch. */
const tipRefName = (branch) => `refs/stable-sync/heads/${branch}`;
/** The tags the remote has (no objects are fetched). */
async function remoteTags(git, url) {
    const out = await git.text(['ls-remote', '--tags', '--refs', url]);
    return out
        .split('\n')
        .map(l => l.split('\t')[1]?.replace(/^refs\/tags\//, ''))
        .filter((t) => Boolean(t));
}
/**
 * Fetch a track's stable branch into a bare cache repository keyed by the URL's hash. With a pin
 * tag, the fetch is shallow below the pin (`--shallow-exclude`), and the pin commit comes with depth
 * 1: a cold run moves only what lies between pin and tip, later runs only what is new.
 */
async function fetchUpstream(track, opts) {
    const url = fetchUrl(track.upstream.url, opts.repoDir);
    const dir = (0,external_node_path_.join)(opts.cacheDir, 'upstream', `${(0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 16)}.git`);
    const git = (0,gateway/* createGit */.l)(dir, opts.env ?? {});
    const cached = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'HEAD'));
    if (!cached) {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        await git.exec(['init', '--bare', '-q', dir]);
        await git.exec(['config', 'gc.auto', '0']);
    }
    const branch = track.upstream.branch;
    const tipRef = tipRefName(branch);
    const full = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'objects')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'shallow')) && (await hasRef(git, tipRef));
    const fetch = (args) => git.test(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', ...args]);
    // Nothing new upstream (same tip, pin already here): no fetch at all, one ls-remote. With a cache
    // present, the remote and local questions are asked at the same time.
    if (opts.pinTag && cached) {
        const [pinHere, local, remote] = await Promise.all([
            hasRef(git, `refs/tags/${opts.pinTag}`),
            git.text(['rev-parse', '--verify', '--quiet', tipRef], { allowFailure: true }),
            git.text(['ls-remote', url, `refs/heads/${branch}`], { allowFailure: true })
        ]);
        if (pinHere && local && remote.split('\t')[0] === local) {
            opts.log.debug(`${track.name}: ${branch} unchanged at ${local}; cache is current`);
            return { git, dir, tipRef: branch, tipSha: local, url };
        }
    }
    if (opts.pinTag) {
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
    }
    const branchSpec = `+refs/heads/${branch}:${tipRef}`;
    let ok = false;
    if (opts.pinTag && !full)
        ok = await fetch([`--shallow-exclude=refs/tags/${opts.pinTag}`, url, branchSpec]);
    if (!ok)
        ok = await fetch([url, branchSpec]);
    if (!ok) {
        const r = await git.exec(['fetch', '--no-tags', url, branchSpec], { allowFailure: true });
        throw new errors/* InputError */.dz(`cannot fetch branch ${branch} of ${track.upstream.url} (track ${track.name}): ${r.stderr.trim().split('\n').pop()}. ` +
            'Check upstream.url and upstream.branch.');
    }
    const leaves = new Set((await git.text(['for-each-ref', '--format=%(objectname)', 'refs/stable-sync/parents/']))
        .split('\n')
        .filter(Boolean));
    if (opts.pinTag) {
        const pin = await git.text(['rev-parse', '--verify', '--quiet', `refs/tags/${opts.pinTag}^{commit}`], {
            allowFailure: true
        });
        if (pin)
            leaves.add(pin);
    }
    await repairShallow(git, dir, async (shas) => {
        await fetch(['--depth=1', url, ...shas.map(s => `+${s}:refs/stable-sync/parents/${s}`)]);
    }, leaves);
    const tipSha = await git.text(['rev-parse', '--verify', `${tipRef}^{commit}`]);
    opts.log.debug(`${track.name}: fetched ${branch} at ${tipSha} into ${dir}`);
    return { git, dir, tipRef: branch, tipSha, url };
}
async function hasRef(git, ref) {
    return git.test(['rev-parse', '--verify', '--quiet', ref]);
}


/***/ })

};
