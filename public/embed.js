/*
 * Kiruna citizen promises chat: one line on any kiruna.se page,
 *   <script src="https://<bot>/embed.js" data-lang="sv" defer></script>
 * adds a launcher button; the chat opens in an iframe from the bot's own origin, so the host page's CSP needs no change.
 * Nothing else loads until the resident opens the chat. Styles are set from script (no <style>, no stylesheet).
 */
(function () {
  'use strict';
  var TEXTS = __TEXTS__;
  var script = document.currentScript;
  if (!script || window.__kirunaChatLoaded) return;
  window.__kirunaChatLoaded = true;

  var origin = new URL(script.src).origin;
  var wanted = (script.getAttribute('data-lang') || document.documentElement.lang || 'sv').toLowerCase().split(/[-_]/)[0];
  var lang = wanted === 'sme' ? 'se' : TEXTS[wanted] ? wanted : 'sv';
  var text = TEXTS[lang];
  var ACCENT = '#00507f';
  var panelId = 'kiruna-chat-panel';

  function setStyles(element, styles) {
    for (var name in styles) element.style.setProperty(name, styles[name]);
  }

  // A visible focus ring whatever the host page's stylesheet does to outlines.
  function addFocusRing(element, color) {
    element.addEventListener('focus', function () {
      var keyboard = true;
      try { keyboard = element.matches(':focus-visible'); } catch (e) { /* old browsers: always show it */ }
      if (keyboard) setStyles(element, { outline: '3px solid ' + color, 'outline-offset': '3px' });
    });
    element.addEventListener('blur', function () { setStyles(element, { outline: 'none' }); });
  }

  var launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.id = 'kiruna-chat-launcher';
  launcher.textContent = text.open;
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', panelId);
  launcher.setAttribute('lang', lang);
  setStyles(launcher, {
    position: 'fixed', right: '1rem', bottom: '1rem', 'z-index': '2147483000',
    font: '600 1rem/1.25 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    color: '#ffffff', background: ACCENT, border: '2px solid #ffffff', 'border-radius': '999px',
    padding: '0.75rem 1.25rem', cursor: 'pointer', 'box-shadow': '0 2px 8px rgba(0,0,0,0.3)', 'max-width': 'calc(100vw - 2rem)'
  });
  addFocusRing(launcher, '#1b1b1b');

  var panel = null;
  var iframe = null;

  function buildPanel() {
    panel = document.createElement('div');
    panel.id = panelId;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', text.frameTitle);
    panel.setAttribute('lang', lang);
    panel.hidden = true;
    setStyles(panel, {
      position: 'fixed', right: '1rem', bottom: '4.75rem', 'z-index': '2147483000',
      width: 'min(26rem, calc(100vw - 2rem))', height: 'min(40rem, calc(100vh - 6rem))',
      background: '#ffffff', border: '1px solid #6b7780', 'border-radius': '8px', overflow: 'hidden',
      'box-shadow': '0 4px 24px rgba(0,0,0,0.3)', display: 'none', 'flex-direction': 'column'
    });

    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = text.close;
    setStyles(close, {
      'align-self': 'flex-end', margin: '0.25rem', padding: '0.375rem 0.75rem', cursor: 'pointer',
      font: '600 0.9375rem/1.25 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      color: ACCENT, background: '#ffffff', border: '2px solid ' + ACCENT, 'border-radius': '4px'
    });
    addFocusRing(close, ACCENT);
    close.addEventListener('click', closeChat);

    iframe = document.createElement('iframe');
    iframe.title = text.frameTitle;
    iframe.src = origin + '/?lang=' + encodeURIComponent(lang) + '&embed=1';
    setStyles(iframe, { flex: '1 1 auto', width: '100%', border: '0' });

    panel.appendChild(close);
    panel.appendChild(iframe);
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') closeChat();
    });
    document.body.appendChild(panel);
  }

  function openChat() {
    if (!panel) buildPanel();
    panel.hidden = false;
    panel.style.setProperty('display', 'flex');
    launcher.setAttribute('aria-expanded', 'true');
    iframe.focus();
    if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: 'kiruna-chat:focus' }, origin);
  }

  function closeChat() {
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    panel.style.setProperty('display', 'none');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
    if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: 'kiruna-chat:closed' }, origin);
  }

  // The chat page focuses its send box a moment after it is opened. Closed in that moment (on a slow device), the
  // closed chat would take the focus from the launcher; it goes back to the launcher.
  launcher.addEventListener('blur', function () {
    setTimeout(function () {
      if (panel && panel.hidden && document.activeElement === iframe) launcher.focus();
    }, 0);
  });

  launcher.addEventListener('click', function () {
    if (panel && !panel.hidden) closeChat();
    else openChat();
  });

  // Escape pressed inside the iframe arrives as a message from the chat page.
  window.addEventListener('message', function (event) {
    if (event.origin === origin && iframe && event.source === iframe.contentWindow && event.data && event.data.type === 'kiruna-chat:close') {
      closeChat();
    }
  });

  function mount() { document.body.appendChild(launcher); }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
