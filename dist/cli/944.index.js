export const id = 944;
export const ids = [944];
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

/***/ 9944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildCommand: () => (/* binding */ buildCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/process/run.js
var run = __webpack_require__(1767);
// EXTERNAL MODULE: ./build/debian/version.js
var debian_version = __webpack_require__(604);
;// CONCATENATED MODULE: ./build/build/build-deps.js


/** Build dependencies missing on this machine, as dpkg-checkbuilddeps reports them. */
class MissingBuildDepsError extends errors/* InputError */.dz {
    tree;
    unmet;
    report;
    constructor(tree, unmet, report) {
        super(`build dependencies missing for ${tree}:\n${report.trim()}\n` +
            `Install them with:\n  sudo apt-get build-dep -y ${JSON.stringify(tree)}\n` +
            `or, naming the packages: sudo apt-get install -y --no-install-recommends ${unmet}`);
        this.tree = tree;
        this.unmet = unmet;
        this.report = report;
    }
}
/**
 * Run dpkg-checkbuilddeps in an unpacked source tree. It is the same check dpkg-buildpackage
 * makes, but failing here lets us print the apt command instead of a build log.
 */
async function checkBuildDeps(tree) {
    const r = await (0,run/* run */.eF)('dpkg-checkbuilddeps', [], { cwd: tree, allowFailure: true });
    if (r.code === 0)
        return;
    const text = `${r.stderr}${r.stdout.toString('utf8')}`;
    const unmet = /Unmet build dependencies:\s*(.*)/.exec(text)?.[1]?.trim();
    if (!unmet)
        throw new errors/* InputError */.dz(`dpkg-checkbuilddeps failed in ${tree}: ${text.trim()}`);
    throw new MissingBuildDepsError(tree, aptPackageList(unmet), text);
}
/**
 * `debhelper-compat (= 13), libfoo-dev (>= 2) | libbar-dev` → `debhelper libfoo-dev`: one name per
 * dependency (the first alternative), versions dropped; `*-compat` virtual names map to their package.
 */
function aptPackageList(unmet) {
    return unmet
        .split(/,\s*/)
        .map(dep => dep
        .split('|')[0]
        .trim()
        .split(/[\s(:[<]/)[0])
        .filter(Boolean)
        .map(name => (name === 'debhelper-compat' ? 'debhelper' : name))
        .join(' ');
}

// EXTERNAL MODULE: ./build/build/package-identity.js
var package_identity = __webpack_require__(9854);
// EXTERNAL MODULE: ./build/build/source-package.js + 1 modules
var source_package = __webpack_require__(5368);
;// CONCATENATED MODULE: ./build/build/binary-package.js








/**
 * Unpack a source package with `dpkg-source -x` (which re-checks the series applies at fuzz 0) and
 * build its binary packages with `dpkg-buildpackage -us -uc -b`, unsigned: signing belongs to the
 * maintainer's upload, not to CI.
 */
async function buildBinaryPackages(opts) {
    const outDir = (0,external_node_path_.resolve)(opts.outDir);
    const dsc = opts.dsc ? (0,external_node_path_.resolve)(opts.dsc) : findDsc(outDir);
    if (!(0,external_node_fs_.existsSync)(dsc))
        throw new errors/* InputError */.dz(`${dsc} does not exist: run 'stable-sync build-source --out DIR' first`);
    const fields = (0,package_identity/* parseControlFields */.i)((0,external_node_fs_.readFileSync)(dsc, 'utf8'));
    const source = fields.get('Source');
    const version = fields.get('Version');
    if (!source || !version)
        throw new errors/* InputError */.dz(`${dsc} has no Source or Version field: is it a .dsc file?`);
    for (const f of await (0,source_package/* dscFiles */.e)(dsc)) {
        if (!(0,external_node_fs_.existsSync)(f))
            throw new errors/* InputError */.dz(`${dsc} lists ${(0,external_node_path_.basename)(f)}, which is not beside it in ${(0,external_node_path_.dirname)(dsc)}`);
    }
    const tree = (0,external_node_path_.join)(outDir, `${source}-${(0,debian_version/* upstreamVersion */.mm)(version)}`);
    (0,external_node_fs_.rmSync)(tree, { recursive: true, force: true });
    const x = await (0,run/* run */.eF)('dpkg-source', ['-x', dsc, tree], { cwd: outDir, allowFailure: true });
    if (x.code !== 0)
        throw new errors/* FindingError */.Yv(`dpkg-source -x ${(0,external_node_path_.basename)(dsc)} failed: ${x.stderr.trim()}`);
    if (opts.checkDeps ?? true)
        await checkBuildDeps(tree);
    const arch = (await (0,run/* run */.eF)('dpkg', ['--print-architecture'])).stdout.toString('utf8').trim();
    const fileVersion = version.replace(/^\d+:/, '');
    const buildLog = opts.buildLog
        ? (0,external_node_path_.resolve)(opts.buildLog)
        : (0,external_node_path_.join)(outDir, `${source}_${fileVersion}_${arch}.build`);
    const env = { LC_ALL: 'C.UTF-8', STABLE_SYNC_BUILD_LOG: buildLog };
    if (opts.nocheck) {
        env.DEB_BUILD_OPTIONS = [process.env.DEB_BUILD_OPTIONS, 'nocheck'].filter(Boolean).join(' ');
        env.DEB_BUILD_PROFILES = [process.env.DEB_BUILD_PROFILES, 'nocheck'].filter(Boolean).join(' ');
    }
    opts.log.info(`dpkg-buildpackage -us -uc -b in ${tree} (log: ${buildLog})`);
    // The log is written as the build goes (a qemu build takes half an hour: `tail -F` it), not
    // gathered in memory. The shell line is constant; the command comes in as "$@".
    const b = await (0,run/* run */.eF)('sh', [
        '-c',
        'exec "$@" >"$STABLE_SYNC_BUILD_LOG" 2>&1',
        'sh',
        'dpkg-buildpackage',
        '-us',
        '-uc',
        '-b',
        '-Jauto'
    ], { cwd: tree, env, allowFailure: true });
    if (b.code !== 0) {
        const tail = (0,external_node_fs_.existsSync)(buildLog)
            ? (0,external_node_fs_.readFileSync)(buildLog, 'utf8').trim().split('\n').slice(-30).join('\n')
            : b.stderr;
        throw new errors/* FindingError */.Yv(`dpkg-buildpackage failed (exit ${b.code}) for ${source} ${version}; full log: ${buildLog}\n${tail}`);
    }
    (0,external_node_fs_.rmSync)(tree, { recursive: true, force: true });
    // Named after the host arch, or `all` when only arch-independent packages were built.
    const changes = [arch, 'all']
        .map(a => (0,external_node_path_.join)(outDir, `${source}_${fileVersion}_${a}.changes`))
        .find(f => (0,external_node_fs_.existsSync)(f));
    if (!changes)
        throw new errors/* FindingError */.Yv(`dpkg-buildpackage succeeded but wrote no ${source}_${fileVersion}_${arch}.changes`);
    const debs = [];
    for (const file of await (0,source_package/* dscFiles */.e)(changes)) {
        if (!/\.(deb|udeb|ddeb)$/.test(file))
            continue;
        const f = (0,package_identity/* parseControlFields */.i)((await (0,run/* run */.eF)('dpkg-deb', ['-f', file, 'Package', 'Version', 'Architecture'])).stdout.toString('utf8'));
        debs.push({
            file,
            package: f.get('Package') ?? '',
            version: f.get('Version') ?? '',
            architecture: f.get('Architecture') ?? ''
        });
    }
    return { source, version, dsc, buildLog, changes, debs };
}
function findDsc(outDir) {
    const found = (0,external_node_fs_.existsSync)(outDir) ? (0,external_node_fs_.readdirSync)(outDir).filter(n => n.endsWith('.dsc')) : [];
    if (found.length === 1)
        return (0,external_node_path_.join)(outDir, found[0]);
    if (found.length === 0) {
        throw new errors/* InputError */.dz(`no .dsc in ${outDir}: run 'stable-sync build-source --out ${outDir}' first, or pass --source FILE.dsc`);
    }
    throw new errors/* InputError */.dz(`${outDir} holds several .dsc files (${found.join(', ')}): choose one with --source FILE.dsc`);
}

;// CONCATENATED MODULE: ./build/cli/commands/build.js



/** `stable-sync build`: binary packages from the source package build-source made (what the build job runs). */
const buildCommand = {
    name: 'build',
    summary: 'Build the binary packages (dpkg-buildpackage -us -uc -b) of a source package and list the .debs.',
    usage: '--out DIR [--source FILE.dsc] [--log FILE] [--nocheck] [--json]',
    options: {
        out: { type: 'string' },
        source: { type: 'string' },
        log: { type: 'string' },
        nocheck: { type: 'boolean' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' }
    },
    async run(ctx) {
        const out = ctx.values.out;
        if (!out)
            throw new errors/* InputError */.dz('--out DIR is required: the directory build-source wrote the .dsc to');
        const source = ctx.values.source;
        const r = await buildBinaryPackages({
            outDir: (0,external_node_path_.resolve)(ctx.cwd, out),
            dsc: source ? (0,external_node_path_.resolve)(ctx.cwd, source) : undefined,
            nocheck: Boolean(ctx.values.nocheck),
            buildLog: ctx.values.log ? (0,external_node_path_.resolve)(ctx.cwd, ctx.values.log) : undefined,
            log: ctx.log
        });
        if (ctx.values.json)
            ctx.out(JSON.stringify(r, null, 2));
        else {
            ctx.out(`built ${r.source} ${r.version}:`);
            for (const d of r.debs)
                ctx.out(`  ${d.file}`);
            ctx.out(`build log: ${r.buildLog}`);
        }
        return 0;
    }
};


/***/ }),

/***/ 7597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

/***/ 8906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ DebianFormatError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);

/**
 * A Debian-format text (version, changelog, series, patch header) is malformed. Bad input, exit 2.
 * `line` is 1-based within the text that was parsed; callers that know the file name prefix it.
 */
class DebianFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    what;
    problem;
    line;
    constructor(what, problem, line) {
        super(`${what}${line !== undefined ? ` line ${line}` : ''}: ${problem}`);
        this.what = what;
        this.problem = problem;
        this.line = line;
    }
}


