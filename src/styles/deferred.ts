/**
 * The CSS no first screen needs: KaTeX's (formulas), the diagrams' and the overlays' (argument
 * map, keyboard help, search box). boot.ts imports this module dynamically, so Vite ships it as a
 * stylesheet of its own that loads beside the script instead of blocking the first paint; the
 * slides whose blocks need it are not painted before reveal.js starts (head.ts startSlideRules),
 * and reveal.js starts once it has loaded. Order as before: KaTeX's rules, then the deck's
 * overrides of them (deck.css scopes those under .reveal so they still win), diagrams, overlays.
 */
import 'katex/dist/katex.min.css'
import './diagrams.css'
import './chrome.css'
