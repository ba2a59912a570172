export const id = 855;
export const ids = [855];
export const modules = {

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
/* harmony import */ var _upstream_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1934);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1755);



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
const readShallow = (file) => (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'latin1').split('\n').filter(Boolean) : [];
/**
 * After `fetch --shallow-exclude=<pin>`, the commits just above the cut are grafted as parentless:
 * the pin's children, the roots of branches forked below the pin — and, because git cuts a merge as
 * a whole when one of its parents is excluded, a merge right after the pin together with everything
 * its other parents bring (a side branch merged right after the release vanishes). Repaired here:
 * - a missing parent of a grafted merge on the branch's first-parent line is above the pin (git
 *   never records a merge with a parent that is an ancestor of another, and the line starts at the
 *   pin): its history down to the pin is fetched, which may expose further cut merges: again;
 * - any other missing parent is below the pin (a forked branch's base): fetched alone, depth 1;
 * - a graft whose parents are all present is removed, so walks and diffs see true history.
 * Nothing below the pin is fetched but those single parents.
 */
async function repairShallow(git, dir, fetchers, leaves, tipRef) {
    const file = (0,external_node_path_.join)(dir, 'shallow');
    // Each round fetches the history of the cut merges the previous one exposed; real histories
    // need one or two.
    for (let round = 0; round < 20; round++) {
        // The pin and parents fetched with depth 1 stay cut: their history is not needed.
        const grafted = readShallow(file).filter(s => !leaves.has(s));
        if (grafted.length === 0)
            break;
        const parents = await recordedParents(git, grafted);
        const all = [...new Set([...parents.values()].flat())];
        const have = await present(git, all);
        const line = new Set((await git.text(['rev-list', '--first-parent', tipRef])).split('\n').filter(Boolean));
        const above = new Set();
        const below = new Set();
        for (const [sha, ps] of parents) {
            const merge = ps.length > 1 && line.has(sha);
            for (const p of ps)
                if (!have.has(p))
                    (merge ? above : below).add(p);
        }
        if (above.size)
            await fetchers.aboveThePin([...above]);
        if (below.size)
            await fetchers.belowThePin([...below]);
        for (const p of below)
            leaves.add(p);
        const now = await present(git, all);
        // Fetched parents come with their own grafts (git adds them to the file): those stay.
        const remaining = readShallow(file).filter(sha => leaves.has(sha) || !parents.has(sha) || !parents.get(sha).every(p => now.has(p)));
        if (remaining.length)
            (0,external_node_fs_.writeFileSync)(file, remaining.join('\n') + '\n');
        else
            (0,external_node_fs_.unlinkSync)(file);
        if (above.size === 0)
            break;
    }
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
    const fetch = (args) => git.test(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', ...args]);
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
        // Above the pin: down to it, as the branch itself was fetched (a server without
        // --shallow-exclude made the branch fetch a full one, so there are no grafts to repair).
        aboveThePin: async (shas) => {
            if (pinTag)
                await fetch([
                    `--shallow-exclude=refs/tags/${pinTag}`,
                    url,
                    ...shas.map(s => `+${s}:refs/stable-sync/history/${s}`)
                ]);
        },
        belowThePin: async (shas) => {
            await fetch(['--depth=1', url, ...shas.map(s => `+${s}:refs/stable-sync/parents/${s}`)]);
        }
    }, leaves, tipRef);
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

/***/ 1934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ withDirLock)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





/**
 * A lock nobody can release any more: its process is gone (same host), it is older than a day, or
 * it never got its owner file (the owner writes it right after mkdir; a minute later it died).
 */
function isStale(lockDir, owner, now) {
    if (!owner) {
        try {
            return now - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(lockDir).mtimeMs > 60 * 1000;
        }
        catch {
            return false; // removed meanwhile: the next mkdir will tell
        }
    }
    if (now - owner.since > 24 * 3600 * 1000)
        return true;
    if (owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)())
        return false;
    try {
        process.kill(owner.pid, 0);
        return false;
    }
    catch (e) {
        return e.code === 'ESRCH';
    }
}
/** Locks this process holds. */
const held = new Set();
function readOwner(lockDir) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`${lockDir}/owner`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * Run `fn` holding `<dir>.lock`, so two stable-sync runs that share a cache (two tracks of one
 * upstream on a self-hosted runner, a maintainer's CLI beside a timer) take turns on one upstream
 * clone instead of racing git's ref locks and each other's cache files. The lock is a directory
 * (mkdir is atomic); a lock left by a process that died is taken over.
 */
async function withDirLock(dir, o, fn) {
    const lockDir = `${dir}.lock`;
    // Re-entrant within one process (the engine holds it around fetch + analysis, fetch holds it too).
    if (held.has(lockDir))
        return fn();
    const deadline = Date.now() + (o.timeoutMs ?? 15 * 60 * 1000);
    let told = false;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(lockDir), { recursive: true });
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(lockDir);
            break;
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
        const owner = readOwner(lockDir);
        if (isStale(lockDir, owner, Date.now())) {
            o.log.warning(`taking over ${lockDir}: its owner (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}) is gone`);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lockDir, { recursive: true, force: true });
            continue;
        }
        if (Date.now() > deadline) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${lockDir} is held by another stable-sync run (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}` +
                `${owner ? ` since ${new Date(owner.since).toISOString()}` : ''}). Wait for it, or remove the directory if no run is active.`);
        }
        if (!told) {
            o.log.info(`waiting for ${lockDir} (held by pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'})`);
            told = true;
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(o.pollMs ?? 250);
    }
    held.add(lockDir);
    try {
        const owner = { host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(), pid: process.pid, since: Date.now() };
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(`${lockDir}/owner`, JSON.stringify(owner));
        return await fn();
    }
    finally {
        held.delete(lockDir);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lockDir, { recursive: true, force: true });
    }
}


/***/ })

};
