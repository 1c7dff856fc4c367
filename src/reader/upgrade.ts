/**
 * When the phone's reader hands over to reveal.js: a key only reveal.js or its plugins answer
 * (a letter or sign: the map, search, the theme, backup slides, help; Esc: the overview). Keys
 * the browser scrolls with (arrows, space, page keys) stay the reader's, and so does typing in a
 * field.
 */
export function asksForReveal(e: Pick<KeyboardEvent, 'key' | 'target'>): boolean {
  const target = e.target as HTMLElement | null
  if (target?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return false
  return e.key === 'Escape' || (e.key.length === 1 && e.key !== ' ')
}

/**
 * The key again, once reveal.js listens: the same key, code and modifiers (reveal.js reads
 * keyCode), pressed and released. The release goes where a browser sends it, to the element the
 * press focused: the search box opened by Ctrl+Shift+F arms itself on a key's release.
 */
export function replayKey(e: KeyboardEvent): void {
  const init: KeyboardEventInit & { keyCode: number; which: number } = {
    key: e.key,
    code: e.code,
    keyCode: e.keyCode,
    which: e.which,
    ctrlKey: e.ctrlKey,
    shiftKey: e.shiftKey,
    altKey: e.altKey,
    metaKey: e.metaKey,
    bubbles: true,
    cancelable: true,
  }
  const target = e.target instanceof Element && e.target.isConnected ? e.target : document
  target.dispatchEvent(new KeyboardEvent('keydown', init))
  ;(document.activeElement ?? document).dispatchEvent(new KeyboardEvent('keyup', init))
}
