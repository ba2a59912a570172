export const id = 892;
export const ids = [892];
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

/***/ 7892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildMatrixCommand: () => (/* binding */ buildMatrixCommand)
/* harmony export */ });
/* harmony import */ var _build_matrix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5208);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3192);


/**
 * `stable-sync build-matrix`: the reusable workflow's build and boot matrices as JSON
 * (`{"build": [...], "boot": [...]}`), from the config's `build:` section or an override.
 */
const buildMatrixCommand = {
    name: 'build-matrix',
    summary: "Print the workflow's build and boot matrices (tracks x releases x arches) as JSON.",
    usage: '[--repo DIR] [--config FILE] [--track NAME] [--override JSON]',
    options: {
        repo: _command_js__WEBPACK_IMPORTED_MODULE_1__/* .commonOptions */ .OP.repo,
        config: _command_js__WEBPACK_IMPORTED_MODULE_1__/* .commonOptions */ .OP.config,
        track: _command_js__WEBPACK_IMPORTED_MODULE_1__/* .commonOptions */ .OP.track,
        override: {
            type: 'string',
            description: 'JSON instead of the config\'s build: section: {"releases": [...], "arches": [...]} or a list of {release, arch, runner}',
            default: "the config's build: section"
        },
        json: { type: 'boolean', description: 'Accepted for symmetry: the output is always JSON' },
        verbose: _command_js__WEBPACK_IMPORTED_MODULE_1__/* .commonOptions */ .OP.verbose
    },
    async run(ctx) {
        const { repoDir, config } = await (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCommandConfig */ .eY)(ctx);
        const tracks = (ctx.values.track ?? []).filter(t => t !== '');
        const build = (0,_build_matrix_js__WEBPACK_IMPORTED_MODULE_0__/* .buildMatrix */ .K)(config, repoDir, {
            tracks,
            override: ctx.values.override
        });
        ctx.out(JSON.stringify({ build, boot: build.filter(e => e.boot) }));
        return 0;
    }
};


/***/ })

};
