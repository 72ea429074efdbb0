export function ApiScanPanel() { return null }
