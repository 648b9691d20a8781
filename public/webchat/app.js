/*
 * Starts Web Chat on the chat page. Plain ES2017, no build step: the page loads Web Chat's minimal bundle first
 * (window.WebChat), then this file. Settings come from the page's JSON block, so no inline script is needed.
 */
(function () {
  'use strict';

  var root = document.getElementById('webchat');
  var configElement = document.getElementById('webchat-config');
  if (!root || !configElement) return;
  var config = JSON.parse(configElement.textContent);

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /*
   * The minimal bundle has no Markdown renderer. The bot's replies use a small part of Markdown (paragraphs, lists,
   * **bold**, [links](https://…)); everything else is shown as text. The input is escaped first, so the output is safe.
   */
  function renderInline(text) {
    return escapeHtml(text)
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+|mailto:[^\s)]+|tel:[^\s)]+)\)/g, function (_, label, href) {
        var external = /^https?:/.test(href);
        return '<a href="' + href + '"' + (external ? ' target="_blank" rel="noopener noreferrer"' : '') + '>' + label + '</a>';
      });
  }

  function renderMarkdown(markdown) {
    return String(markdown || '')
      .split(/\n{2,}/)
      .map(function (block) {
        var lines = block.split('\n');
        if (lines.every(function (line) { return /^\s*[-*•]\s+/.test(line); })) {
          return '<ul>' + lines.map(function (line) { return '<li>' + renderInline(line.replace(/^\s*[-*•]\s+/, '')) + '</li>'; }).join('') + '</ul>';
        }
        return '<p>' + lines.map(renderInline).join('<br>') + '</p>';
      })
      .join('');
  }

  function showError() {
    root.setAttribute('aria-busy', 'false');
    root.textContent = '';
    var message = document.createElement('p');
    message.className = 'chat-error';
    message.setAttribute('role', 'alert');
    message.textContent = config.loadError;
    root.appendChild(message);
  }

  function fetchToken() {
    return fetch(config.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ lang: config.lang }),
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) throw new Error('token route answered ' + response.status);
      return response.json();
    });
  }

  // Web Chat has no Northern Sami: its interface runs in Swedish with our Sami overrides, and this tells the bot the
  // resident's real language on every message.
  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && config.activityLocale) {
            var activity = Object.assign({}, action.payload.activity, { locale: config.activityLocale });
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: activity }) });
          }
          return next(action);
        };
      };
    });
  }

  function start() {
    if (!window.WebChat) return Promise.reject(new Error('Web Chat bundle not loaded'));
    return fetchToken().then(function (grant) {
      var domain = /^https?:/.test(config.domain) ? config.domain : location.origin + config.domain;
      var directLine = window.WebChat.createDirectLine({
        token: grant.token,
        domain: domain,
        webSocket: false,
        pollingInterval: 1000,
        conversationStartProperties: { locale: config.activityLocale }
      });
      root.textContent = '';
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          store: createStore(),
          userID: grant.userId,
          locale: config.webchatLocale,
          overrideLocalizedStrings: config.strings,
          renderMarkdown: renderMarkdown,
          styleOptions: config.styleOptions
        },
        root
      );
      root.setAttribute('aria-busy', 'false');
      if (config.embed) focusSendBox();
    });
  }

  // The send box may not exist yet when the host page opens the chat: look for it a few times. Closing the chat
  // stops the search, so that a closed chat does not take the focus.
  var focusTimer = null;
  function focusSendBox() {
    var tries = 0;
    stopFocusing();
    if (tryFocus()) return;
    focusTimer = setInterval(function () {
      if (tryFocus() || ++tries > 50) stopFocusing();
    }, 100);
  }
  function tryFocus() {
    var input = root.querySelector('input[type="text"], textarea');
    if (input) input.focus();
    return Boolean(input);
  }
  function stopFocusing() {
    if (focusTimer !== null) clearInterval(focusTimer);
    focusTimer = null;
  }

  // Inside the embed iframe, Escape closes the chat: the launcher on the host page listens for this message.
  if (config.embed && window.parent !== window) {
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        window.parent.postMessage({ type: 'kiruna-chat:close' }, '*');
      }
    });
    window.addEventListener('message', function (event) {
      if (event.source !== window.parent || !event.data) return;
      if (event.data.type === 'kiruna-chat:focus') focusSendBox();
      if (event.data.type === 'kiruna-chat:closed') stopFocusing();
    });
  }

  start().catch(showError);
})();
