#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9713:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1234);

// The bundled CLI entry point (dist/cli/index.js): only this file touches process.exit state.
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    out: t => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: t => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    cwd: process.cwd(),
    env: process.env
});
// Everything the command started has ended; once what it printed is out (a pipe is written
// asynchronously), exit at once: tearing down the heap of a 10,000-commit run only costs time.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1234:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./build/errors.js
var errors = __nccwpck_require__(9473);
;// CONCATENATED MODULE: ./build/log.js
function stderrLogger(verbose = false) {
    const write = (prefix, m) => {
        process.stderr.write(`${prefix}${m}\n`);
    };
    return {
        debug: m => (verbose ? write('debug: ', m) : undefined),
        info: m => write('', m),
        warning: m => write('warning: ', m),
        error: m => write('error: ', m),
        async group(name, fn) {
            write('== ', name);
            return fn();
        }
    };
}
/** A logger that keeps messages, for tests and for quiet library use. */
function memoryLogger() {
    const lines = [];
    return {
        lines,
        debug: m => void lines.push(`debug: ${m}`),
        info: m => void lines.push(m),
        warning: m => void lines.push(`warning: ${m}`),
        error: m => void lines.push(`error: ${m}`),
        async group(_name, fn) {
            return fn();
        }
    };
}

// EXTERNAL MODULE: ./build/process/run.js
var run = __nccwpck_require__(1767);
;// CONCATENATED MODULE: ./build/version.js
/** stable-sync's own version; a unit test keeps it equal to package.json's. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./build/cli/commands/index.js
/**
 * Every subcommand, in the order `--help` lists them: its name and a loader. Each lives in its own
 * file and is imported only when it runs (or for `--help`), so `stable-sync plan` does not parse the
 * GitHub, boot and build code (the bundle splits each into its own chunk).
 */
const commandLoaders = [
    ['validate', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(192), __nccwpck_require__.e(904)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8904))).validateCommand],
    ['plan', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(192), __nccwpck_require__.e(116), __nccwpck_require__.e(318), __nccwpck_require__.e(195), __nccwpck_require__.e(725)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6725))).planCommand],
    ['apply', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(192), __nccwpck_require__.e(116), __nccwpck_require__.e(318), __nccwpck_require__.e(195), __nccwpck_require__.e(280)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9280))).applyCommand],
    ['verify', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(192), __nccwpck_require__.e(116), __nccwpck_require__.e(318), __nccwpck_require__.e(195), __nccwpck_require__.e(755)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6755))).verifyCommand],
    ['status', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(192), __nccwpck_require__.e(180)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6180))).statusCommand],
    ['release', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(192), __nccwpck_require__.e(116), __nccwpck_require__.e(515)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6515))).releaseCommand],
    ['boot-test', async () => (await __nccwpck_require__.e(/* import() */ 155).then(__nccwpck_require__.bind(__nccwpck_require__, 8155))).bootTestCommand],
    ['kvm-test', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(155), __nccwpck_require__.e(602)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1602))).kvmTestCommand],
    ['build-source', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(192), __nccwpck_require__.e(116), __nccwpck_require__.e(318), __nccwpck_require__.e(43)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6424))).buildSourceCommand],
    ['build', async () => (await __nccwpck_require__.e(/* import() */ 944).then(__nccwpck_require__.bind(__nccwpck_require__, 9944))).buildCommand],
    ['build-matrix', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(192), __nccwpck_require__.e(308)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3308))).buildMatrixCommand],
    ['report', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(355)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6355))).reportCommand]
];
/** All subcommands, loaded (for `--help`). */
async function loadCommands() {
    return Promise.all(commandLoaders.map(([, load]) => load()));
}
/** The subcommand called `name`, loaded; undefined when there is none. */
async function loadCommand(name) {
    return commandLoaders.find(([n]) => n === name)?.[1]();
}

;// CONCATENATED MODULE: ./build/cli/main.js






