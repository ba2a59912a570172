export const id = 155;
export const ids = [155];
export const modules = {

/***/ 3754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
  t: () => (/* binding */ bootTest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/boot/kvm.js
var kvm = __webpack_require__(5925);
;// CONCATENATED MODULE: ./build/boot/kvm-cache.js



/** `$STABLE_SYNC_KVM_CACHE`, else `$XDG_CACHE_HOME/stable-sync/kvm-probe.json` (default `~/.cache`). */
function kvmCacheFile(env) {
    if (env.STABLE_SYNC_KVM_CACHE)
        return env.STABLE_SYNC_KVM_CACHE;
    const base = env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'stable-sync', 'kvm-probe.json');
}
function hostBootId(file = '/proc/sys/kernel/random/boot_id') {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8').trim();
    }
    catch {
        return 'unknown-boot';
    }
}
/** A file's identity without reading it: real path, size and modification time. */
function fileIdentity(path) {
    try {
        const real = (0,external_node_fs_.realpathSync)(path);
        const st = (0,external_node_fs_.statSync)(real);
        return `${real}@${st.size}@${Math.trunc(st.mtimeMs)}`;
    }
    catch {
        return path;
    }
}
function kvmCacheKey(parts) {
    return [parts.bootId, fileIdentity(parts.qemu), fileIdentity(parts.guest)].join('|');
}
function load(file) {
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (parsed.version === 1 && parsed.entries && typeof parsed.entries === 'object')
            return parsed;
    }
    catch {
        // Missing or corrupt: start again; the cache is only an optimisation.
    }
    return { version: 1, entries: {} };
}
function readKvmAnswer(file, key) {
    const e = load(file).entries[key];
    return e ? { usable: e.usable, reason: e.reason, probedAt: e.probedAt } : undefined;
}
/** Store an answer, dropping entries from earlier host boots. Written atomically (rename). */
function writeKvmAnswer(file, key, bootId, answer) {
    const data = load(file);
    for (const [k, v] of Object.entries(data.entries))
        if (v.bootId !== bootId)
            delete data.entries[k];
    data.entries[key] = { ...answer, bootId };
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, `${JSON.stringify(data, null, 2)}\n`);
    (0,external_node_fs_.renameSync)(tmp, file);
}

;// CONCATENATED MODULE: ./build/boot/accel.js


