export const id = 920;
export const ids = [920];
export const modules = {

/***/ 920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jobRecordCommand: () => (/* binding */ jobRecordCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/build/job-record.js

function jobRecord(i) {
    const base = {
        kind: i.kind,
        id: i.id,
        release: i.release,
        arch: i.arch,
        ...(i.source ? { source: i.source } : {})
    };
    const fallback = i.outcome === 'success'
        ? 'success'
        : i.jobStatus === 'cancelled' || i.outcome === 'cancelled'
            ? 'cancelled'
            : 'failure';
    if (i.kind === 'build') {
        const build = i.build;
        const debs = build?.debs;
        // The build gate's verdicts (lintian, autopkgtest) go to the report as the build wrote them;
        // report.ts's parseRecord checks their shape when it reads the record back.
        const gate = build?.gate && typeof build.gate === 'object' ? build.gate : undefined;
        return {
            ...base,
            status: fallback,
            debs: Array.isArray(debs) ? debs.map(d => (0,external_node_path_.basename)(String(d?.file ?? ''))).filter(Boolean) : [],
            ...(gate ? { gate } : {})
        };
    }
    const kvm = i.kvm;
    const result = kvm
        ? kvm.exitCode === 77
            ? 'skip'
            : kvm.verdict === 'pass'
                ? 'pass'
                : 'fail'
        : i.boot?.result;
    const verdict = kvm ? kvm.label : i.boot?.result;
    const reason = kvm ? kvm.reason : i.boot?.reason;
    const accel = kvm ? kvm.boot?.accel?.used : i.boot?.accel;
    const one = (s) => String(s ?? '')
        .replace(/\s+/g, ' ')
        .trim();
    return {
        ...base,
        // A guest that cannot virtualize at all (exit 77, or the harness's skip) is a skip, not a failure.
        status: result === 'skip' ? 'skipped' : fallback,
        ...(one(verdict) ? { verdict: one(verdict) } : {}),
        ...(one(reason) ? { reason: one(reason) } : {}),
        ...(one(accel) ? { accel: one(accel) } : {})
    };
}

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/cli/command.js
var command = __webpack_require__(3192);
;// CONCATENATED MODULE: ./build/cli/commands/job-record.js





/**
 * `stable-sync job-record`: write one build or boot job's result record (`<id>.<kind>.json` in
 * --out) for the report job, from the step outcome and the build's or kvm-test's JSON output.
 * A missing or unreadable JSON file is no error: the job failed before writing it.
 */
const jobRecordCommand = {
    name: 'job-record',
    summary: "Write a workflow build/boot job's result record for the report.",
    usage: '--kind build|boot --id ID --release R --arch A --outcome OUTCOME --job-status STATUS --out DIR [--source NAME] [--build-json FILE] [--kvm-json FILE] [--boot-result R --boot-reason TEXT --boot-accel A]',
    options: {
        kind: { type: 'string', description: 'build or boot (required)' },
        id: { type: 'string', description: "The matrix entry's id, [A-Za-z0-9._-] (required)" },
        source: { type: 'string', description: 'The source package name', default: 'none' },
        release: { type: 'string', description: 'The distribution release built for' },
        arch: { type: 'string', description: 'The architecture built for' },
        outcome: { type: 'string', description: "The build or boot step's outcome (success, failure, skipped…)" },
        'job-status': { type: 'string', description: 'The job status (job.status)' },
        'build-json': {
            type: 'string',
            description: "stable-sync build's --json output file",
            default: 'none: no build details'
        },
        'kvm-json': { type: 'string', description: "stable-sync kvm-test's --json output file", default: 'none' },
        'boot-result': {
            type: 'string',
            description: "The boot test's result (pass, fail, skip)",
            default: 'none'
        },
        'boot-reason': { type: 'string', description: "The boot test's reason", default: 'none' },
        'boot-accel': {
            type: 'string',
            description: 'The accelerator the boot used (kvm, tcg)',
            default: 'none'
        },
        out: {
            type: 'string',
            description: 'The directory the record <id>.<kind>.json is written to (required)'
        },
        verbose: command/* commonOptions */.OP.verbose
    },
    async run(ctx) {
        const str = (k) => ctx.values[k] ?? '';
        const kind = str('kind');
        if (kind !== 'build' && kind !== 'boot')
            throw new errors/* InputError */.dz(`--kind must be build or boot, not '${kind}'`);
        const id = str('id');
        if (!/^[A-Za-z0-9._-]+$/.test(id))
            throw new errors/* InputError */.dz(`--id '${id}' is not a matrix id ([A-Za-z0-9._-])`);
        if (!str('out'))
            throw new errors/* InputError */.dz('--out DIR is required: where the record is written');
        const readJson = (k) => {
            if (!str(k))
                return undefined;
            const file = (0,external_node_path_.resolve)(ctx.cwd, str(k));
            if (!(0,external_node_fs_.existsSync)(file))
                return undefined;
            try {
                return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
            }
            catch (e) {
                ctx.log.warning(`${file}: not JSON (${e.message}); recorded without it`);
                return undefined;
            }
        };
        const record = jobRecord({
            kind,
            id,
            source: str('source') || undefined,
            release: str('release'),
            arch: str('arch'),
            outcome: str('outcome'),
            jobStatus: str('job-status'),
            build: readJson('build-json'),
            kvm: readJson('kvm-json'),
            boot: { result: str('boot-result'), reason: str('boot-reason'), accel: str('boot-accel') }
        });
        const dir = (0,external_node_path_.resolve)(ctx.cwd, str('out'));
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, `${id}.${kind}.json`), JSON.stringify(record));
        ctx.out(JSON.stringify(record));
        return 0;
    }
};


/***/ })

};