/***/ }),

/***/ 604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ vendorOf),
/* harmony export */   W2: () => (/* binding */ upstreamTagVersion),
/* harmony export */   Wq: () => (/* binding */ newUpstreamVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   fB: () => (/* binding */ nextRevision),
/* harmony export */   mm: () => (/* binding */ upstreamVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   ri: () => (/* binding */ isValidVersion)
/* harmony export */ });
/* unused harmony export formatVersion */
/* harmony import */ var _format_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8906);

function invalid(text, problem) {
    return new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R(`Debian version ${JSON.stringify(text)}`, problem);
}
/** Split a version, refusing only what dpkg itself refuses (its "bad syntax" errors, not warnings). */
function splitVersion(text) {
    const s = text.trim();
    if (s === '')
        throw invalid(text, 'the version is empty');
    if (/\s/.test(s))
        throw invalid(text, 'a version cannot contain spaces');
    let rest = s;
    let epoch;
    const colon = s.indexOf(':');
    if (colon >= 0) {
        const e = s.slice(0, colon);
        if (e === '')
            throw invalid(text, 'the epoch before ":" is empty (write e.g. "1:2.0-1", or drop the ":")');
        if (!/^\d+$/.test(e))
            throw invalid(text, `the epoch "${e}" is not a number (e.g. "1:2.0-1")`);
        epoch = Number(e);
        if (epoch > 2147483647)
            throw invalid(text, `the epoch ${e} is too big`);
        rest = s.slice(colon + 1);
        if (rest === '')
            throw invalid(text, 'nothing follows the epoch');
    }
    let upstream = rest;
    let revision;
    const hyphen = rest.lastIndexOf('-');
    if (hyphen >= 0) {
        upstream = rest.slice(0, hyphen);
        revision = rest.slice(hyphen + 1);
        if (revision === '')
            throw invalid(text, 'the revision after the last "-" is empty (e.g. "2.0-1")');
    }
    if (upstream === '')
        throw invalid(text, 'the upstream version is empty');
    return { epoch, upstream, revision };
}
/**
 * Parse a version. Stricter than dpkg where dpkg only warns (upstream must start with a digit, only
 * the allowed characters), because stable-sync writes versions and must never write a bad one.
 */