async function planAccel(mode, ctx) {
    if (mode === 'tcg')
        return { kind: 'run', accel: 'tcg', why: 'TCG requested (--accel tcg)', probe: false };
    const check = await (0,kvm/* checkKvmStatic */.d7)(ctx.qemu, ctx.guestArch, ctx.kvmDevice);
    if (!check.ok) {
        return mode === 'kvm'
            ? { kind: 'skip', why: `KVM required (--accel kvm) but not available: ${check.reason}` }
            : { kind: 'run', accel: 'tcg', why: `TCG: KVM is not available: ${check.reason}`, probe: false };
    }
    const cached = readKvmAnswer(ctx.cacheFile, ctx.cacheKey);
    if (!cached) {
        return {
            kind: 'run',
            accel: 'kvm',
            why: 'KVM: /dev/kvm is usable; probing that a guest kernel runs under it',
            probe: true
        };
    }
    if (cached.usable) {
        return {
            kind: 'run',
            accel: 'kvm',
            why: `KVM: usable on this host (probed ${cached.probedAt}: ${cached.reason})`,
            probe: false,
            cached
        };
    }
    const diagnosis = `/dev/kvm opens but a Linux guest does not run under it on this host (probed ${cached.probedAt}: ${cached.reason})`;
    return mode === 'kvm'
        ? {
            kind: 'error',
            why: `KVM required (--accel kvm) but unusable: ${diagnosis}. Use --accel auto or tcg, or fix the host's KVM`
        }
        : { kind: 'run', accel: 'tcg', why: `TCG: ${diagnosis}`, probe: false, cached };
}
/** Remember a probe's answer for this host boot. */
function recordProbe(ctx, bootId, usable, reason) {
    const answer = { usable, reason, probedAt: new Date().toISOString() };
    try {
        writeKvmAnswer(ctx.cacheFile, ctx.cacheKey, bootId, answer);
    }
    catch {
        // A read-only cache directory only costs the next boot another probe.
    }
    return answer;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/process/run.js
var run = __webpack_require__(1767);
// EXTERNAL MODULE: ./build/boot/console-classify.js
var console_classify = __webpack_require__(1879);
;// CONCATENATED MODULE: ./build/boot/cloud-init-seed.js







/**
 * A cloud-init NoCloud seed for `--image` boots: an ISO 9660 volume labelled `cidata` holding
 * `user-data`, `meta-data` and optionally `network-config` / `vendor-data` from the given
 * directory, built with genisoimage (Debian package genisoimage), or cloud-localds when
 * genisoimage is missing. Missing files get defaults: a meta-data with an instance id derived
 * from the user-data, and a user-data whose `final_message` prints the default marker on the
 * console once cloud-init has finished.
 */
const DEFAULT_USER_DATA = `#cloud-config\nfinal_message: "${console_classify/* BOOT_MARKER */.sp} cloud-init finished after $UPTIME seconds"\n`;
const OPTIONAL = ['network-config', 'vendor-data'];
async function buildNoCloudSeed(o) {
    if (!(0,external_node_fs_.existsSync)(o.dir))
        throw new errors/* InputError */.dz(`--cloud-init ${o.dir}: no such directory`);
    const stage = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'stable-sync-seed-'));
    try {
        const userDataFile = (0,external_node_path_.join)(o.dir, 'user-data');
        const userData = (0,external_node_fs_.existsSync)(userDataFile) ? (0,external_node_fs_.readFileSync)(userDataFile) : Buffer.from(DEFAULT_USER_DATA);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(stage, 'user-data'), userData);
        const metaFile = (0,external_node_path_.join)(o.dir, 'meta-data');
        if ((0,external_node_fs_.existsSync)(metaFile))
            (0,external_node_fs_.copyFileSync)(metaFile, (0,external_node_path_.join)(stage, 'meta-data'));
        else {
            // A new instance id per user-data makes cloud-init run it again on a reused image.
            const id = (0,external_node_crypto_.createHash)('sha256').update(userData).digest('hex').slice(0, 12);
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(stage, 'meta-data'), `instance-id: stable-sync-${id}\nlocal-hostname: stable-sync-guest\n`);
        }
        const files = ['user-data', 'meta-data'];
        for (const f of OPTIONAL) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(o.dir, f))) {
                (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(o.dir, f), (0,external_node_path_.join)(stage, f));
                files.push(f);
            }
        }
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(o.output), { recursive: true });
        try {
            await (0,run/* run */.eF)('genisoimage', ['-quiet', '-output', o.output, '-volid', 'cidata', '-joliet', '-rock', ...files], {
                cwd: stage
            });
        }
        catch (e) {
            if (!(e instanceof run/* CommandError */.Qd && e.code === 127))
                throw e;
            const net = files.includes('network-config') ? ['--network-config', (0,external_node_path_.join)(stage, 'network-config')] : [];
            try {
                await (0,run/* run */.eF)('cloud-localds', [...net, o.output, (0,external_node_path_.join)(stage, 'user-data'), (0,external_node_path_.join)(stage, 'meta-data')]);
            }
            catch (e2) {
                if (e2 instanceof run/* CommandError */.Qd && e2.code === 127) {
                    throw new errors/* InputError */.dz('building a cloud-init seed needs genisoimage or cloud-localds: apt-get install genisoimage');
                }
                throw e2;
            }
        }
        return o.output;
    }
    finally {
        (0,external_node_fs_.rmSync)(stage, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./build/boot/console-log.js


/**
 * The console log kept as an artifact: every line with the wall-clock time and the seconds since
 * QEMU started, e.g. `2026-11-25T21:41:02.468Z +2.345s  Run /init as init process`. Written
 * synchronously line by line, so the file is complete the moment the verdict is returned, and
 * whatever was seen survives even if the harness is killed.
 */
class ConsoleLog {
    path;
    fd;
    constructor(path) {
        this.path = path;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        this.fd = (0,external_node_fs_.openSync)(path, 'w');
    }
    /** Console lines seen `ms` after QEMU started. */
    lines(lines, ms, prefix = '') {
        if (lines.length === 0 || this.fd < 0)
            return;
        const stamp = `${new Date().toISOString()} +${(ms / 1000).toFixed(3)}s  ${prefix}`;
        (0,external_node_fs_.writeSync)(this.fd, lines.map(l => `${stamp}${l}\n`).join(''));
    }
    /** A harness note (`# ...`): attempts, accelerator decisions, the verdict. */
    note(text) {
        if (this.fd >= 0)
            (0,external_node_fs_.writeSync)(this.fd, `# ${new Date().toISOString()} ${text}\n`);
    }
    close() {
        if (this.fd >= 0)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
    }
}
/** A timestamped console-log line: ISO time, elapsed seconds, two spaces, the console text. */
const CONSOLE_LOG_LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \+\d+\.\d{3}s {2}/;

;// CONCATENATED MODULE: ./build/boot/find-program.js


/** Resolve a program name on PATH (or a path) to an executable file, like `command -v`. */
function findProgram(name, env, cwd) {
    const candidates = name.includes('/')
        ? [(0,external_node_path_.isAbsolute)(name) ? name : (0,external_node_path_.resolve)(cwd, name)]
        : (env.PATH ?? '')
            .split(external_node_path_.delimiter)
            .filter(Boolean)
            .map(dir => (0,external_node_path_.join)(dir, name));
    for (const c of candidates) {
        try {
            (0,external_node_fs_.accessSync)(c, external_node_fs_.constants.X_OK);
            if ((0,external_node_fs_.statSync)(c).isFile())
                return c;
        }
        catch {
            // not here
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/boot/image-check.js




/** qemu-img beside the qemu-system binary (a built tree, /usr/bin), else on PATH. */
function findQemuImg(qemu, env, cwd) {
    return findProgram((0,external_node_path_.join)((0,external_node_path_.dirname)(qemu), 'qemu-img'), env, cwd) ?? findProgram('qemu-img', env, cwd);
}
async function inspectImage(opts) {
    const { image } = opts;
    if (!opts.qemuImg) {
        // A raw image is booted with format=raw: QEMU follows nothing in it. A qcow2 must be inspected.
        if (opts.magic === 'raw')
            return undefined;
        throw new errors/* InputError */.dz(`${image} is a qcow2 image and qemu-img, needed to check it names no backing file, is not found; ` +
            'install it (apt-get install qemu-utils)');
    }
    // -f: probe for qcow2 only when the magic says so; a raw image is read as raw, never probed.
    const r = await (0,run/* run */.eF)(opts.qemuImg, ['info', '--output=json', '-f', opts.magic, '--', image], {
        allowFailure: true
    });
    if (r.code !== 0) {
        throw new errors/* InputError */.dz(`qemu-img info cannot read ${image} as ${opts.magic}: ${r.stderr.trim().split('\n').pop()}`);
    }
    let info;
    try {
        info = JSON.parse(r.stdout.toString('utf8'));
    }
    catch {
        throw new errors/* InputError */.dz(`qemu-img info printed no JSON for ${image}`);
    }
    const backing = info['full-backing-filename'] ?? info['backing-filename'];
    if (backing !== undefined) {
        throw new errors/* InputError */.dz(`${image} names a backing file (${backing}); a boot image must be self-contained. ` +
            `Flatten it first: qemu-img convert -O qcow2 ${image} flat.qcow2`);
    }
    const dataFile = info['format-specific']?.data?.['data-file'];
    if (dataFile !== undefined) {
        throw new errors/* InputError */.dz(`${image} names an external data file (${dataFile}); a boot image must be self-contained. ` +
            `Flatten it first: qemu-img convert -O qcow2 ${image} flat.qcow2`);
    }
    if (info.format !== opts.magic) {
        throw new errors/* InputError */.dz(`${image}: qemu-img reads it as ${info.format ?? 'unknown'}, expected ${opts.magic}`);
    }
    return { format: opts.magic, virtualSize: info['virtual-size'] ?? 0 };
}

// EXTERNAL MODULE: ./build/boot/image-download.js
var image_download = __webpack_require__(3866);
// EXTERNAL MODULE: ./build/boot/junit.js
var junit = __webpack_require__(5277);
;// CONCATENATED MODULE: ./build/boot/qemu-args.js

const PROFILES = {
    x86_64: { arch: 'x86_64', console: 'ttyS0', earlyConsole: 'earlyprintk=serial' },
    i386: { arch: 'i386', console: 'ttyS0', earlyConsole: 'earlyprintk=serial' },
    aarch64: { arch: 'aarch64', machine: 'virt', console: 'ttyAMA0', earlyConsole: 'earlycon' }
};
/** The guest architecture from the binary's name (`qemu-system-x86_64` → x86_64). */
function archOfQemu(qemu) {
    const m = /qemu-system-([\w-]+)$/.exec((0,external_node_path_.basename)(qemu));
    return m ? m[1] : 'x86_64';
}
function archProfile(arch) {
    return PROFILES[arch] ?? { arch, console: 'ttyS0', earlyConsole: '' };
}
/** The kernel command line the guest gets. */
function kernelCommandLine(spec) {
    const profile = archProfile(archOfQemu(spec.qemu));
    const words = (spec.append ?? '').split(/\s+/).filter(Boolean);
    if (!words.some(w => w.startsWith('console=')))
        words.unshift(`console=${profile.console}`);
    if (spec.earlyConsole && profile.earlyConsole && !words.some(w => /^(earlyprintk|earlycon)\b/.test(w))) {
        words.push(profile.earlyConsole);
    }
    return words.join(' ');
}
function buildQemuArgs(spec) {
    const profile = archProfile(archOfQemu(spec.qemu));
    const args = [
        // Nothing implicit: no default NIC, VGA, monitor or serial; the serial console is our stdout.
        '-nodefaults',
        '-display',
        'none',
        // A guest reboot (e.g. the kernel's panic=N) ends QEMU instead of looping.
        '-no-reboot',
        '-serial',
        'stdio'
    ];
    if (profile.machine)
        args.push('-machine', profile.machine);
    // KVM runs the host CPU as is; TCG emulates every feature it can (`max`), e.g. SVM for nested tests.
    args.push('-accel', spec.accel, '-cpu', spec.accel === 'kvm' ? 'host' : 'max');
    args.push('-m', String(spec.memoryMb));
    if (spec.kernel) {
        args.push('-kernel', spec.kernel);
        if (spec.initrd)
            args.push('-initrd', spec.initrd);
        args.push('-append', kernelCommandLine(spec));
    }
    if (spec.image) {
        const format = spec.imageFormat ?? 'qcow2';
        args.push('-drive', `file=${driveFile(spec.image)},format=${format},if=virtio,snapshot=on`);
        // Cloud images wait for a network; a user-mode NIC answers DHCP without touching the host's, and
        // restrict=on keeps the guest (code under test) from reaching the host or the internet.
        args.push('-nic', `user,model=virtio-net-pci${spec.network === 'open' ? '' : ',restrict=on'}`);
    }
    if (spec.seed)
        args.push('-drive', `file=${driveFile(spec.seed)},format=raw,if=virtio,readonly=on`);
    return args;
}
/** `-drive` splits on commas; a literal comma in a path is written twice. */
function driveFile(path) {
    return path.replace(/,/g, ',,');
}
/** The command line as a person would type it (for reports and `--json`). */
function shellQuote(argv) {
    return argv.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./build/boot/line-splitter.js

/**
 * Turns the serial console's byte stream into lines. The guest writes `\r\n`; carriage returns are
 * dropped and `\n` ends a line. Multi-byte UTF-8 split across chunks is kept intact; invalid bytes
 * become U+FFFD rather than stopping the stream.
 */
class LineSplitter {
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    pending = '';
    /** Feed a chunk; returns the lines it completed (without their line ends). */
    push(chunk) {
        const parts = (this.pending + this.decoder.write(chunk).replace(/\r/g, '')).split('\n');
        this.pending = parts.pop() ?? '';
        return parts;
    }
    /** The unterminated tail (e.g. a login prompt), without consuming it. */
    get partial() {
        return this.pending;
    }
    /** End of stream: the last unterminated line, if any. */
    flush() {
        const rest = this.pending + this.decoder.end().replace(/\r/g, '');
        this.pending = '';
        return rest ? [rest] : [];
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./build/boot/process-group.js

/**
 * QEMU runs as the leader of its own process group, so one signal to the group ends it and
 * anything it started. The harness kills the group on every path: verdict, timeout, QEMU exit, and
 * its own SIGINT/SIGTERM/SIGHUP or exit. Where util-linux `setpriv` is present, QEMU also gets a
 * parent-death signal, so even a SIGKILLed harness leaves nothing running.
 *
 * The group is made with `setpgid` (perl-base, Essential in Debian/Ubuntu, does it before exec'ing
 * QEMU), not with a new session (`detached`, i.e. setsid): with the kernel's scheduler autogroups a
 * new session is a new CPU-share group, and on a loaded machine that measurably slowed the guest
 * (bench:boot). Without perl we fall back to `detached`.
 */
const live = new Set();
const interruptListeners = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let wrappers;
function available() {
    if (!wrappers) {
        const setpriv = (0,external_node_child_process_.spawnSync)('setpriv', ['--help'], { encoding: 'utf8' });
        const perl = (0,external_node_child_process_.spawnSync)('perl', ['-e', 'exit 0']);
        wrappers = {
            pdeathsig: setpriv.status === 0 && setpriv.stdout.includes('--pdeathsig'),
            perl: perl.status === 0
        };
    }
    return wrappers;
}
/** perl: become a process-group leader (setpgid(0, 0)), then exec the program with the same pid. */
const SETPGID_EXEC = 'setpgrp(0, 0) or die "setpgid: $!\\n"; exec { $ARGV[0] } @ARGV or die "cannot run $ARGV[0]: $!\\n"';
/** SIGKILL the whole group; also the pid itself, in case it has not made its group yet. */
function killGroup(pid) {
    for (const target of [-pid, pid]) {
        try {
            process.kill(target, 'SIGKILL');
        }
        catch {
            // ESRCH: already gone.
        }
    }
}
function onSignal(signal) {
    for (const pid of live)
        killGroup(pid);
    for (const l of interruptListeners)
        l(signal);
}
function onExit() {
    for (const pid of live)
        killGroup(pid);
}
function track(pid) {
    if (live.size === 0) {
        for (const s of SIGNALS)
            process.on(s, onSignal);
        process.on('exit', onExit);
    }
    live.add(pid);
}
function untrack(pid) {
    if (!live.delete(pid) || live.size > 0)
        return;
    // With no QEMU left, signals behave as usual again (a second Ctrl-C ends the program).
    for (const s of SIGNALS)
        process.off(s, onSignal);
    process.off('exit', onExit);
}
/** Called when the harness receives a terminating signal while a group is live. */
function onInterrupt(listener) {
    interruptListeners.add(listener);
    return () => void interruptListeners.delete(listener);
}
/** Start a program as the leader of a new process group (same pid throughout), stdin closed, stdout/stderr piped. */
function spawnGroup(command, args) {
    const w = available();
    let argv = [command, ...args];
    if (w.perl)
        argv = ['perl', '-e', SETPGID_EXEC, '--', ...argv];
    if (w.pdeathsig)
        argv = ['setpriv', '--pdeathsig', 'KILL', '--', ...argv];
    const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { detached: !w.perl, stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid;
    if (pid === undefined) {
        // spawn failed (ENOENT etc.); the 'error' event carries the reason.
        const closed = new Promise((_, reject) => child.once('error', reject));
        return { child, pid: -1, kill: () => undefined, closed };
    }
    track(pid);
    // After a successful spawn, errors (e.g. a failed kill) must not crash the harness; 'close' follows.
    child.on('error', () => undefined);
    const closed = new Promise(resolve => {
        child.once('close', (code, signal) => {
            // The leader is gone; anything else in its group goes with it.
            killGroup(pid);
            untrack(pid);
            resolve({ code, signal });
        });
    });
    return { child, pid, kill: () => killGroup(pid), closed };
}

;// CONCATENATED MODULE: ./build/boot/verdict.js

/** After a panic, keep reading this long for the trace (the log is for humans), then stop. */
const PANIC_GRACE_MS = 300;
const PANIC_TRACE_END = /---\[ end Kernel panic/;
class VerdictMachine {
    expect;
    failOn;
    decided;
    warningList = [];
    lastLine = '';
    poweredOff = false;
    /** `failOn`: a console line the guest prints to say its test failed (fail fast, like a panic). */
    constructor(expect, failOn) {
        this.expect = expect;
        this.failOn = failOn;
    }
    get verdict() {
        return this.decided;
    }
    get warnings() {
        return this.warningList;
    }
    /** A complete console line arrived at `ms`. */
    line(text, ms) {
        if (this.decided) {
            // Only the panic trace is still being read; its end lets the runner stop at once.
            return PANIC_TRACE_END.test(text) ? { kind: 'stop', graceMs: 0 } : { kind: 'continue' };
        }
        if (text.trim())
            this.lastLine = text.trim();
        if (/reboot: (Power down|Restarting system)/.test(text))
            this.poweredOff = true;
        const c = (0,console_classify/* classifyLine */.RA)(text, this.expect, this.failOn);
        switch (c.kind) {
            case 'panic':
                this.decide('fail', `kernel panic: ${(0,console_classify/* stripPrintkPrefix */.FI)(text.trim())}`, ms);
                return { kind: 'stop', graceMs: PANIC_GRACE_MS };
            case 'guest-failure':
                this.decide('fail', `the guest reported a failure: ${(0,console_classify/* stripPrintkPrefix */.FI)(text.trim())}`, ms);
                return { kind: 'stop', graceMs: 0 };
            case 'warning':
                this.warningList.push({ kind: c.warning, line: text.trim(), seconds: ms / 1000 });
                return { kind: 'continue' };
            case 'marker':
                this.decide('pass', `marker ${this.expect} seen on the console`, ms, ms);
                return { kind: 'stop', graceMs: 0 };
            case 'text':
                return { kind: 'continue' };
        }
    }
    /**
     * The unterminated end of the console stream (a login prompt has no newline). Only the marker is
     * looked for here; warnings and panics are judged once their line is complete.
     */
    partial(text, ms) {
        if (this.decided || !text || !(0,console_classify/* matchesMarker */.yE)(text, this.expect))
            return { kind: 'continue' };
        // A half-received panic or failure line that quotes the marker is judged when it is complete.
        if ((0,console_classify/* classifyLine */.RA)(text, this.expect, this.failOn).kind !== 'marker')
            return { kind: 'continue' };
        this.decide('pass', `marker ${this.expect} seen on the console`, ms, ms);
        return { kind: 'stop', graceMs: 0 };
    }
    /** QEMU exited on its own (code, or the signal that ended it) before any verdict. */
    exited(code, signal, ms, stderrTail = '') {
        if (this.decided)
            return;
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        let reason;
        if (code === 0 && !signal) {
            reason = this.poweredOff
                ? 'the guest powered off (or rebooted) without printing the marker'
                : 'QEMU exited (guest shutdown) without the marker';
        }
        else {
            reason = `QEMU ${how} before the marker${stderrTail ? `: ${stderrTail}` : ''}`;
        }
        this.decide('fail', this.withLastLine(reason), ms);
    }
    /** The timeout fired. */
    timedOut(timeoutSeconds, ms) {
        if (this.decided)
            return;
        this.decide('fail', this.withLastLine(`timeout: no marker within ${timeoutSeconds} s (the guest hangs)`), ms);
    }
    /** The harness was interrupted (SIGINT/SIGTERM). */
    interrupted(signal, ms) {
        if (this.decided)
            return;
        this.decide('fail', `interrupted by ${signal} before a verdict`, ms);
    }
    withLastLine(reason) {
        return this.lastLine
            ? `${reason}; last console line: ${JSON.stringify(this.lastLine.slice(0, 200))}`
            : `${reason}; no console output`;
    }
    decide(result, reason, ms, markerMs) {
        this.decided = {
            result,
            reason,
            secondsToVerdict: ms / 1000,
            ...(markerMs !== undefined ? { secondsToMarker: markerMs / 1000 } : {})
        };
    }
}

;// CONCATENATED MODULE: ./build/boot/runner.js




const STDERR_KEEP = 16 * 1024;
async function runQemu(o) {
    const machine = new VerdictMachine(o.expect, o.failOn);
    const splitter = new LineSplitter();
    const t0 = performance.now();
    const now = () => performance.now() - t0;
    const g = spawnGroup(o.qemu, o.args);
    let stderr = '';
    let probe = o.probeMs === undefined ? undefined : { ok: false, reason: '' };
    let interrupted;
    let stopTimer;
    let exited = false;
    const stop = (graceMs) => {
        if (graceMs <= 0)
            return g.kill();
        stopTimer ??= setTimeout(() => g.kill(), graceMs);
    };
    const handleLines = (lines, ms) => {
        o.log.lines(lines, ms);
        for (const line of lines) {
            o.onLine?.(line, ms);
            if (probe && !probe.ok && console_classify/* KERNEL_LINE */.Zt.test(line)) {
                probe = { ok: true, reason: `kernel output after ${(ms / 1000).toFixed(1)} s` };
                clearTimeout(probeTimer);
            }
            const action = machine.line(line, ms);
            if (action.kind === 'stop')
                stop(action.graceMs);
        }
    };
    g.child.stdout?.on('data', (chunk) => {
        const ms = now();
        handleLines(splitter.push(chunk), ms);
        const action = machine.partial(splitter.partial, ms);
        if (action.kind === 'stop')
            stop(action.graceMs);
    });
    g.child.stderr?.on('data', (chunk) => {
        const text = chunk.toString('utf8');
        stderr = (stderr + text).slice(-STDERR_KEEP);
        o.log.lines(text.replace(/\r/g, '').split('\n').filter(Boolean), now(), 'qemu: ');
    });
    const timeout = setTimeout(() => {
        machine.timedOut(o.timeoutSeconds, now());
        g.kill();
    }, o.timeoutSeconds * 1000);
    const probeTimer = o.probeMs === undefined
        ? undefined
        : setTimeout(() => {
            if (probe?.ok || exited)
                return;
            probe = {
                ok: false,
                reason: `no kernel output within ${o.probeMs / 1000} s (the guest hangs in early boot)`
            };
            g.kill();
        }, o.probeMs);
    const stopListening = onInterrupt(signal => {
        interrupted ??= signal;
        machine.interrupted(signal, now());
    });
    let exit;
    try {
        exit = await g.closed;
    }
    finally {
        exited = true;
        clearTimeout(timeout);
        clearTimeout(probeTimer);
        clearTimeout(stopTimer);
        stopListening();
    }
    const end = now();
    handleLines(splitter.flush(), end);
    const stderrTail = stderr.trim().split('\n').slice(-3).join(' | ');
    if (probe && !probe.ok && !probe.reason) {
        probe = {
            ok: false,
            reason: `QEMU ${exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`} before the kernel printed anything${stderrTail ? `: ${stderrTail}` : ''}`
        };
    }
    machine.exited(exit.code, exit.signal, end, stderrTail);
    return {
        verdict: machine.verdict,
        warnings: [...machine.warnings],
        ...(probe ? { probe } : {}),
        ...(interrupted ? { interrupted } : {}),
        exit,
        stderrTail,
        elapsedMs: end
    };
}

;// CONCATENATED MODULE: ./build/boot/boot-test.js
















const DEFAULT_TIMEOUT_SECONDS = 300;
function needFile(flag, path, cwd) {
    if (path === undefined)
        return undefined;
    const full = (0,external_node_path_.resolve)(cwd, path);
    if (!(0,external_node_fs_.existsSync)(full) || !(0,external_node_fs_.statSync)(full).isFile())
        throw new errors/* InputError */.dz(`${flag} ${path}: no such file`);
    return full;
}
function imageFormat(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const head = Buffer.alloc(4);
        (0,external_node_fs_.readSync)(fd, head, 0, 4, 0);
        return head.toString('latin1') === 'QFI\xfb' ? 'qcow2' : 'raw';
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function check(o, cwd, env) {
    if (o.image && o.imageUrl)
        throw new errors/* InputError */.dz('give --image FILE or --image-url URL, not both');
    if (Boolean(o.kernel) === Boolean(o.image || o.imageUrl)) {
        throw new errors/* InputError */.dz('give either --kernel FILE [--initrd FILE] (direct kernel boot) or --image FILE / --image-url URL (disk image), not both or neither');
    }
    if (o.imageSha256 && !(o.image || o.imageUrl))
        throw new errors/* InputError */.dz('--image-sha256 needs --image or --image-url');
    if (o.network && !(o.image || o.imageUrl))
        throw new errors/* InputError */.dz('--network needs --image or --image-url (a direct kernel boot has no network)');
    if (o.imageUrl && !o.imageSha256) {
        throw new errors/* InputError */.dz(`--image-url ${o.imageUrl} needs --image-sha256: a downloaded boot image is used only when its sha256 matches ` +
            "(take it from the image publisher's SHA256SUMS)");
    }
    if (o.initrd && !o.kernel)
        throw new errors/* InputError */.dz('--initrd needs --kernel');
    if (o.append !== undefined && !o.kernel)
        throw new errors/* InputError */.dz('--append needs --kernel (a disk image has its own kernel command line)');
    if (o.cloudInit && !(o.image || o.imageUrl))
        throw new errors/* InputError */.dz('--cloud-init needs --image or --image-url');
    const timeoutSeconds = o.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
    if (!(timeoutSeconds > 0))
        throw new errors/* InputError */.dz(`--timeout must be a positive number of seconds, got ${timeoutSeconds}`);
    const memoryMb = o.memoryMb ?? (o.image || o.imageUrl ? 1024 : 512);
    if (!Number.isInteger(memoryMb) || memoryMb < 16)
        throw new errors/* InputError */.dz(`--memory must be a whole number of MB (at least 16), got ${memoryMb}`);
    const qemuName = o.qemu ?? 'qemu-system-x86_64';
    const qemu = findProgram(qemuName, env, cwd);
    if (!qemu) {
        throw new errors/* InputError */.dz(`${qemuName}: not found${qemuName.includes('/') ? '' : ' on PATH'}; install QEMU (apt-get install qemu-system-x86) or pass --qemu PATH`);
    }
    const kernel = needFile('--kernel', o.kernel, cwd);
    const initrd = needFile('--initrd', o.initrd, cwd);
    const image = needFile('--image', o.image, cwd);
    const probeSeconds = o.probeSeconds ?? (image || o.imageUrl ? 30 : 5);
    return {
        qemu,
        name: o.name ?? (0,external_node_path_.basename)(kernel ?? image ?? (o.imageUrl ? new URL(o.imageUrl).pathname : 'guest')),
        timeoutSeconds,
        probeMs: Math.min(probeSeconds, timeoutSeconds) * 1000,
        spec: {
            qemu,
            memoryMb,
            ...(kernel ? { kernel } : {}),
            ...(initrd ? { initrd } : {}),
            ...(o.append !== undefined ? { append: o.append } : {}),
            ...(image ? { image, imageFormat: imageFormat(image) } : {}),
            ...(o.network ? { network: o.network } : {})
        }
    };
}
async function bootTest(o) {
    const cwd = o.cwd ?? process.cwd();
    const env = o.env ?? process.env;
    const c = check(o, cwd, env);
    const started = performance.now();
    // A scratch directory only when needed: for the seed, a downloaded image, and the console log unless
    // one was named.
    const scratch = !o.consoleLog || o.cloudInit || o.imageUrl ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'stable-sync-boot-')) : '';
    let downloaded;
    try {
        // The image is checked (checksum, then no backing or data file) before QEMU ever opens it.
        if (o.imageUrl) {
            downloaded = await (0,image_download/* downloadImage */.GV)({
                url: o.imageUrl,
                sha256: o.imageSha256,
                dest: (0,external_node_path_.join)(scratch, 'image')
            });
            c.spec.image = downloaded;
            c.spec.imageFormat = imageFormat(downloaded);
        }
        else if (c.spec.image && o.imageSha256) {
            const got = await (0,image_download/* fileSha256 */.sN)(c.spec.image);
            if (got !== o.imageSha256)
                throw new errors/* FindingError */.Yv(`${c.spec.image} has sha256 ${got}, not ${o.imageSha256}: not booted`);
        }
        if (c.spec.image) {
            await inspectImage({
                image: c.spec.image,
                qemuImg: findQemuImg(c.qemu, env, cwd),
                magic: c.spec.imageFormat ?? 'raw'
            });
        }
    }
    catch (e) {
        if (scratch)
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        throw e;
    }
    const consolePath = o.consoleLog ? (0,external_node_path_.resolve)(cwd, o.consoleLog) : (0,external_node_path_.join)(scratch, 'console.log');
    const junitPath = o.junit ? (0,external_node_path_.resolve)(cwd, o.junit) : null;
    const expect = o.expect ?? console_classify/* DEFAULT_EXPECT */.yj;
    const failOn = o.failOn ?? console_classify/* DEFAULT_FAIL_ON */.VQ;
    const nested = (0,kvm/* nestedVirtState */.Kd)();
    const bootId = hostBootId();
    const actx = {
        qemu: c.qemu,
        guestArch: archOfQemu(c.qemu),
        cacheFile: o.kvmCacheFile ?? kvmCacheFile(env),
        cacheKey: kvmCacheKey({ bootId, qemu: c.qemu, guest: c.spec.kernel ?? c.spec.image ?? '' }),
        ...(o.kvmDevice ? { kvmDevice: o.kvmDevice } : {})
    };
    const log = new ConsoleLog(consolePath);
    const attempts = [];
    const report = (fields) => ({
        name: c.name,
        accel: { used: null, why: '', cached: false, nested },
        secondsToMarker: null,
        seconds: (performance.now() - started) / 1000,
        warnings: [],
        consoleLog: consolePath,
        junit: junitPath,
        qemuCommandLine: null,
        attempts,
        ...fields
    });
    let result;
    let seed;
    try {
        if (o.cloudInit)
            seed = await buildNoCloudSeed({ dir: (0,external_node_path_.resolve)(cwd, o.cloudInit), output: (0,external_node_path_.join)(scratch, 'seed.iso') });
        const plan = await planAccel(o.accel ?? 'auto', actx);
        log.note(`stable-sync boot-test ${c.name}: nested virtualization ${nested.text}`);
        if (plan.kind !== 'run') {
            log.note(`${plan.kind}: ${plan.why}`);
            o.log.warning(plan.why);
            result = report({
                result: plan.kind,
                reason: plan.why,
                accel: { used: null, why: plan.why, cached: false, nested }
            });
        }
        else {
            result = await boot(plan.accel, plan.why, plan.probe, Boolean(plan.cached));
        }
    }
    finally {
        log.close();
    }
    if (junitPath)
        (0,external_node_fs_.writeFileSync)(junitPath, (0,junit/* renderJunit */.R)(result));
    // The scratch directory holds the seed, and the console log unless one was named.
    if (scratch && o.consoleLog)
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    else {
        if (seed)
            (0,external_node_fs_.rmSync)(seed, { force: true });
        if (downloaded)
            (0,external_node_fs_.rmSync)(downloaded, { force: true });
    }
    return result;
    async function boot(accel, why, probe, cached) {
        const args = buildQemuArgs({ ...c.spec, accel, earlyConsole: probe, ...(seed ? { seed } : {}) });
        const commandLine = shellQuote([c.qemu, ...args]);
        o.log.info(`boot-test ${c.name}: ${why}`);
        log.note(`attempt ${attempts.length + 1}: ${why}`);
        log.note(`qemu: ${commandLine}`);
        const out = await runQemu({
            qemu: c.qemu,
            args,
            expect,
            failOn,
            timeoutSeconds: c.timeoutSeconds,
            log,
            ...(probe ? { probeMs: c.probeMs } : {}),
            ...(o.onLine ? { onLine: o.onLine } : {})
        });
        const seconds = out.elapsedMs / 1000;
        if (probe && out.probe && !out.probe.ok && !out.interrupted) {
            const answer = recordProbe(actx, bootId, false, out.probe.reason);
            attempts.push({ accel, probe, commandLine, result: 'probe-failed', reason: out.probe.reason, seconds });
            log.note(`KVM probe failed: ${out.probe.reason}`);
            const diagnosis = `/dev/kvm opens but a Linux guest does not run under it on this host (probed ${answer.probedAt}: ${out.probe.reason})`;
            if ((o.accel ?? 'auto') === 'kvm') {
                const reason = `KVM required (--accel kvm) but unusable: ${diagnosis}. Use --accel auto or tcg, or fix the host's KVM`;
                o.log.error(reason);
                return report({
                    result: 'error',
                    reason,
                    accel: { used: null, why: reason, cached: false, nested },
                    qemuCommandLine: commandLine
                });
            }
            o.log.warning(`KVM probe failed (${out.probe.reason}); falling back to TCG`);
            return boot('tcg', `TCG: ${diagnosis}`, false, false);
        }
        if (probe && out.probe?.ok) {
            recordProbe(actx, bootId, true, out.probe.reason);
            why = `KVM: a guest kernel runs under it (probe: ${out.probe.reason}; remembered for this host boot)`;
        }
        attempts.push({
            accel,
            probe,
            commandLine,
            result: out.verdict.result,
            reason: out.verdict.reason,
            seconds
        });
        log.note(`verdict: ${out.verdict.result}: ${out.verdict.reason}`);
        const warnings = out.warnings;
        for (const w of warnings)
            o.log.warning(`guest kernel (${w.kind}) at ${w.seconds.toFixed(1)} s: ${w.line}`);
        return report({
            result: out.verdict.result,
            reason: out.verdict.reason,
            accel: { used: accel, why, cached, nested },
            secondsToMarker: out.verdict.secondsToMarker ?? null,
            warnings,
            qemuCommandLine: commandLine,
            ...(out.interrupted ? { interrupted: out.interrupted } : {})
        });
    }
}


/***/ }),

/***/ 1879:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ stripPrintkPrefix),
/* harmony export */   RA: () => (/* binding */ classifyLine),
/* harmony export */   VQ: () => (/* binding */ DEFAULT_FAIL_ON),
/* harmony export */   Zt: () => (/* binding */ KERNEL_LINE),
/* harmony export */   p1: () => (/* binding */ BOOT_FAILED),
/* harmony export */   sp: () => (/* binding */ BOOT_MARKER),
/* harmony export */   yE: () => (/* binding */ matchesMarker),
/* harmony export */   yj: () => (/* binding */ DEFAULT_EXPECT)
/* harmony export */ });
/* unused harmony exports WARNING_PATTERNS, PANIC_PATTERN */
/** Kernel messages recorded as warnings: the boot may still pass, but a person should look. */
const WARNING_PATTERNS = [
    ['oops', /\bOops\b/],
    ['bug', /\bBUG:/],
    ['warning', /\bWARNING:/],
    ['invalid-opcode', /\binvalid opcode:/],
    ['unhandled-fault', /\bUnhandled fault\b/],
    ['cut-here', /-\[ cut here \]/]
];
const PANIC_PATTERN = /Kernel panic - not syncing/;
/** printk's `[    2.551955] ` prefix; stripped so an anchored `--expect '^marker'` still matches. */
const PRINTK_PREFIX = /^\[\s*\d+\.\d+\]\s?/;
/** Lines printed by a running kernel (not by firmware or the real-mode setup code): the KVM probe's proof of life. */
const KERNEL_LINE = /^\[\s*\d+\.\d+\]|Linux version \d/;
function stripPrintkPrefix(line) {
    return line.replace(PRINTK_PREFIX, '');
}
/** The kernel echoes its command line early; a marker passed through `--append` must not pass there. */
const COMMAND_LINE_ECHO = /Kernel command line:/;
/** Does the marker regex match this (possibly partial) console line? */
function matchesMarker(line, expect) {
    if (COMMAND_LINE_ECHO.test(line))
        return false;
    return expect.test(line) || expect.test(stripPrintkPrefix(line));
}
/** What the busybox initramfs (initramfs.ts) prints when its test fails: the default `failOn`. */
const BOOT_MARKER = 'STABLE-SYNC-BOOT-OK';
const BOOT_FAILED = 'STABLE-SYNC-BOOT-FAILED:';
const DEFAULT_EXPECT = new RegExp(BOOT_MARKER);
const DEFAULT_FAIL_ON = new RegExp(BOOT_FAILED);
/**
 * Classify one complete console line. The panic check comes first: a panic line is never a pass,
 * even when it happens to contain the marker text (e.g. a panic message quoting the command line).
 */
function classifyLine(line, expect, failOn) {
    if (PANIC_PATTERN.test(line))
        return { kind: 'panic' };
    if (failOn && matchesMarker(line, failOn))
        return { kind: 'guest-failure' };
    for (const [warning, re] of WARNING_PATTERNS)
        if (re.test(line))
            return { kind: 'warning', warning };
    if (matchesMarker(line, expect))
        return { kind: 'marker' };
    return { kind: 'text' };
}


/***/ }),

/***/ 3866:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ downloadImage),
/* harmony export */   Uc: () => (/* binding */ sha256Input),
/* harmony export */   sN: () => (/* binding */ fileSha256)
/* harmony export */ });
/* unused harmony export SHA256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9473);





/**
 * A boot image from a URL is code the job runs: it is downloaded only with a sha256 to check it
 * against, and used only when the bytes match. The file is written to `dest` while hashing; a
 * mismatch deletes it.
 */
