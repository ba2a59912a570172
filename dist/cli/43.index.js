export const id = 43;
export const ids = [43];
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

/***/ 43:
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
var build_errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/process/run.js
var run = __webpack_require__(1767);
// EXTERNAL MODULE: ./build/debian/version.js
var debian_version = __webpack_require__(604);
;// CONCATENATED MODULE: ./build/build/build-deps.js


/** Build dependencies missing on this machine, as dpkg-checkbuilddeps reports them. */
class MissingBuildDepsError extends build_errors/* InputError */.dz {
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
        throw new build_errors/* InputError */.dz(`dpkg-checkbuilddeps failed in ${tree}: ${text.trim()}`);
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
        throw new build_errors/* InputError */.dz(`${dsc} does not exist: run 'stable-sync build-source --out DIR' first`);
    const fields = (0,package_identity/* parseControlFields */.i)((0,external_node_fs_.readFileSync)(dsc, 'utf8'));
    const source = fields.get('Source');
    const version = fields.get('Version');
    if (!source || !version)
        throw new build_errors/* InputError */.dz(`${dsc} has no Source or Version field: is it a .dsc file?`);
    for (const f of await (0,source_package/* dscFiles */.e)(dsc)) {
        if (!(0,external_node_fs_.existsSync)(f))
            throw new build_errors/* InputError */.dz(`${dsc} lists ${(0,external_node_path_.basename)(f)}, which is not beside it in ${(0,external_node_path_.dirname)(dsc)}`);
    }
    const tree = (0,external_node_path_.join)(outDir, `${source}-${(0,debian_version/* upstreamVersion */.mm)(version)}`);
    (0,external_node_fs_.rmSync)(tree, { recursive: true, force: true });
    const x = await (0,run/* run */.eF)('dpkg-source', ['-x', dsc, tree], { cwd: outDir, allowFailure: true });
    if (x.code !== 0)
        throw new build_errors/* FindingError */.Yv(`dpkg-source -x ${(0,external_node_path_.basename)(dsc)} failed: ${x.stderr.trim()}`);
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
        throw new build_errors/* FindingError */.Yv(`dpkg-buildpackage failed (exit ${b.code}) for ${source} ${version}; full log: ${buildLog}\n${tail}`);
    }
    (0,external_node_fs_.rmSync)(tree, { recursive: true, force: true });
    // Named after the host arch, or `all` when only arch-independent packages were built.
    const changes = [arch, 'all']
        .map(a => (0,external_node_path_.join)(outDir, `${source}_${fileVersion}_${a}.changes`))
        .find(f => (0,external_node_fs_.existsSync)(f));
    if (!changes)
        throw new build_errors/* FindingError */.Yv(`dpkg-buildpackage succeeded but wrote no ${source}_${fileVersion}_${arch}.changes`);
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
        throw new build_errors/* InputError */.dz(`no .dsc in ${outDir}: run 'stable-sync build-source --out ${outDir}' first, or pass --source FILE.dsc`);
    }
    throw new build_errors/* InputError */.dz(`${outDir} holds several .dsc files (${found.join(', ')}): choose one with --source FILE.dsc`);
}

;// CONCATENATED MODULE: ./build/build/gate.js





/** lintian's tag lines (`E: pkg source: tag context`); explanations (`N:`), info and pedantic tags are left out. */
function parseLintian(text) {
    const tags = [];
    for (const line of text.split('\n')) {
        const m = /^([EW]): (\S+(?: (?:source|binary|udeb|changes|buildinfo))?): (\S+)(?: (.*))?$/.exec(line.trimEnd());
        if (!m)
            continue;
        tags.push({
            severity: m[1] === 'E' ? 'error' : 'warning',
            package: m[2],
            tag: m[3],
            ...(m[4] ? { context: m[4] } : {})
        });
    }
    return tags;
}
/** autopkgtest's --summary-file: `<test> <RESULT> [detail]` a line. */
function parseAutopkgtestSummary(text) {
    return text
        .split('\n')
        .map(l => /^(\S+)\s+([A-Z]+)(?:\s+(.*))?$/.exec(l.trim()))
        .filter((m) => m !== null)
        .map(m => ({ name: m[1], result: m[2], ...(m[3] ? { detail: m[3] } : {}) }));
}
/**
 * The verdict from autopkgtest's exit code, a bit field: 2 a test skipped, 4 a test failed, 8 no test
 * ran; 12 and up are errors of the package or the testbed, which fail the gate too.
 */