function parseVersion(text) {
    const { epoch, upstream, revision } = splitVersion(text);
    if (!/^\d/.test(upstream))
        throw invalid(text, `the upstream version "${upstream}" must start with a digit`);
    const badUpstream = /[^A-Za-z0-9.+~:-]/.exec(upstream);
    if (badUpstream) {
        throw invalid(text, `"${badUpstream[0]}" is not allowed in the upstream version (only A-Za-z0-9 . + ~ - :)`);
    }
    const badRevision = revision === undefined ? null : /[^A-Za-z0-9.+~]/.exec(revision);
    if (badRevision) {
        throw invalid(text, `"${badRevision[0]}" is not allowed in the revision (only A-Za-z0-9 . + ~)`);
    }
    return { epoch, upstream, revision };
}
/** Is this a valid Debian version (by `parseVersion`'s rules)? */
function isValidVersion(text) {
    try {
        parseVersion(text);
        return true;
    }
    catch {
        return false;
    }
}
function formatVersion(v) {
    return `${v.epoch !== undefined ? `${v.epoch}:` : ''}${v.upstream}${v.revision !== undefined ? `-${v.revision}` : ''}`;
}
const isDigit = (c) => c >= '0' && c <= '9';
const isAlpha = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
/** dpkg's sort weight of a character in a non-digit run: `~` first, end of string, letters, the rest. */
function order(c) {
    if (c === '' || isDigit(c))
        return 0;
    if (isAlpha(c))
        return c.charCodeAt(0);
    if (c === '~')
        return -1;
    return c.charCodeAt(0) + 256;
}
/** dpkg's verrevcmp: alternating non-digit runs (by `order`) and digit runs (numerically, any length). */
function verrevcmp(a, b) {
    let i = 0;
    let j = 0;
    const at = (s, k) => (k < s.length ? s[k] : '');
    while (i < a.length || j < b.length) {
        while ((at(a, i) !== '' && !isDigit(at(a, i))) || (at(b, j) !== '' && !isDigit(at(b, j)))) {
            const ac = order(at(a, i));
            const bc = order(at(b, j));
            if (ac !== bc)
                return ac - bc;
            i++;
            j++;
        }
        while (at(a, i) === '0')
            i++;
        while (at(b, j) === '0')
            j++;
        let firstDiff = 0;
        while (isDigit(at(a, i)) && isDigit(at(b, j))) {
            if (!firstDiff)
                firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
            i++;
            j++;
        }
        if (isDigit(at(a, i)))
            return 1;
        if (isDigit(at(b, j)))
            return -1;
        if (firstDiff)
            return firstDiff;
    }
    return 0;
}
/**
 * Compare like `dpkg --compare-versions`: -1, 0 or 1. Like dpkg, versions it only warns about (a
 * letter first, a `_`) still compare; what dpkg refuses (empty parts, a bad epoch) throws.
 */
