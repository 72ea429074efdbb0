/** The importer's panels for the options page (mounted by src/options/ImportSlot.tsx). */
export { ImportPanel } from './ImportPanel'
export { ApiScanPanel } from './ApiScanPanel'
