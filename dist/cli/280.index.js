export const id = 280;
export const ids = [280];
export const modules = {

/***/ 9280:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyCommand: () => (/* binding */ applyCommand)
/* harmony export */ });
/* harmony import */ var _engine_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1936);

/** `stable-sync apply`: see docs/engine.md. Exit 0 ok, 1 a finding for a human, 2 bad input. */
const applyCommand = {
    name: 'apply',
    summary: 'Write the new patches, debian/patches/series and a debian/changelog entry (verified first; no commit).',
    usage: '[--repo DIR] [--config FILE] [--track NAME] [--now YYYY-MM-DD] [--cache-dir DIR] [--json]',
    options: _engine_run_js__WEBPACK_IMPORTED_MODULE_0__/* .engineOptions */ .ll,
    run: ctx => (0,_engine_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runEngineCommand */ .pQ)('apply', ctx)
};


/***/ })

};
