// Wiring only; handlers live one per file in this folder.
chrome.runtime.onInstalled.addListener(() => undefined)
