// Types for the generated standalone validator (scripts/build-config-validator.mjs).
import type { ValidateFunction } from 'ajv'

export declare const validate: ValidateFunction
export default validate
