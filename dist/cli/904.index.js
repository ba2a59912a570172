export const id = 904;
export const ids = [904];
export const modules = {

/***/ 8904:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeConfig: () => (/* binding */ describeConfig),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _config_normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6328);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3192);


const list = (items, none) => (items.length ? items.join(', ') : none);
function calendarLine(c) {
    if (!c)
        return 'none (always fixes mode)';
    const events = [
        ['feature-freeze', c.featureFreeze, c.milestones?.featureFreeze],
        ['beta-freeze', c.betaFreeze, c.milestones?.betaFreeze],
        ['release', c.release, c.milestones?.release]
    ];
    const parts = events.flatMap(([name, date, milestone]) => date ? [`${name} ${date}`] : milestone ? [`${name} at milestone '${milestone}'`] : []);
    return list(parts, 'none (always fixes mode)');
}
function describeTrack(t, top) {
    const row = (label, value) => `  ${`${label}:`.padEnd(18)}${value}`;
    return [
        `track ${t.name} (pull request branch stable-sync/${t.name})`,
        row('upstream', `${t.upstream.url}, branch ${t.upstream.branch}`),
        row('tag template', t.pin === 'changelog'
            ? t.upstream.tag
            : `${t.upstream.tag} (pin ${t.pin} → tag ${t.upstream.tag.replaceAll('{version}', t.pin)})`),
        row('origin', t.upstream.commitUrl ?? 'commit:<sha> (no commit-url)'),
        row('package dir', t.package === '.' ? '. (debian/ at the repository root)' : `${t.package} (${t.package}/debian)`),
        row('pin', t.pin === 'changelog' ? "upstream part of debian/changelog's top version" : `${t.pin} (fixed)`),
        row('paths', list(t.paths, 'all')),
        row('exclude paths', list(t.exclude.paths, 'none')),
        row('exclude subjects', list(t.exclude.subjects, 'none')),
        row('patch dir', t.patchDir),
        row('version files', list(t.versionFiles, 'none')),
        row('calendar', calendarLine((0,_config_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveCalendar */ .yo)(top, t.calendar)))
    ];
}
/** What was understood, for a person: one block per track. */
function describeConfig(config) {
    const identity = config.maintainer
        ? `${config.maintainer.name} <${config.maintainer.email}>`
        : 'from DEBFULLNAME and DEBEMAIL at run time';
    return [
        `${config.file}: valid, ${config.tracks.length} track${config.tracks.length === 1 ? '' : 's'}.`,
        `maintainer: ${identity}`,
        `distribution: ${config.distribution}`,
        `calendar: ${calendarLine(config.calendar)}`,
        ...(config.build
            ? [
                `build: releases ${list(config.build.releases, 'none')}; arches ${list(config.build.arches, 'none')}`
            ]
            : []),
        ...config.tracks.flatMap(t => ['', ...describeTrack(t, config.calendar)])
    ].join('\n');
}
const validateCommand = {
    name: 'validate',
    summary: 'Load and validate the configuration, and print what was understood.',
    usage: '[--repo DIR] [--config FILE] [--json]',
    options: { repo: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' } },
    async run(ctx) {
        // A bad configuration throws ConfigError: the CLI prints it on stderr and exits 2.
        const { config } = await (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCommandConfig */ .e)(ctx);
        ctx.out(ctx.values.json ? JSON.stringify(config, null, 2) : describeConfig(config));
        return 0;
    }
};


/***/ })

};
