export const id = 318;
export const ids = [318];
export const modules = {

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

/***/ 5922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

/***/ 9999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ fetchPinned)
/* harmony export */ });
/* harmony import */ var _upstream_fetch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1069);
/* harmony import */ var _upstream_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6797);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6332);



/**
 * The upstream clone of a track, fetched so that a cold fetch moves only pin..tip, and the pin
 * resolved in it, holding the clone's lock (two runs sharing a cache take turns). The engine, the track-mode move and build-source all start here.
 */
async function fetchPinned(track, opts) {
    const { tag } = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .pinnedVersion */ .V)(track, opts.repoDir);
    return (0,_upstream_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .withDirLock */ .j)((0,_upstream_fetch_js__WEBPACK_IMPORTED_MODULE_0__/* .cloneDirFor */ .Sm)(track, opts), opts, async () => {
        const upstream = await (0,_upstream_fetch_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchUpstream */ .uL)(track, { ...opts, pinTag: tag });
        const pin = await (0,_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePin */ .Q)(track, upstream, opts.repoDir);
        return { upstream, pin };
    });
}


/***/ }),

/***/ 2038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ nearestTags),
/* harmony export */   g: () => (/* binding */ tagFor)
/* harmony export */ });
/* harmony import */ var _debian_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(604);

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

/***/ 6332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ resolvePin),
/* harmony export */   V: () => (/* binding */ pinnedVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _debian_changelog_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4138);
/* harmony import */ var _debian_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(604);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9473);
/* harmony import */ var _nearest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2038);






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
    const sha = upstream.pinSha ??
        (await upstream.git.text(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], {
            allowFailure: true
        }));
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

/***/ 7956:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ defaultCacheDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


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

/***/ 1069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sm: () => (/* binding */ cloneDirFor),
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
// EXTERNAL MODULE: ./build/config/normalize.js
var normalize = __webpack_require__(6328);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/git/gateway.js
var gateway = __webpack_require__(8821);
// EXTERNAL MODULE: ./build/pin/nearest.js
var nearest = __webpack_require__(2038);
// EXTERNAL MODULE: ./build/git/cat-file.js
var cat_file = __webpack_require__(5922);
;// CONCATENATED MODULE: ./build/upstream/shallow.js



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
const readShallow = (file) => (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'latin1').split('\n').filter(Boolean) : [];
/** Replace git's list of grafts at once (a reader never sees half of it). */
function writeShallow(file, shas) {
    if (shas.length === 0) {
        if ((0,external_node_fs_.existsSync)(file))
            (0,external_node_fs_.unlinkSync)(file);
        return;
    }
    (0,external_node_fs_.writeFileSync)(`${file}.stable-sync-tmp`, shas.join('\n') + '\n');
    (0,external_node_fs_.renameSync)(`${file}.stable-sync-tmp`, file);
}
/** Rounds of fetching before giving up: each fetches the parents the previous one exposed. */
const MAX_ROUNDS = 100;
/**
 * After `fetch --shallow-exclude=<pin>`, the commits just above the cut are grafted as parentless:
 * the pin's children, the roots of branches forked below the pin — and, because git cuts a merge as
 * a whole when one of its parents is excluded, a merge together with everything its other parents
 * bring (a side branch merged right after the release would vanish, its commits unnamed in the
 * merge's residual patch). Repaired here, round by round:
 * - a missing parent of a merge is asked for alone with `--shallow-exclude=<pin>`: above the pin,
 *   its history down to the pin comes (which may expose more cut merges: next round); below the
 *   pin, the remote refuses, and it is fetched alone (depth 1) and stays cut;
 * - a missing parent of any other commit is below the pin (only an excluded parent cuts it): alone;
 * - a graft whose parents are all present is removed, so walks and diffs see true history.
 * Nothing below the pin is fetched but those single parents.
 */
async function repairShallow(git, dir, fetchers, leaves) {
    const file = (0,external_node_path_.join)(dir, 'shallow');
    for (let round = 0;; round++) {
        // The pin and parents fetched with depth 1 stay cut: their history is not needed.
        const grafted = readShallow(file).filter(s => !leaves.has(s));
        const parents = await recordedParents(git, grafted);
        const all = [...new Set([...parents.values()].flat())];
        const have = await present(git, all);
        const missing = all.filter(p => !have.has(p));
        if (missing.length) {
            if (round === MAX_ROUNDS)
                throw new Error(`the shallow history of ${dir} is still cut after ${MAX_ROUNDS} rounds of fetching`);
            const ofMerges = new Set([...parents.values()].filter(ps => ps.length > 1).flat());
            const below = [];
            for (const p of missing)
                if (!ofMerges.has(p) || !(await fetchers.aboveThePin(p)))
                    below.push(p);
            if (below.length)
                await fetchers.belowThePin(below);
            for (const p of below)
                leaves.add(p);
        }
        const now = await present(git, all);
        const lost = missing.filter(p => !now.has(p));
        if (lost.length)
            throw new Error(`the upstream did not send ${lost.join(', ')} (parents of grafted commits in ${dir})`);
        // Fetched parents come with their own grafts (git adds them to the file): those stay for now.
        writeShallow(file, readShallow(file).filter(sha => leaves.has(sha) || !parents.has(sha) || !parents.get(sha).every(p => now.has(p))));
        if (missing.length === 0)
            return;
    }
}

