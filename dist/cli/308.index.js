export const id = 308;
export const ids = [308];
export const modules = {

/***/ 3308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildMatrixCommand: () => (/* binding */ buildMatrixCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
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

// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/commands/build-matrix.js


/**
 * `stable-sync build-matrix`: the reusable workflow's build and boot matrices as JSON
 * (`{"build": [...], "boot": [...]}`), from the config's `build:` section or an override.
 */
const buildMatrixCommand = {
    name: 'build-matrix',
    summary: "Print the workflow's build and boot matrices (tracks x releases x arches) as JSON.",
    usage: '[--repo DIR] [--config FILE] [--track NAME] [--override JSON]',
    options: {
        repo: { type: 'string' },
        config: { type: 'string' },
        track: { type: 'string', multiple: true },
        override: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' }
    },
    async run(ctx) {
        const { repoDir, config } = await (0,command/* loadCommandConfig */.e)(ctx);
        const tracks = (ctx.values.track ?? []).filter(t => t !== '');
        const build = buildMatrix(config, repoDir, {
            tracks,
            override: ctx.values.override
        });
        ctx.out(JSON.stringify({ build, boot: build.filter(e => e.boot) }));
        return 0;
    }
};


/***/ })

};