async function helpText() {
    const commands = await loadCommands();
    const width = Math.max(...commands.map(c => c.name.length));
    return [
        `stable-sync ${VERSION}: follow an upstream stable tree's bug fixes as a Debian quilt series.`,
        '',
        'Usage: stable-sync <command> [options]   (stable-sync <command> --help for its options)',
        '',
        'Commands:',
        ...commands.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        'Exit codes: 0 success, 1 a finding that needs a human, 2 bad input, 77 skipped.'
    ].join('\n');
}
function commandHelp(c) {
    const opts = Object.entries(c.options).map(([name, spec]) => {
        const short = 'short' in spec && spec.short ? `-${spec.short}, ` : '';
        return `  ${short}--${name}${spec.type === 'string' ? ' VALUE' : ''}${'multiple' in spec && spec.multiple ? ' (repeatable)' : ''}`;
    });
    return [`Usage: stable-sync ${c.name} ${c.usage}`, '', c.summary, '', 'Options:', ...opts].join('\n');
}
/** The CLI as a function (tests call it directly); returns the exit code. */
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.out(await helpText());
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-V') {
        io.out(VERSION);
        return 0;
    }
    const command = await loadCommand(name);
    if (!command) {
        io.err(`stable-sync: unknown command '${name}'. Run 'stable-sync --help' for the list.`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        io.out(commandHelp(command));
        return 0;
    }
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...rest],
            options: command.options,
            allowPositionals: command.allowPositionals ?? false,
            strict: true
        });
    }
    catch (e) {
        io.err(`stable-sync ${name}: ${e.message}\n${commandHelp(command)}`);
        return 2;
    }
    const log = stderrLogger(Boolean(parsed.values.verbose));
    try {
        return await command.run({
            values: parsed.values,
            positionals: parsed.positionals,
            out: io.out,
            log: {
                ...log,
                info: m => io.err(m),
                warning: m => io.err(`warning: ${m}`),
                error: m => io.err(`error: ${m}`)
            },
            cwd: io.cwd,
            env: io.env
        });
    }
    catch (e) {
        if (e instanceof errors/* StableSyncError */.dW) {
            io.err(`stable-sync ${name}: ${e.message}`);
            return e.exitCode;
        }
        if (e instanceof run/* CommandError */.Qd && e.code === 127) {
            io.err(`stable-sync ${name}: ${e.message}. Install it (see README: Requirements).`);
            return 2;
        }
        io.err(`stable-sync ${name}: unexpected error: ${e.stack ?? String(e)}`);
        return 1;
    }
}


/***/ }),

/***/ 9473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yv: () => (/* binding */ FindingError),
/* harmony export */   dW: () => (/* binding */ StableSyncError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * Typed errors carry what went wrong and how to fix it. Entry points (CLI, actions) map them to exit
 * codes / setFailed; nothing else decides how a run ends.
 *   exit 2: bad input (config, arguments, missing tools)   exit 1: a finding that needs a human
 */
class StableSyncError extends Error {
    exitCode = 1;
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** Bad input: a wrong argument, a missing file or tool. Exit 2. */
class InputError extends StableSyncError {
    exitCode = 2;
}
/** A configuration file is wrong. The message names file, line and key and says how to fix it. */
class ConfigError extends InputError {
    location;
    problem;
    hint;
    constructor(location, problem, hint) {
        const where = `${location.file}${location.line ? `:${location.line}` : ''}${location.key ? ` (${location.key})` : ''}`;
        super(`${where}: ${problem}${hint ? `. ${hint}` : ''}`);
        this.location = location;
        this.problem = problem;
        this.hint = hint;
    }
}
/** The engine found something a maintainer must look at (pin not an ancestor, series that does not apply). */
class FindingError extends StableSyncError {
}


/***/ }),

/***/ 1767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   eF: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony exports mergeEnv, haveProgram */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);

/** A program exited non-zero (or could not be started) where success was required. */
class CommandError extends Error {
    command;
    args;
    code;
    stderr;
    constructor(command, args, code, stderr) {
        const shown = [command, ...args].map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
        super(`${shown} failed (exit ${code})${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-5).join('\n')}` : ''}`);
        this.command = command;
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.name = 'CommandError';
    }
}
function mergeEnv(extra) {
    const env = { ...process.env };
    for (const [k, v] of Object.entries(extra ?? {})) {
        if (v === undefined)
            delete env[k];
        else
            env[k] = v;
    }
    return env;
}
/** Run a program to completion, collecting its output. */
function run(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: mergeEnv(options.env),
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const out = [];
        const err = [];
        let timer;
        if (options.timeoutMs)
            timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
        options.onSpawn?.(() => child.kill('SIGTERM'));
        const onStdout = options.onStdout;
        child.stdout.on('data', onStdout ?? ((b) => out.push(b)));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', e => {
            if (timer)
                clearTimeout(timer);
            const missing = e.code === 'ENOENT';
            reject(new CommandError(command, args, 127, missing ? `${command}: not found on PATH` : e.message));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out),
                stderr: Buffer.concat(err).toString('utf8')
            };
            if (result.code !== 0 && !options.allowFailure) {
                reject(new CommandError(command, args, result.code, result.stderr));
            }
            else
                resolve(result);
        });
        // A program that exits without reading its input must not crash us with EPIPE.
        child.stdin.on('error', () => undefined);
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
/** Is a program on PATH? */
async function haveProgram(name) {
    try {
        const r = await run('sh', ['-c', 'command -v "$1"', 'sh', name], { allowFailure: true });
        return r.code === 0;
    }
    catch {
        return false;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9713);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