const SHA256 = /^[0-9a-f]{64}$/;
function sha256Input(flag, value) {
    if (value === undefined || value === '')
        return undefined;
    const v = value
        .trim()
        .toLowerCase()
        .replace(/^sha256:/, '');
    if (!SHA256.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${flag} must be a sha256 checksum (64 hex digits, e.g. from SHA256SUMS), got ${JSON.stringify(value)}`);
    return v;
}
async function downloadImage(opts) {
    let url;
    try {
        url = new URL(opts.url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`--image-url ${JSON.stringify(opts.url)} is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`--image-url ${url.href}: only https:// (or http://) URLs are downloaded`);
    if (!opts.sha256) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`--image-url ${url.href} needs --image-sha256: a downloaded boot image is used only when its sha256 matches ` +
            '(take it from the image publisher’s SHA256SUMS)');
    }
    const response = await fetch(url, { redirect: 'follow' }).catch((e) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot download ${url.href}: ${e.cause?.message ?? e.message}`);
    });
    if (!response.ok || !response.body)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot download ${url.href}: HTTP ${response.status} ${response.statusText}`);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const body = node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.fromWeb(response.body);
    body.on('data', (chunk) => hash.update(chunk));
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(body, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(opts.dest));
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(opts.dest, { force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot download ${url.href}: ${e.message}`);
    }
    const got = hash.digest('hex');
    if (got !== opts.sha256) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(opts.dest, { force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .FindingError */ .Yv(`the image downloaded from ${url.href} has sha256 ${got}, not ${opts.sha256}: not used. ` +
            'Check the checksum (or the URL: the file may have been replaced)');
    }
    return opts.dest;
}
/** The sha256 of a local file (a given --image checked against --image-sha256). */
async function fileSha256(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path), hash);
    return hash.digest('hex');
}


/***/ }),

/***/ 5277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ renderJunit)
/* harmony export */ });
/* unused harmony export xmlEscape */
/**
 * JUnit XML for one boot test (one <testcase>), in the shape CI test reporters read: pass = empty
 * test case, fail = <failure>, error = <error>, skip = <skipped>. Console text is untrusted: it is
 * escaped, and characters XML 1.0 forbids (most control characters) are dropped.
 */
function xmlEscape(s) {
    return s
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
function renderJunit(r, timestamp = new Date()) {
    const n = (kind) => (r.result === kind ? 1 : 0);
    const time = r.seconds.toFixed(3);
    const props = [
        ['accel', r.accel.used ?? 'none'],
        ['accel.why', r.accel.why],
        ['nested', r.accel.nested.text],
        ['console-log', r.consoleLog],
        ['qemu', r.qemuCommandLine ?? ''],
        ['seconds-to-marker', r.secondsToMarker === null ? '' : r.secondsToMarker.toFixed(3)]
    ];
    const outcome = r.result === 'fail'
        ? `      <failure message="${xmlEscape(r.reason)}" type="boot-failure">${xmlEscape(r.reason)}</failure>\n`
        : r.result === 'error'
            ? `      <error message="${xmlEscape(r.reason)}" type="boot-error">${xmlEscape(r.reason)}</error>\n`
            : r.result === 'skip'
                ? `      <skipped message="${xmlEscape(r.reason)}"/>\n`
                : '';
    const warnings = r.warnings.map(w => `warning (${w.kind}) at ${w.seconds.toFixed(3)} s: ${w.line}`);
    const out = [`result: ${r.result}: ${r.reason}`, `console log: ${r.consoleLog}`, ...warnings].join('\n');
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="stable-sync boot-test" tests="1" failures="${n('fail')}" errors="${n('error')}" skipped="${n('skip')}" time="${time}">`,
        `  <testsuite name="boot-test" tests="1" failures="${n('fail')}" errors="${n('error')}" skipped="${n('skip')}" time="${time}" timestamp="${timestamp.toISOString().replace(/\.\d{3}Z$/, '')}">`,
        '    <properties>',
        ...props.map(([k, v]) => `      <property name="${xmlEscape(k)}" value="${xmlEscape(v)}"/>`),
        '    </properties>',
        `    <testcase classname="stable-sync.boot-test" name="${xmlEscape(r.name)}" time="${time}">`,
        outcome + `      <system-out>${xmlEscape(out)}</system-out>`,
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}


/***/ }),