;// CONCATENATED MODULE: ./build/upstream/fetch.js









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
/** The cache repository of a track's upstream: one per URL (`<cache>/upstream/<sha256(url)[:16]>.git`). */
function cloneDirFor(track, opts) {
    const url = fetchUrl(track.upstream.url, opts.repoDir);
    return (0,external_node_path_.join)(opts.cacheDir, 'upstream', `${(0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 16)}.git`);
}
/**
 * Fetch a track's stable branch into a bare cache repository keyed by the URL's hash. With a pin
 * tag, the fetch is shallow below the pin (`--shallow-exclude`), and the pin commit comes with depth
 * 1: a cold run moves only what lies between pin and tip, later runs only what is new.
 */
async function fetchUpstream(track, opts) {
    const url = fetchUrl(track.upstream.url, opts.repoDir);
    const dir = cloneDirFor(track, opts);
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
    const tryFetch = (args) => git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', ...args], { allowFailure: true });
    const fetch = async (args) => (await tryFetch(args)).code === 0;
    // Parents of grafted commits: the branch itself was fetched, so a failure here is not the
    // configuration's (no InputError: the other tracks of a run go on).
    const cannotFetch = (shas, stderr) => new Error(`cannot fetch ${shas.join(', ')} of ${track.upstream.url} (track ${track.name}): ${stderr.trim().split('\n').pop()}`);
    // Nothing new upstream (same tip, pin already here): no fetch at all, one ls-remote. With a cache
    // present, the remote and local questions are asked at the same time.
    if (opts.pinTag && cached) {
        const remote = git.text(['ls-remote', url, `refs/heads/${branch}`], { allowFailure: true });
        remote.catch(() => undefined); // awaited below
        const local = await localRefs(git, `refs/tags/${opts.pinTag}`, tipRef);
        const pinSha = local.get(`refs/tags/${opts.pinTag}`);
        const tipSha = local.get(tipRef);
        if (pinSha)
            opts.onCachedPin?.(dir, pinSha);
        if (pinSha && tipSha && (await remote).split('\t')[0] === tipSha) {
            opts.log.debug(`${track.name}: ${branch} unchanged at ${tipSha}; cache is current`);
            return { git, dir, tipRef: branch, tipSha, url, pinSha };
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
    const pinTag = opts.pinTag;
    await repairShallow(git, dir, {
        aboveThePin: async (sha) => {
            if (!pinTag)
                return false;
            const r = await tryFetch([
                `--shallow-exclude=refs/tags/${pinTag}`,
                url,
                `+${sha}:refs/stable-sync/history/${sha}`
            ]);
            if (r.code === 0)
                return true;
            // What the remote says of a commit the pin already contains (nothing left to send).
            if (/no commits selected for shallow requests/.test(r.stderr))
                return false;
            throw cannotFetch([sha], r.stderr);
        },
        belowThePin: async (shas) => {
            const r = await tryFetch(['--depth=1', url, ...shas.map(s => `+${s}:refs/stable-sync/parents/${s}`)]);
            if (r.code !== 0)
                throw cannotFetch(shas, r.stderr);
        }
    }, leaves);
    const tipSha = await git.text(['rev-parse', '--verify', `${tipRef}^{commit}`]);
    opts.log.debug(`${track.name}: fetched ${branch} at ${tipSha} into ${dir}`);
    return { git, dir, tipRef: branch, tipSha, url };
}
/**
 * The commits that refs name in the cache, in one `for-each-ref` (a tag is peeled once; a ref that
 * is missing or does not end at a commit is left out).
 */
async function localRefs(git, ...refs) {
    const out = await git.text([
        'for-each-ref',
        '--format=%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)',
        ...refs
    ]);
    const found = new Map();
    for (const line of out.split('\n')) {
        const [name, type, sha, peeledType, peeled] = line.split('\0');
        if (!refs.includes(name))
            continue; // for-each-ref also lists refs below a name
        if (type === 'commit')
            found.set(name, sha);
        else if (type === 'tag' && peeledType === 'commit')
            found.set(name, peeled);
    }
    return found;
}
async function hasRef(git, ref) {
    return git.test(['rev-parse', '--verify', '--quiet', ref]);
}


/***/ }),

