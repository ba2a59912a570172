export const id = 463;
export const ids = [463];
export const modules = {

/***/ 4463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubRepo: () => (/* binding */ createGitHubRepo),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/** How many times a rate-limited request is retried before the run fails. */
const RATE_LIMIT_RETRIES = 3;
function createOctokit(options) {
    const { log } = options;
    const unit = options.timeUnitMs ?? 1000;
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        log: {
            debug: m => log.debug(m),
            info: m => log.debug(m),
            warn: m => log.warning(m),
            error: m => log.error(m)
        },
        retry: { retryAfterBaseValue: unit, retries: options.retries ?? 3 },
        throttle: {
            retryAfterBaseValue: unit,
            // GitHub's guidance, as the plugin's own defaults (1 s between writes, 3 s between writes that
            // notify), but on our time unit so tests are not slowed by real-world spacing.
            write: spacedGroup(unit),
            notifications: spacedGroup(3 * unit),
            onRateLimit: (retryAfter, opts, _o, retryCount) => {
                log.warning(`GitHub rate limit on ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
                return retryCount < RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => {
                log.warning(`GitHub secondary rate limit on ${opts.method} ${opts.url}; retrying after ${retryAfter}s`);
                return retryCount < RATE_LIMIT_RETRIES;
            }
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}
function createGitHubRepo(repo, options) {
    return { ...repo, octokit: createOctokit(options), log: options.log };
}
/**
 * A stand-in for the plugin's Bottleneck groups (`group.key(id).schedule(opts, fn, ...args)`): runs
 * jobs one at a time, at least `minTimeMs` apart.
 */
function spacedGroup(minTimeMs) {
    let last = 0;
    let queue = Promise.resolve();
    const limiter = {
        schedule(_opts, fn, ...args) {
            const turn = queue.then(async () => {
                const wait = last + minTimeMs - Date.now();
                if (wait > 0)
                    await new Promise(resolve => setTimeout(resolve, wait));
                last = Date.now();
            });
            queue = turn.catch(() => undefined);
            return turn.then(() => fn(...args));
        }
    };
    return { key: () => limiter };
}


/***/ })

};