/***/ 5925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kd: () => (/* binding */ nestedVirtState),
/* harmony export */   d7: () => (/* binding */ checkKvmStatic)
/* harmony export */ });
/* unused harmony export hostArch */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _process_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1767);


/** Node's name for the host CPU → QEMU's guest architecture name. */
function hostArch(nodeArch = process.arch) {
    return { x64: 'x86_64', ia32: 'i386', arm64: 'aarch64' }[nodeArch] ?? nodeArch;
}
async function checkKvmStatic(qemu, guestArch, device = '/dev/kvm') {
    const host = hostArch();
    // An x86_64 QEMU runs i386 guests with KVM too; other pairs need the same architecture.
    if (guestArch !== host && !(host === 'x86_64' && guestArch === 'i386')) {
        return { ok: false, reason: `the guest architecture ${guestArch} differs from the host's ${host}` };
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(device)) {
        return {
            ok: false,
            reason: `${device} does not exist (no KVM module loaded, or no hardware virtualization)`
        };
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(device, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch {
        return {
            ok: false,
            reason: `${device} is not readable and writable by this user (add a udev rule, e.g. KERNEL=="kvm", MODE="0666", or join the kvm group)`
        };
    }
    const help = await (0,_process_run_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .eF)(qemu, ['-accel', 'help'], { allowFailure: true, timeoutMs: 10_000 });
    if (!/^kvm$/m.test(help.stdout.toString('utf8'))) {
        return { ok: false, reason: `${qemu} was built without KVM support ('-accel help' does not list kvm)` };
    }
    return { ok: true, reason: `${device} is accessible and ${qemu} supports kvm` };
}
function nestedVirtState(sysModule = '/sys/module') {
    for (const module of ['kvm_intel', 'kvm_amd']) {
        const file = `${sysModule}/${module}/parameters/nested`;
        let raw;
        try {
            raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').trim();
        }
        catch {
            continue;
        }
        const enabled = raw === 'Y' || raw === '1';
        return {
            module,
            enabled,
            text: `${enabled ? 'enabled' : 'disabled'} (${module} nested=${raw})${enabled ? '' : `; enable with: echo "options ${module} nested=1" > /etc/modprobe.d/${module}.conf and reload ${module}`}`
        };
    }
    return { text: 'unknown: neither kvm_intel nor kvm_amd is loaded' };
}


/***/ }),

