/**
 * Puts CSS into a shadow root without inline `<style>` text where the browser allows it:
 * constructable stylesheets are not blocked by a CSP that forbids 'unsafe-inline' styles.
 * Older browsers get a `<style>` element (with the page's nonce, when one was given).
 */
export function adoptStyles(root: ShadowRoot, css: string, nonce?: string): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.appendChild(style);
}
