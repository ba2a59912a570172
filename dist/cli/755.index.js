export const id = 755;
export const ids = [755];
export const modules = {

/***/ 6755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var _engine_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1936);

/** `stable-sync verify`: see docs/engine.md. Exit 0 ok, 1 a finding for a human, 2 bad input. */
const verifyCommand = {
    name: 'verify',
    summary: 'Apply the whole series at fuzz 0 onto the pinned upstream tree and compare it with the stable tip.',
    usage: '[--repo DIR] [--config FILE] [--track NAME] [--now YYYY-MM-DD] [--cache-dir DIR] [--json]',
    options: _engine_run_js__WEBPACK_IMPORTED_MODULE_0__/* .engineOptions */ .ll,
    run: ctx => (0,_engine_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runEngineCommand */ .pQ)('verify', ctx)
};


/***/ })

};