/***/ 6797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ withDirLock)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8500);





/** The holder touches its owner file this often; a lock not touched for STALE_MS is abandoned. */
const HEARTBEAT_MS = 10_000;
const STALE_MS = 120_000;
/** Lock directories held by the current async call chain (so the engine may take one again inside). */
const held = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
function readOwner(lockDir) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`${lockDir}/owner`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Milliseconds since the lock (its owner file, else the directory) was last touched; undefined if gone. */
function idleFor(lockDir, now) {
    for (const path of [`${lockDir}/owner`, lockDir]) {
        try {
            return now - (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mtimeMs;
        }
        catch {
            // not there (yet, or any more)
        }
    }
    return undefined;
}
/**
 * A lock nobody will release: its holder stopped touching it (died on another host, or in a
 * container that is gone), or its process is gone on this host.
 */
function isStale(lockDir, owner, now) {
    const idle = idleFor(lockDir, now);
    if (idle === undefined)
        return false; // released meanwhile: the next mkdir tells
    if (idle > STALE_MS)
        return true;
    if (!owner || owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)())
        return false;
    try {
        process.kill(owner.pid, 0);
        return false;
    }
    catch (e) {
        return e.code === 'ESRCH';
    }
}
const sameOwner = (a, b) => a?.host === b?.host && a?.pid === b?.pid && a?.since === b?.since;
/**
 * Move a stale lock out of the way. Renaming first (atomic) and checking that what was moved is
 * the lock judged stale means two waiters cannot both take over, nor remove a lock just taken.
 */
function removeStale(lockDir, judged) {
    const aside = `${lockDir}.stale-${process.pid}-${Date.now()}`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(lockDir, aside);
    }
    catch {
        return; // another waiter moved it first
    }
    if (sameOwner(readOwner(aside), judged)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(aside, { recursive: true, force: true });
        return;
    }
    // Someone took the lock between our look and the rename: give it back.
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(aside, lockDir);
    }
    catch {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(aside, { recursive: true, force: true });
    }
}
/**
 * Run `fn` holding `<dir>.lock`, so two stable-sync runs that share a cache (two tracks of one
 * upstream on a self-hosted runner, a maintainer's CLI beside a timer) take turns on one upstream
 * clone instead of racing git's ref locks and each other's cache files. The lock is a directory
 * (mkdir is atomic) whose owner file the holder touches every 10 s; a lock whose process is gone,
 * or that nobody touched for 2 minutes, is taken over. Inside `fn` the same call chain may take
 * the lock again (re-entrant); other async work in the process waits like any other run.
 */
async function withDirLock(dir, o, fn) {
    const lockDir = `${dir}.lock`;
    const mine = held.getStore();
    if (mine?.has(lockDir))
        return fn();
    const deadline = Date.now() + (o.timeoutMs ?? 15 * 60 * 1000);
    let told = false;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(lockDir), { recursive: true });
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(lockDir);
            break;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
        const owner = readOwner(lockDir);
        if (isStale(lockDir, owner, Date.now())) {
            o.log.warning(`taking over ${lockDir}: its owner (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}) is gone`);
            removeStale(lockDir, owner);
            continue;
        }
        if (Date.now() > deadline) {
            // Not an InputError: the configuration is fine, and the other tracks of a run can go on.
            throw new Error(`${lockDir} is held by another stable-sync run (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}` +
                `${owner ? ` since ${new Date(owner.since).toISOString()}` : ''}). Wait for it, or remove the directory if no run is active.`);
        }
        if (!told) {
            o.log.info(`waiting for ${lockDir} (held by pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'})`);
            told = true;
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)(o.pollMs ?? 250);
    }
    const ownerFile = `${lockDir}/owner`;
    const heartbeat = setInterval(() => {
        try {
            const now = new Date();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.utimesSync)(ownerFile, now, now);
        }
        catch {
            // the lock was taken from us (judged stale): nothing to touch
        }
    }, HEARTBEAT_MS);
    heartbeat.unref();
    try {
        const owner = { host: (0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(), pid: process.pid, since: Date.now() };
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(ownerFile, JSON.stringify(owner));
        return await held.run(new Set([...(mine ?? []), lockDir]), fn);
    }
    finally {
        clearInterval(heartbeat);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(lockDir, { recursive: true, force: true });
    }
}


/***/ })

};
