// The visitor's first sign of use, which starts the home page's explorer (explorer.tsx): a pointer move, a tap, a
// key, a wheel turn or focus.
export const INTENT = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel', 'focusin'];

declare global {
  interface Window {
    /** Set by INTENT_SCRIPT when the visitor moved, tapped or typed before the explorer's script was listening. */
    __explorerIntent?: boolean;
  }
}

/**
 * Inlined in the home page's HTML (page.tsx), so a move made while the page is still hydrating is not lost: it notes
 * the first one, and the explorer starts at once if it was noted.
 */
export const INTENT_SCRIPT = `(function(){var t=${JSON.stringify(INTENT)};function f(){window.__explorerIntent=true;t.forEach(function(e){removeEventListener(e,f,true)})}t.forEach(function(e){addEventListener(e,f,{capture:true,passive:true})})})()`;