function compareVersions(a, b) {
    const va = typeof a === 'string' ? splitVersion(a) : a;
    const vb = typeof b === 'string' ? splitVersion(b) : b;
    const ea = va.epoch ?? 0;
    const eb = vb.epoch ?? 0;
    if (ea !== eb)
        return ea > eb ? 1 : -1;
    const r = verrevcmp(va.upstream, vb.upstream) || verrevcmp(va.revision ?? '', vb.revision ?? '');
    return Math.sign(r);
}
/** The upstream part: no epoch, no `-revision` (`1:8.2.2+ds-0ubuntu2` → `8.2.2+ds`). */
function upstreamVersion(v) {
    return parseVersion(v).upstream;
}
// Repack suffixes that mark a tarball rebuilt by the distribution (non-free files removed):
// `+dfsg`, `+dfsg1`, `+dfsg.1`, `+ds`, `+ds2`, `~dfsg`, `~ds1`, `+repack`, `+repack1`, `.dfsg`.
const REPACK_SUFFIX = /[+~.](?:dfsg|ds|repack)(?:\.?\d+)*$/;
/** The upstream version as upstream tags it: repack suffixes dropped (`8.2.2+ds-0ubuntu2` → `8.2.2`). */
function upstreamTagVersion(v) {
    let up = upstreamVersion(v);
    for (let m = REPACK_SUFFIX.exec(up); m && m.index > 0; m = REPACK_SUFFIX.exec(up))
        up = up.slice(0, m.index);
    return up;
}
/** 'ubuntu' when the revision (or, for a native version, the version) says so, else 'debian'. */
function vendorOf(version) {
    const v = parseVersion(version);
    return /ubuntu/.test(v.revision ?? v.upstream) ? 'ubuntu' : 'debian';
}
/** Add one to the last digit run of `s` (`22.04.1` → `22.04.2`, `0.9` → `0.10`). */
function bumpLastNumber(s) {
    const m = /(\d+)(\D*)$/.exec(s);
    if (!m)
        throw new Error(`no number to increase in ${JSON.stringify(s)}`);
    return `${s.slice(0, m.index)}${(BigInt(m[1]) + 1n).toString()}${m[2]}`;
}
// Backport suffixes keep their shape; the next upload of a backport is the next backport.
// Ubuntu: `…ubuntu1~22.04.1`; Debian: `…~bpo12+1`.
const BACKPORT_SUFFIX = /~(?:bpo\d+\+\d+|\d+(?:\.\d+)+)$/;
/**
 * The version of the next upload after `version` (see docs/debian-formats.md):
 *   Debian `2.0-1` → `2.0-2`, `2.0-1.1` (NMU) → `2.0-2`, stable update `2.0-2+deb12u1` → `+deb12u2`;
 *   Ubuntu `2.0-2` → `2.0-2ubuntu1`, `2.0-2ubuntu1` → `2.0-2ubuntu2`, `3.1-0ubuntu1` → `3.1-0ubuntu2`,
 *   `2.0-2build1` → `2.0-2ubuntu1`; SRU `2.0-2ubuntu2` → `2.0-2ubuntu2.1` → `2.0-2ubuntu2.2`,
 *   `2.0-2` → `2.0-2ubuntu0.1`; backports `…~22.04.1` → `…~22.04.2`, `…~bpo12+1` → `…~bpo12+2`.
 * Native versions (no revision): Ubuntu `1.2` → `1.2ubuntu1` (SRU `1.2ubuntu0.1`), Debian `1.2` → `1.3`.
 * The result always sorts after `version`; anything it cannot continue sensibly is an error.
 */