/***/ 8155:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  accelOption: () => (/* reexport */ accelInput),
  bootTestCommand: () => (/* binding */ bootTestCommand),
  regexOption: () => (/* reexport */ regexInput)
});

// EXTERNAL MODULE: ./build/boot/boot-test.js + 11 modules
var boot_test = __webpack_require__(3754);
;// CONCATENATED MODULE: ./build/boot/report-types.js
/** Exit code per the CLI contract: 0 pass, 1 fail, 2 error (bad input, broken KVM), 77 skip. */
function exitCodeFor(r) {
    if (r.interrupted)
        return r.interrupted === 'SIGINT' ? 130 : r.interrupted === 'SIGHUP' ? 129 : 143;
    return { pass: 0, fail: 1, error: 2, skip: 77 }[r.result];
}

;// CONCATENATED MODULE: ./build/boot/summary.js

/**
 * One-line renderings of a boot test: a TAP line for logs and a Markdown table row for the job
 * summary / the PR comment of the reusable workflow. Reasons and warnings hold guest text, so every
 * cell goes through the one escaper (src/markdown.ts): no table breakage, no HTML, no mentions or links.
 */
const ICON = {
    pass: '✅ pass',
    fail: '❌ fail',
    skip: '⏭️ skip',
    error: '⚠️ error'
};
const SUMMARY_HEADER = '| Guest | Result | Accel | Time to marker | Warnings | Reason |\n|---|---|---|---|---|---|';
function summaryRow(r) {
    const marker = r.secondsToMarker === null ? '–' : `${r.secondsToMarker.toFixed(1)} s`;
    const warnings = r.warnings.length === 0 ? '0' : `${r.warnings.length}: ${r.warnings[0].line.slice(0, 80)}`;
    const cells = [r.name, ICON[r.result], r.accel.used ?? '–', marker, warnings, r.reason.slice(0, 300)];
    return `| ${cells.map(c => tableCell(c)).join(' | ')} |`;
}
/** A TAP-style result line, e.g. `ok 1 - qemu-8.2 # accel=tcg 3.2 s` or `ok 1 - x # SKIP no KVM`. */
function tapLine(r, index = 1) {
    const name = r.name.replace(/[\r\n#]/g, ' ');
    const why = r.reason.replace(/[\r\n]+/g, ' ');
    switch (r.result) {
        case 'pass':
            return `ok ${index} - ${name} # accel=${r.accel.used} ${r.secondsToMarker?.toFixed(1)} s, ${r.warnings.length} warning(s)`;
        case 'skip':
            return `ok ${index} - ${name} # SKIP ${why}`;
        default:
            return `not ok ${index} - ${name} # ${why}`;
    }
}

// EXTERNAL MODULE: ./build/boot/image-download.js
var image_download = __webpack_require__(3866);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/boot/inputs.js

/** Option parsing shared by the CLI command and the sub-action; each error names the option. */
function regexInput(name, value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    try {
        return new RegExp(value);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`--${name} ${JSON.stringify(value)} is not a valid regular expression: ${e.message}`);
    }
}
function accelInput(value) {
    if (value === undefined || value === '')
        return 'auto';
    if (value === 'auto' || value === 'kvm' || value === 'tcg')
        return value;
    throw new errors/* InputError */.dz(`--accel must be auto, kvm or tcg, got ${JSON.stringify(value)}`);
}
function positiveInput(name, value) {
    if (value === undefined || value === '')
        return undefined;
    const n = Number(value);
    if (typeof value !== 'string' || !Number.isFinite(n) || n <= 0) {
        throw new errors/* InputError */.dz(`--${name} must be a positive number, got ${JSON.stringify(value)}`);
    }
    return n;
}
function networkInput(value) {
    if (value === undefined || value === '')
        return undefined;
    if (value === 'restricted' || value === 'open')
        return value;
    throw new errors/* InputError */.dz(`--network must be restricted (default: the guest reaches neither the host nor the internet) or open, got ${JSON.stringify(value)}`);
}

// EXTERNAL MODULE: ./build/boot/console-classify.js
var console_classify = __webpack_require__(1879);
// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/commands/boot-test.js








function str(v) {
    return typeof v === 'string' ? v : undefined;
}
const bootTestCommand = {
    name: 'boot-test',
    summary: 'Boot a guest with a qemu-system-* binary and judge its serial console (pass/fail/skip).',
    usage: [
        '--kernel FILE [--initrd FILE] [--append ARGS]',
        '    | (--image FILE | --image-url URL --image-sha256 HEX) [--cloud-init DIR] [--network restricted|open]',
        '    [--qemu PATH] [--accel auto|kvm|tcg] [--timeout SECONDS] [--expect REGEX] [--fail-on REGEX]',
        '    [--memory MB] [--console-log FILE] [--junit FILE] [--name NAME] [--probe-seconds N] [--json]',
        '  exit 0 pass, 1 fail, 2 bad input / missing tools / KVM present but broken with --accel kvm,',
        '  77 skip (--accel kvm and no KVM at all); 130/143 when interrupted (QEMU is killed first).'
    ].join('\n'),
    options: {
        kernel: { type: 'string', description: 'The guest kernel to boot directly (or use --image)' },
        initrd: { type: 'string', description: 'The initramfs for --kernel', default: 'none' },
        append: { type: 'string', description: 'Extra kernel command line for --kernel', default: 'none' },
        image: { type: 'string', description: 'A disk image (qcow2) to boot instead of --kernel' },
        'image-url': {
            type: 'string',
            description: 'Download the disk image from this URL (needs --image-sha256)',
            default: 'none'
        },
        'image-sha256': {
            type: 'string',
            description: 'The sha256 the image must have (required with --image-url; checked for --image too)',
            default: 'none'
        },
        network: {
            type: 'string',
            description: "The image guest's user-mode network: restricted (reaches neither host nor internet) or open",
            default: 'restricted'
        },
        'cloud-init': {
            type: 'string',
            description: 'A directory with user-data/meta-data, given to --image as a NoCloud seed',
            default: 'none'
        },
        qemu: {
            type: 'string',
            description: 'The qemu-system-* binary, a path or a name on PATH',
            default: 'qemu-system-x86_64'
        },
        accel: {
            type: 'string',
            description: 'auto (KVM when it works, else TCG), kvm (skip without KVM) or tcg',
            default: 'auto'
        },
        timeout: {
            type: 'string',
            description: 'Seconds to wait for the marker before the guest is killed',
            default: String(boot_test/* DEFAULT_TIMEOUT_SECONDS */.K)
        },
        expect: {
            type: 'string',
            description: 'Regular expression of the console line that means pass',
            default: console_classify/* BOOT_MARKER */.sp
        },
        'fail-on': {
            type: 'string',
            description: 'Regular expression of a console line that fails the boot at once',
            default: console_classify/* BOOT_FAILED */.p1
        },
        memory: {
            type: 'string',
            description: 'Guest memory in MB',
            default: '512 for --kernel, 1024 for --image'
        },
        'probe-seconds': {
            type: 'string',
            description: 'How long a KVM probe guest may take to prove KVM works',
            default: '5 for --kernel, 30 for --image'
        },
        'console-log': {
            type: 'string',
            description: 'Where the timestamped console log is written',
            default: 'a new temporary directory'
        },
        junit: { type: 'string', description: 'Also write a JUnit XML report to this file', default: 'none' },
        name: {
            type: 'string',
            description: 'The test name in reports',
            default: "the kernel's or image's file name"
        },
        json: command/* commonOptions */.OP.json,
        verbose: command/* commonOptions */.OP.verbose
    },
    async run(ctx) {
        const v = ctx.values;
        const expect = regexInput('expect', v.expect);
        const failOn = regexInput('fail-on', v['fail-on']);
        const timeoutSeconds = positiveInput('timeout', v.timeout);
        const memoryMb = positiveInput('memory', v.memory);
        const probeSeconds = positiveInput('probe-seconds', v['probe-seconds']);
        const report = await (0,boot_test/* bootTest */.t)({
            kernel: str(v.kernel),
            initrd: str(v.initrd),
            append: str(v.append),
            image: str(v.image),
            imageUrl: str(v['image-url']),
            imageSha256: (0,image_download/* sha256Input */.Uc)('--image-sha256', str(v['image-sha256'])),
            network: networkInput(v.network),
            cloudInit: str(v['cloud-init']),
            qemu: str(v.qemu),
            name: str(v.name),
            consoleLog: str(v['console-log']),
            junit: str(v.junit),
            accel: accelInput(v.accel),
            ...(expect ? { expect } : {}),
            ...(failOn ? { failOn } : {}),
            ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
            ...(memoryMb !== undefined ? { memoryMb } : {}),
            ...(probeSeconds !== undefined ? { probeSeconds } : {}),
            cwd: ctx.cwd,
            env: ctx.env,
            log: ctx.log
        });
        if (v.json)
            ctx.out(JSON.stringify(report, null, 2));
        else {
            ctx.out(tapLine(report));
            ctx.out(`# accel: ${report.accel.why}`);
            ctx.out(`# nested virtualization: ${report.accel.nested.text}`);
            for (const w of report.warnings)
                ctx.out(`# warning (${w.kind}) at ${w.seconds.toFixed(1)} s: ${w.line}`);
            ctx.out(`# console log: ${report.consoleLog}`);
            if (report.junit)
                ctx.out(`# junit: ${report.junit}`);
        }
        return exitCodeFor(report);
    }
};
/** Kept for commands that parse the same `--accel` option (kvm-test). */



/***/ })

};
