export { findOffice } from '../../.ci/tools.mjs';