function nextRevision(version, opts = {}) {
    const v = parseVersion(version);
    const vendor = opts.vendor ?? vendorOf(version);
    const sru = opts.sru ?? false;
    const fail = (why) => {
        throw new _format_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianFormatError */ .R(`next version after ${JSON.stringify(version)}`, why);
    };
    const epoch = v.epoch !== undefined ? `${v.epoch}:` : '';
    const backport = BACKPORT_SUFFIX.exec(v.revision ?? v.upstream);
    let next;
    if (backport) {
        next = bumpLastNumber(version);
    }
    else if (v.revision === undefined) {
        next = `${epoch}${nextLocalPart(v.upstream, vendor, sru, true, fail)}`;
    }
    else {
        next = `${epoch}${v.upstream}-${nextLocalPart(v.revision, vendor, sru, false, fail)}`;
    }
    if (compareVersions(next, version) <= 0)
        fail(`computed ${next}, which does not sort after it; set the version by hand`);
    return next;
}
/** The next revision string (or, for a native version, the next whole version). */
function nextLocalPart(part, vendor, sru, native, fail) {
    if (vendor === 'ubuntu') {
        const ubuntu = /^(.*?)ubuntu(\d+)((?:\.\d+)*)$/.exec(part);
        if (ubuntu) {
            const [, base, n, dotted] = ubuntu;
            // Development release: the next plain ubuntuN, even after an SRU-style ubuntuN.M.
            if (!sru)
                return `${base}ubuntu${BigInt(n) + 1n}`;
            // SRU: ubuntu2 → ubuntu2.1; ubuntu2.1 → ubuntu2.2; ubuntu0.22.04.1 → ubuntu0.22.04.2.
            return dotted === '' ? `${part}.1` : bumpLastNumber(part);
        }
        if (/ubuntu/.test(part))
            fail(`the revision "${part}" has an Ubuntu suffix of an unknown shape`);
        // A no-change rebuild (`2build1`) is replaced by the first Ubuntu delta.
        const base = part.replace(/build\d+$/, '');
        if (base === '' || /[~+.]$/.test(base))
            fail(`cannot add an Ubuntu suffix to "${part}"`);
        return sru ? `${base}ubuntu0.1` : `${base}ubuntu1`;
    }
    const stableUpdate = /\+deb\d+u\d+$/.exec(part);
    if (stableUpdate)
        return bumpLastNumber(part);
    if (sru) {
        fail('a Debian stable update appends "+debNNu1" (e.g. 2.0-2+deb12u1) and the release number is not known here; ' +
            'write the first one by hand, later ones continue from it');
    }
    if (native)
        return bumpLastNumber(part);
    // Debian revisions: the next maintainer upload is the next integer (`1` → `2`, NMU `1.1` → `2`).
    const lead = /^\d+/.exec(part);
    if (!lead)
        fail(`the revision "${part}" does not start with a number`);
    return (BigInt(lead[0]) + 1n).toString();
}
/** First version for a new upstream release: `8.2.2-0ubuntu1` (Ubuntu, ahead of Debian) or `8.2.2-1`. */
function newUpstreamVersion(upstream, vendor, epoch) {
    const version = `${epoch !== undefined && epoch > 0 ? `${epoch}:` : ''}${upstream}-${vendor === 'ubuntu' ? '0ubuntu1' : '1'}`;
    parseVersion(version);
    return version;
}