function autopkgtestVerdict(code) {
    if (code >= 12 || (code & 4) !== 0)
        return 'fail';
    if (code === 8)
        return 'skip';
    return 'pass';
}
async function runLintian(files, log) {
    log.info(`lintian ${files.map(f => (0,external_node_path_.basename)(f)).join(' ')}`);
    const r = await (0,run/* run */.eF)('lintian', ['--no-tag-display-limit', ...files], {
        allowFailure: true,
        env: { LC_ALL: 'C.UTF-8' }
    });
    const tags = parseLintian(r.stdout.toString('utf8'));
    const errors = tags.filter(t => t.severity === 'error').length;
    // With errors found lintian exits 2 (1 before 2.90, which now means lintian itself failed).
    if (r.code !== 0 && !((r.code === 1 || r.code === 2) && errors > 0)) {
        throw new build_errors/* FindingError */.Yv(`lintian failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-10).join('\n')}`);
    }
    return { status: errors > 0 ? 'fail' : 'pass', errors, warnings: tags.length - errors, tags };
}
async function runAutopkgtest(build, outputDir, log, uid = process.getuid?.()) {
    const fields = (0,package_identity/* parseControlFields */.i)((0,external_node_fs_.readFileSync)(build.dsc, 'utf8'));
    // dpkg-source writes `Testsuite: autopkgtest` into the .dsc when debian/tests/control exists.
    if (!/\bautopkgtest\b/.test(fields.get('Testsuite') ?? ''))
        return { status: 'none', tests: [] };
    if (uid !== undefined && uid !== 0) {
        // The null server installs the packages with apt: root only, and only sensible in a throwaway
        // container. A maintainer's desk gets a reported skip, not a failed build.
        const detail = 'the null server needs root (it installs the packages here): run the build in a container, or run ' +
            'autopkgtest with a podman/lxc/qemu backend yourself';
        log.warning(`autopkgtest skipped: ${detail}`);
        return { status: 'skip', tests: [{ name: '(autopkgtest)', result: 'SKIP', detail }] };
    }
    const out = (0,external_node_path_.resolve)(outputDir);
    (0,external_node_fs_.rmSync)(out, { recursive: true, force: true });
    const summary = `${out}.summary`;
    (0,external_node_fs_.rmSync)(summary, { force: true });
    const debs = build.debs.map(d => d.file);
    log.info(`autopkgtest ${[...debs, build.dsc].map(f => (0,external_node_path_.basename)(f)).join(' ')} -- null`);
    const r = await (0,run/* run */.eF)('autopkgtest', ['--summary-file', summary, '--output-dir', out, ...debs, build.dsc, '--', 'null'], { allowFailure: true, env: { LC_ALL: 'C.UTF-8', DEBIAN_FRONTEND: 'noninteractive' } });
    const tests = (0,external_node_fs_.existsSync)(summary) ? parseAutopkgtestSummary((0,external_node_fs_.readFileSync)(summary, 'utf8')) : [];
    (0,external_node_fs_.rmSync)(summary, { force: true });
    const status = autopkgtestVerdict(r.code);
    if (status === 'fail' && tests.length === 0) {
        // No test result at all: autopkgtest could not start; its own words say why.
        tests.push({ name: '(autopkgtest)', result: 'ERROR', detail: lastLine(r.stderr) });
    }
    return { status, tests, exitCode: r.code, outputDir: out };
}
function lastLine(text) {
    return (text
        .trim()
        .split('\n')
        .filter(l => l.trim())
        .at(-1) ?? '');
}
/** Both checks on one build; each can be turned off (the CLI's --skip-lintian/--skip-autopkgtest). */
async function runBuildGate(build, outDir, opts) {
    const gate = {};
    if (opts.lintian ?? true)
        gate.lintian = await runLintian([build.changes, build.dsc], opts.log);
    if (opts.autopkgtest ?? true)
        gate.autopkgtest = await runAutopkgtest(build, (0,external_node_path_.join)(outDir, 'autopkgtest'), opts.log);
    return gate;
}
/** One line saying why the gate failed, or undefined when it passed. */
function gateFailure(gate) {
    const why = [];
    if (gate.lintian?.status === 'fail') {
        const names = [...new Set(gate.lintian.tags.filter(t => t.severity === 'error').map(t => t.tag))];
        why.push(`lintian found ${gate.lintian.errors} error(s): ${names.join(', ')}`);
    }
    if (gate.autopkgtest?.status === 'fail') {
        const failed = gate.autopkgtest.tests.filter(t => t.result !== 'PASS' && t.result !== 'SKIP');
        why.push(`autopkgtest failed (exit ${gate.autopkgtest.exitCode}): ${failed.map(t => `${t.name} ${t.result}`).join(', ')}` +
            (gate.autopkgtest.outputDir ? `; logs in ${gate.autopkgtest.outputDir}` : ''));
    }
    return why.length ? why.join('; ') : undefined;
}

// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/commands/build.js





/** `stable-sync build`: binary packages from the source package build-source made (what the build job runs). */
const buildCommand = {
    name: 'build',
    summary: 'Build the binary packages (dpkg-buildpackage -us -uc -b) of a source package, then run lintian and autopkgtest on them.',
    usage: '--out DIR [--source FILE.dsc] [--log FILE] [--nocheck] [--skip-lintian] [--skip-autopkgtest] [--json]',
    options: {
        out: {
            type: 'string',
            description: 'The directory build-source wrote the .dsc to; the .debs go there too (required)'
        },
        source: { type: 'string', description: 'The .dsc to build', default: 'the one .dsc in --out' },
        log: {
            type: 'string',
            description: "Where dpkg-buildpackage's output is written",
            default: '<out>/<source>_<version>_<arch>.build'
        },
        nocheck: { type: 'boolean', description: "Skip the package's tests (DEB_BUILD_OPTIONS=nocheck)" },
        'skip-lintian': { type: 'boolean', description: 'Do not run lintian on the built packages' },
        'skip-autopkgtest': {
            type: 'boolean',
            description: 'Do not run autopkgtest, even when the package has debian/tests'
        },
        json: command/* commonOptions */.OP.json,
        verbose: command/* commonOptions */.OP.verbose
    },
    async run(ctx) {
        const out = ctx.values.out;
        if (!out)
            throw new build_errors/* InputError */.dz('--out DIR is required: the directory build-source wrote the .dsc to');
        const source = ctx.values.source;
        const r = await buildBinaryPackages({
            outDir: (0,external_node_path_.resolve)(ctx.cwd, out),
            dsc: source ? (0,external_node_path_.resolve)(ctx.cwd, source) : undefined,
            nocheck: Boolean(ctx.values.nocheck),
            buildLog: ctx.values.log ? (0,external_node_path_.resolve)(ctx.cwd, ctx.values.log) : undefined,
            log: ctx.log
        });
        // The gate (lintian, autopkgtest) runs on what was just built; its verdict is printed (and in
        // --json) before the exit code says it failed, so the workflow's report still gets the tags.
        const gate = await runBuildGate(r, (0,external_node_path_.resolve)(ctx.cwd, out), {
            lintian: !ctx.values['skip-lintian'],
            autopkgtest: !ctx.values['skip-autopkgtest'],
            log: ctx.log
        });
        if (ctx.values.json)
            ctx.out(JSON.stringify({ ...r, gate }, null, 2));
        else {
            ctx.out(`built ${r.source} ${r.version}:`);
            for (const d of r.debs)
                ctx.out(`  ${d.file}`);
            ctx.out(`build log: ${r.buildLog}`);
            if (gate.lintian) {
                ctx.out(`lintian: ${gate.lintian.errors} error(s), ${gate.lintian.warnings} warning(s)`);
                for (const t of gate.lintian.tags)
                    ctx.out(`  ${t.severity === 'error' ? 'E' : 'W'}: ${t.package}: ${t.tag}${t.context ? ` ${t.context}` : ''}`);
            }
            if (gate.autopkgtest) {
                ctx.out(`autopkgtest: ${gate.autopkgtest.status === 'none' ? 'no debian/tests' : gate.autopkgtest.status}`);
                for (const t of gate.autopkgtest.tests)
                    ctx.out(`  ${t.name} ${t.result}${t.detail ? ` ${t.detail}` : ''}`);
            }
        }
        const failed = gateFailure(gate);
        if (failed) {
            ctx.log.error(`the build gate failed for ${r.source} ${r.version}: ${failed}`);
            return 1;
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
