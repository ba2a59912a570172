export const id = 199;
export const ids = [199];
export const modules = {

/***/ 4199:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCommand: () => (/* binding */ releaseCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/calendar/day.js
var day = __webpack_require__(5402);
// EXTERNAL MODULE: ./build/config/load.js + 9 modules
var load = __webpack_require__(330);
// EXTERNAL MODULE: ./build/git/gateway.js
var gateway = __webpack_require__(8821);
// EXTERNAL MODULE: ./build/git/identity.js + 1 modules
var identity = __webpack_require__(5685);
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
// EXTERNAL MODULE: ./build/debian/tags.js
var tags = __webpack_require__(6735);
// EXTERNAL MODULE: ./build/debian/gbp-conf.js
var gbp_conf = __webpack_require__(8334);
// EXTERNAL MODULE: ./build/debian/vendor.js
var debian_vendor = __webpack_require__(656);
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
/** Create an annotated (or, with `signing`, signed) tag on a commit; never moves an existing one. */
async function createAnnotatedTag(git, tag, commit, message, identityEnv, signing) {
    await git.exec([...(signing?.gitConfig ?? []), 'tag', ...(signing?.tagArgs ?? ['-a']), '-m', message, '--', tag, commit], { env: { ...identityEnv, ...signing?.env } });
}

;// CONCATENATED MODULE: ./build/release/release.js










/**
 * The release tag of a version: debian/gbp.conf's debian-tag when the package sets one (made as gbp
 * makes it), else DEP-14 with the vendor's prefix (`ubuntu/1%8.2.2+ds-0ubuntu2`, `debian/2.0-3`); the
 * vendor is the config's, or `auto`'s guess from the changelog.
 */
function releaseTag(packageDir, changelogText, vendor) {
    const top = (0,changelog/* readTopEntry */.QH)(changelogText);
    const gbpConf = (0,external_node_path_.join)(packageDir, 'debian', 'gbp.conf');
    const format = (0,external_node_fs_.existsSync)(gbpConf)
        ? (0,gbp_conf/* gbpSettings */.Fs)((0,gbp_conf/* parseGbpConf */.V4)((0,external_node_fs_.readFileSync)(gbpConf, 'utf8'))).debianTag?.format
        : undefined;
    return format ? (0,gbp_conf/* gbpTag */.mK)(format, top.version) : (0,tags/* dep14Tag */.rR)((0,debian_vendor/* resolveVendor */.Ht)(vendor, changelogText), top.version);
}
/**
 * The release tag the package's top changelog version gets, before the release: an UNRELEASED entry
 * is read as released to `distribution` when one is given (as releasePackage will release it).
 */
function releaseTagFor(packageDir, vendor, distribution) {
    const text = readFileSync(join(packageDir, 'debian', 'changelog'), 'utf8');
    return tagAsReleased(packageDir, text, vendor, distribution);
}
/** The tag of the top entry as it reads once released to `target` (an UNRELEASED entry is finalized). */
function tagAsReleased(packageDir, text, vendor, target) {
    const unreleased = (0,changelog/* readTopEntry */.QH)(text).distributions.includes('UNRELEASED');
    const released = unreleased && target && target !== 'UNRELEASED' ? (0,changelog/* finalizeTopEntry */.Oh)(text, target, new Date(0)) : text;
    return releaseTag(packageDir, released, vendor);
}
/** The distribution of the newest released entry below the top one (what the next release targets). */
async function previousDistribution(changelog) {
    const r = await (0,run/* run */.eF)('dpkg-parsechangelog', ['-l', changelog, '--offset', '1', '--count', '1', '-S', 'Distribution'], {
        allowFailure: true
    });
    const d = r.stdout.toString('utf8').trim();
    return r.code === 0 && d && d !== 'UNRELEASED' ? d : undefined;
}
/**
 * The release an earlier run made, seen from an older checkout (a rerun of the release job checks out
 * the event's sha): the tag names a descendant of HEAD whose changelog has this version released.
 */
async function earlierRelease(git, o) {
    const ancestor = await git.exec(['merge-base', '--is-ancestor', o.head, o.tagged], { allowFailure: true });
    if (ancestor.code !== 0)
        return undefined;
    const shown = await git.exec(['show', `${o.tagged}:${o.relChangelog}`], { allowFailure: true });
    if (shown.code !== 0)
        return undefined;
    const entry = (0,changelog/* readTopEntry */.QH)(shown.stdout.toString('utf8'));
    return entry.version === o.version && !entry.distributions.includes('UNRELEASED') ? entry : undefined;
}
/**
 * The release commit an earlier run pushed to the branch without its tag (the tag push failed): a
 * commit of `published` whose first parent is HEAD and whose changelog has this version released.
 */
async function releaseCommitOn(git, o) {
    const r = await git.exec(['rev-list', '--parents', `${o.head}..${o.published}`], { allowFailure: true });
    if (r.code !== 0)
        return undefined;
    const children = r.stdout
        .toString('utf8')
        .split('\n')
        .map(l => l.split(' '))
        .filter(([sha, parent]) => sha && parent === o.head);
    for (const [sha] of children) {
        const entry = await earlierRelease(git, {
            head: o.head,
            tagged: sha,
            relChangelog: o.relChangelog,
            version: o.version
        });
        if (entry)
            return { sha, entry };
    }
    return undefined;
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
    // Asked once, and only when needed (a rerun that finds everything done needs no identity).
    let asked;
    const identity = () => (asked ??= opts.identity());
    // Where an UNRELEASED entry goes (read once). The entry as released to it says best whose release
    // this is (vendor auto), so the tag is made from that.
    const target = top.distributions.includes('UNRELEASED')
        ? (opts.distribution ?? (await previousDistribution(changelogPath)))
        : undefined;
    const tag = tagAsReleased(opts.packageDir, text, opts.vendor, target);
    const head = await git.text(['rev-parse', 'HEAD']);
    const existing = await tagCommit(git, tag);
    if (existing && existing !== head) {
        const earlier = await earlierRelease(git, { head, tagged: existing, relChangelog, version: top.version });
        if (earlier) {
            if (opts.distribution && !earlier.distributions.includes(opts.distribution)) {
                throw new errors/* FindingError */.Yv(`${top.version} was released to ${earlier.distributions.join(' ')} by ${existing} (tag ${tag}), not to ` +
                    `${opts.distribution}. Add a new UNRELEASED entry (dch -i) for a new release`);
            }
            log.info(`already: ${top.version} released by ${existing} (tag ${tag}), a descendant of HEAD ${head}`);
            return {
                package: top.package,
                version: top.version,
                distribution: earlier.distributions.join(' '),
                tag,
                commit: existing,
                operation: opts.dryRun ? 'dry-run' : 'unchanged',
                resumed: true,
                steps: [{ kind: 'tag', state: 'already', text: `tag ${tag} is on ${existing}` }],
                notes: releaseNotes(earlier)
            };
        }
        throw new errors/* FindingError */.Yv(`the tag ${tag} already exists on ${existing}, not on HEAD (${head}). ` +
            'A release tag is never moved: check which commit was released, or release a new version (dch -i)');
    }
    const pushed = !existing && opts.published
        ? await releaseCommitOn(git, { head, published: opts.published, relChangelog, version: top.version })
        : undefined;
    if (pushed) {
        const distribution = pushed.entry.distributions.join(' ');
        if (opts.distribution && !pushed.entry.distributions.includes(opts.distribution)) {
            throw new errors/* FindingError */.Yv(`${top.version} was released to ${distribution} by ${pushed.sha} on the remote branch, not to ` +
                `${opts.distribution}. Add a new UNRELEASED entry (dch -i) for a new release`);
        }
        const found = [
            { kind: 'commit', state: 'already', text: `release commit ${pushed.sha} is on the remote branch` },
            { kind: 'tag', state: would, text: `tag ${tag}` }
        ];
        if (!opts.dryRun) {
            await createAnnotatedTag(git, tag, pushed.sha, `${top.package} release ${top.version} (${distribution})`, identityEnv(await identity(), opts.now));
        }
        for (const s of found)
            log.info(`${s.state === 'would' ? 'would ' : s.state === 'already' ? 'already: ' : ''}${s.text}`);
        return {
            package: top.package,
            version: top.version,
            distribution,
            tag,
            commit: pushed.sha,
            operation: opts.dryRun ? 'dry-run' : 'released',
            resumed: true,
            steps: found,
            notes: releaseNotes(pushed.entry)
        };
    }
    let distribution = top.distributions.join(' ');
    let finalText = text;
    if (top.distributions.includes('UNRELEASED')) {
        if (!target) {
            throw new errors/* InputError */.dz(`the top entry ${top.version} of ${relChangelog} is UNRELEASED and no earlier entry names a distribution. ` +
                'Pass --distribution (e.g. --distribution noble)');
        }
        if (target === 'UNRELEASED')
            throw new errors/* InputError */.dz('--distribution UNRELEASED is not a release target');
        distribution = target;
        // Signed for the releaser as `dch -r` does; a dry run without an identity keeps the trailer.
        const signer = opts.dryRun ? await identity().catch(() => undefined) : await identity();
        finalText = (0,changelog/* finalizeTopEntry */.Oh)(text, target, opts.now, signer);
        steps.push({
            kind: 'finalize',
            state: would,
            text: `finalize ${top.version} to ${target}${signer ? `, signed by ${signer.name} <${signer.email}>` : ''}`
        });
    }
    else if (opts.distribution && !top.distributions.includes(opts.distribution)) {
        throw new errors/* FindingError */.Yv(`the top entry ${top.version} of ${relChangelog} is already released to ${distribution}, not ` +
            `${opts.distribution}. Add a new UNRELEASED entry (dch -i) for a new release`);
    }
    const committedText = (await git.exec(['show', `HEAD:${relChangelog}`], { allowFailure: true })).stdout.toString('utf8');
    const needsCommit = finalText !== committedText;
    if (existing && needsCommit) {
        throw new errors/* FindingError */.Yv(`the tag ${tag} already exists on ${existing}, but the changelog differs from it. ` +
            'A release tag is never moved: check which commit was released, or release a new version (dch -i)');
    }
    let commit = head;
    if (needsCommit) {
        const message = `Release ${top.package} ${top.version} to ${distribution}`;
        steps.push({ kind: 'commit', state: would, text: `commit ${relChangelog}: ${message}` });
        if (!opts.dryRun) {
            (0,external_node_fs_.writeFileSync)(changelogPath, finalText);
            const env = identityEnv(await identity(), opts.now);
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
            await createAnnotatedTag(git, tag, commit, `${top.package} release ${top.version} (${distribution})`, identityEnv(await identity(), opts.now), opts.tagSigning);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/upload/gpg-keyring.js
var gpg_keyring = __webpack_require__(2980);
;// CONCATENATED MODULE: ./build/upload/tag-signer.js





/** Sign with an armored OpenPGP secret key (the same key debsign uses for the upload). */
async function gpgTagSigner(armoredSecretKey) {
    const keyring = await (0,gpg_keyring/* importGpgKey */.H)(armoredSecretKey);
    return {
        gitConfig: ['-c', 'gpg.format=openpgp'],
        tagArgs: ['-u', keyring.fingerprint],
        env: keyring.env,
        description: `gpg ${keyring.fingerprint} (${keyring.uid})`,
        dispose: keyring.dispose
    };
}
/** Sign with an SSH private key (git's gpg.format=ssh; needs ssh-keygen, git 2.34 or later). */
function sshTagSigner(privateKey) {
    if (!/-----BEGIN (OPENSSH|RSA|EC) PRIVATE KEY-----/.test(privateKey)) {
        throw new errors/* InputError */.dz('the SSH signing key is not a private key in OpenSSH format (-----BEGIN OPENSSH PRIVATE KEY-----): ' +
            'give the private key file (without a passphrase), not the .pub');
    }
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'stable-sync-ssh-'));
    const file = (0,external_node_path_.join)(dir, 'signing-key');
    // ssh-keygen refuses a private key others can read; a missing final newline breaks its parser.
    (0,external_node_fs_.writeFileSync)(file, privateKey.endsWith('\n') ? privateKey : `${privateKey}\n`, { mode: 0o600 });
    return {
        gitConfig: ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${file}`],
        tagArgs: ['-s'],
        env: {},
        description: 'ssh key',
        dispose: async () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true })
    };
}
/** The signer the given keys ask for: SSH when an SSH key is given, else GPG, else none. */
async function tagSignerFrom(keys) {
    if (keys.sshKey)
        return sshTagSigner(keys.sshKey);
    if (keys.gpgKey)
        return gpgTagSigner(keys.gpgKey);
    return undefined;
}

// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/commands/release.js










/** `stable-sync release`: finalize the UNRELEASED changelog entry, commit, and tag it (DEP-14). */
const releaseCommand = {
    name: 'release',
    summary: 'Finalize the UNRELEASED changelog entry, commit it and create the DEP-14 release tag (idempotent).',
    usage: '[--repo DIR] [--config FILE] [--track NAME] [--distribution D] [--now YYYY-MM-DD] [--gpg-key FILE | --ssh-key FILE] [--dry-run] [--json]',
    options: {
        ...command/* commonOptions */.OP,
        distribution: {
            type: 'string',
            description: 'Target distribution of the released entry',
            default: 'that of the newest released entry'
        },
        now: {
            type: 'string',
            description: "The release date written in the changelog's trailer (YYYY-MM-DD)",
            default: 'today'
        },
        'dry-run': { type: 'boolean', description: 'Say what would be released; write, commit and tag nothing' },
        'gpg-key': {
            type: 'string',
            description: 'Sign the DEP-14 tag with this armored OpenPGP secret key file',
            default: '$STABLE_SYNC_GPG_KEY, else unsigned'
        },
        'ssh-key': {
            type: 'string',
            description: 'Sign the DEP-14 tag with this SSH private key file (gpg.format=ssh)',
            default: '$STABLE_SYNC_SSH_KEY, else unsigned (wins over a GPG key)'
        }
    },
    async run(ctx) {
        const repoDir = (0,external_node_path_.resolve)(ctx.cwd, ctx.values.repo ?? '.');
        const explicit = ctx.values.config ? (0,external_node_path_.resolve)(ctx.cwd, ctx.values.config) : undefined;
        const file = optionalConfigPath(repoDir, explicit, (0,load/* defaultConfigPath */.jE)(repoDir));
        const config = file ? await (0,load/* loadConfig */.Z9)(file, { repoDir }) : undefined;
        const packageDir = releasePackageDir(repoDir, config, ctx.values.track);
        // The tag is signed when a key is given: a file, or the key's text in STABLE_SYNC_SSH_KEY /
        // STABLE_SYNC_GPG_KEY (CI secrets). SSH wins when both are given.
        const keyText = (option, variable) => {
            const file = ctx.values[option];
            return file ? (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(ctx.cwd, file), 'utf8') : ctx.env[variable] || undefined;
        };
        const signer = ctx.values['dry-run']
            ? undefined
            : await tagSignerFrom({
                gpgKey: keyText('gpg-key', 'STABLE_SYNC_GPG_KEY'),
                sshKey: keyText('ssh-key', 'STABLE_SYNC_SSH_KEY')
            });
        if (signer)
            ctx.log.info(`the release tag is signed with the ${signer.description}`);
        const result = await releasePackage({
            // ctx.env is process.env in the real CLI; tests pass an isolated git configuration through it.
            git: (0,gateway/* createGit */.l)(repoDir, ctx.env),
            repoDir,
            packageDir,
            distribution: ctx.values.distribution,
            now: (0,day/* parseNow */.A7)(ctx.values.now),
            // As dch -r and gbp dch: the config's maintainer, DEBFULLNAME/DEBEMAIL, then git's user.name/email.
            identity: async () => (await (0,identity/* resolveSigner */.l)({
                config: config ?? { file: (0,load/* defaultConfigPath */.jE)(repoDir) },
                env: ctx.env,
                repoDir,
                log: ctx.log
            })).identity,
            dryRun: Boolean(ctx.values['dry-run']),
            log: ctx.log,
            vendor: config?.vendor,
            ...(signer ? { tagSigning: signer } : {})
        }).finally(() => signer?.dispose());
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
