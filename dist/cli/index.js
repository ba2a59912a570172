#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(773);

// The bundled CLI entry point (dist/cli/index.js): only this file touches process.exit state.
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    out: t => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: t => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    cwd: process.cwd(),
    env: process.env
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 773:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/errors.ts
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
class FindingError extends (/* unused pure expression or super */ null && (StableSyncError)) {
}

;// CONCATENATED MODULE: ./src/log.ts
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/process/run.ts

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
        const child = spawn(command, args, {
            cwd: options.cwd,
            env: mergeEnv(options.env),
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const out = [];
        const err = [];
        let timer;
        if (options.timeoutMs)
            timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
        child.stdout.on('data', (b) => out.push(b));
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

;// CONCATENATED MODULE: ./src/version.ts
/** stable-sync's own version; a unit test keeps it equal to package.json's. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
// Placeholder until the config loader lands (issue 2); replaced by the real command.
const validateCommand = {
    name: 'validate',
    summary: 'Load and validate the configuration, and print what was understood.',
    usage: '[--repo DIR] [--config FILE] [--json]',
    options: { repo: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' } },
    async run() {
        return 2;
    }
};

;// CONCATENATED MODULE: ./src/cli/commands/index.ts

/** Every subcommand, in the order `--help` lists them. Each lives in its own file. */
const commands = [validateCommand];

;// CONCATENATED MODULE: ./src/cli/main.ts






function helpText() {
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
        io.out(helpText());
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-V') {
        io.out(VERSION);
        return 0;
    }
    const command = commands.find(c => c.name === name);
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
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
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
            log: { ...log, info: m => io.err(m), warning: m => io.err(`warning: ${m}`), error: m => io.err(`error: ${m}`) },
            cwd: io.cwd,
            env: io.env
        });
    }
    catch (e) {
        if (e instanceof StableSyncError) {
            io.err(`stable-sync ${name}: ${e.message}`);
            return e.exitCode;
        }
        if (e instanceof CommandError && e.code === 127) {
            io.err(`stable-sync ${name}: ${e.message}. Install it (see README: Requirements).`);
            return 2;
        }
        io.err(`stable-sync ${name}: unexpected error: ${e.stack ?? String(e)}`);
        return 1;
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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
