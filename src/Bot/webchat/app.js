'use strict';

// The students' page: connects Web Chat to the bot and wires the quick exit.
// Nothing is stored in the browser: no cookies, no localStorage or sessionStorage, and a new
// anonymous user id on every page load.
(function () {
  var directLine = null;
  var exitUrl = 'https://www.weather.gov/';
  var nonce = document.querySelector('meta[name="csp-nonce"]').content;
  // The page's language ("/?lang=es"): Web Chat's own strings, and every activity's locale, which the bot answers in.
  var locale = document.querySelector('meta[name="chat-locale"]').content;

  // Quick exit (trauma-informed practice for sites survivors use): blank the page at once,
  // end the conversation, and replace this page in the history with a neutral site.
  function quickExit() {
    document.title = 'Weather';
    document.body.innerHTML = '';
    try { if (directLine) directLine.end(); } catch (e) { /* leaving anyway */ }
    try { window.sessionStorage.clear(); window.localStorage.clear(); } catch (e) { /* nothing stored */ }
    window.location.replace(exitUrl);
  }

  document.getElementById('quick-exit').addEventListener('click', quickExit);

  // Shift pressed three times within 5 seconds (the GOV.UK pattern; not Esc, which browsers also use).
  var shiftPresses = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat) return;
    var now = Date.now();
    shiftPresses = shiftPresses.filter(function (time) { return now - time < 5000; });
    shiftPresses.push(now);
    if (shiftPresses.length >= 3) quickExit();
  }, true); // capture: works wherever focus is, even inside Web Chat

  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body || {}),
      cache: 'no-store',
      credentials: 'omit'
    }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  function focusSendBox() {
    var attempts = 0;
    var timer = setInterval(function () {
      var input = document.querySelector('#webchat [data-id="webchat-sendbox-input"], #webchat input[type="text"], #webchat textarea');
      if (input || ++attempts > 100) {
        clearInterval(timer);
        if (input) input.focus();
      }
    }, 100);
  }

  var styleOptions = {
    accent: '#0b4f8a',
    hideUploadButton: true,
    sendBoxTextWrap: true,
    suggestedActionLayout: 'flow',
    bubbleBackground: '#f2f4f8',
    bubbleTextColor: '#1b1b1f',
    bubbleFromUserBackground: '#0b4f8a',
    bubbleFromUserTextColor: '#ffffff',
    suggestedActionTextColor: '#0b4f8a',
    suggestedActionBorderColor: '#0b4f8a',
    subtle: '#44474f',
    timestampColor: '#44474f',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
  };

  fetch('/api/webchat/config', { cache: 'no-store', credentials: 'omit' })
    .then(function (response) { return response.json(); })
    .then(function (config) {
      exitUrl = config.exitUrl || exitUrl;
      if (config.mode === 'embedded') {
        var userId = 'dl_' + randomId();
        return postJson(config.tokenUrl, { user: { id: userId }, locale: locale }).then(function (grant) {
          return { token: grant.token, domain: window.location.origin + config.domain, webSocket: false };
        });
      }
      return postJson(config.tokenUrl).then(function (grant) {
        return { token: grant.token, domain: config.domain, webSocket: true };
      });
    })
    .then(function (session) {
      directLine = window.WebChat.createDirectLine({ token: session.token, domain: session.domain, webSocket: session.webSocket });
      // Say hello once connected, so the bot welcomes the student even where the channel does not
      // announce the user joining (Azure Direct Line); the bot welcomes once per conversation.
      var store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: locale } } });
            }
            return next(action);
          };
        };
      });
      // No userID here: the token carries it, and the server uses that one whatever the page says.
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        locale: locale,
        nonce: nonce,
        styleOptions: styleOptions
      }, document.getElementById('webchat'));
      focusSendBox();
    })
    .catch(function () {
      document.getElementById('chat-error').hidden = false;
    });
}());