/***/ }),

/***/ 7568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K5: () => (/* binding */ splitNul),
/* harmony export */   Q4: () => (/* binding */ decodeGitText)
/* harmony export */ });
/* unused harmony export parseRecords */
/**
 * Decoding of git output. Commit metadata from old history may be in Latin-1 (or anything):
 * valid UTF-8 is taken as is, anything else is read as Latin-1 so no byte is lost or rejected.
 */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function decodeGitText(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        return Buffer.from(bytes).toString('latin1');
    }
}
/** Split NUL-separated output (`-z`, `%x00`) into decoded fields; a trailing NUL ends the last field. */
function splitNul(bytes) {
    const fields = [];
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] === 0) {
            fields.push(decodeGitText(bytes.subarray(start, i)));
            start = i + 1;
        }
    }
    if (start < bytes.length)
        fields.push(decodeGitText(bytes.subarray(start)));
    return fields;
}
/**
 * Parse records written with a `--format` whose fields are each followed by `%x00`
 * (e.g. `%H%x00%P%x00%s%x00`), so a record of n fields is n NUL-terminated strings.
 * Fields may contain newlines; git never puts a NUL inside a commit message.
 */
function parseRecords(bytes, fieldsPerRecord) {
    const fields = splitNul(bytes);
    const records = [];
    for (let i = 0; i + fieldsPerRecord <= fields.length; i += fieldsPerRecord) {
        // `git log` puts a newline between records; strip it from the first field of the next one.
        const rec = fields.slice(i, i + fieldsPerRecord);
        rec[0] = rec[0].replace(/^\n+/, '');
        records.push(rec);
    }
    return records;
}


/***/ })

};
