// The local playground (Development only). The professional panel talks to /playground/api and renders
// the bot's Adaptive Cards with the adaptivecards renderer; the client panel is Bot Framework Web Chat
// on the bot's own development Direct Line (/v3/directline, polling). Everything is served by this host.
// The page's own texts live here and in index.html: Dutch first (B1), English second, marked lang="en".
// Texts the bot sends (cards, answers, problems) come in the professional's chosen language.
(function () {
  'use strict';

  const AC = window.AdaptiveCards;
  const WebChat = window.WebChat;
  const directLineDomain = window.location.origin + '/v3/directline';
  const $ = (id) => document.getElementById(id);

  // What tests (and curious developers) can read: the client's conversation as Web Chat saw it.
  const hook = {
    conversationId: null,
    token: null,
    activities: [],
    postsPending: 0,
    postsDone: 0,
    professionalActivities: [],
    summaryRenders: 0,
  };
  window.playground = hook;

  const state = {
    appointmentId: null,
    clientName: null,
    professionalWatermark: null,
    polling: false,
    chat: null,
    chatLocale: 'nl-NL',
  };

  // ---- Adaptive Cards: the same markdown subset Teams renders (bold, italic, lists, escapes) ------------

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  function inlineMarkdown(text) {
    const escaped = [];
    let html = String(text).replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, function (_, c) {
      escaped.push(c);
      return '\u0000' + (escaped.length - 1) + '\u0000';
    });
    html = escapeHtml(html)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[\s(])_(.+?)_(?=$|[\s).,!?:;])/g, '$1<em>$2</em>');
    return html.replace(/\u0000(\d+)\u0000/g, function (_, i) { return escapeHtml(escaped[Number(i)]); });
  }

  function markdownToHtml(text) {
    const out = [];
    let list = null;
    String(text).split('\n').forEach(function (line) {
      const bullet = /^\s*[-*] (.*)$/.exec(line);
      const numbered = /^\s*\d+\. (.*)$/.exec(line);
      const kind = bullet ? 'ul' : numbered ? 'ol' : null;
      if (kind !== list) {
        if (list) { out.push('</' + list + '>'); }
        if (kind) { out.push('<' + kind + '>'); }
        list = kind;
      }
      if (kind) {
        out.push('<li>' + inlineMarkdown((bullet || numbered)[1]) + '</li>');
      } else if (line.trim() === '') {
        out.push('<br>');
      } else {
        out.push(inlineMarkdown(line) + '<br>');
      }
    });
    if (list) { out.push('</' + list + '>'); }
    return out.join('').replace(/(<br>)+$/, '');
  }

  AC.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = markdownToHtml(text);
    result.didProcess = true;
  };

  // The renderer marks a shown or hidden container with aria-expanded, which only its button may carry.
  // It sets the attribute after this hook runs, hence the timeout.
  AC.AdaptiveCard.onElementVisibilityChanged = function (element) {
    setTimeout(function () {
      if (element.renderedElement) {
        element.renderedElement.removeAttribute('aria-expanded');
      }
    }, 0);
  };

  function renderCard(json, host, onAction) {
    const card = new AC.AdaptiveCard();
    card.onExecuteAction = onAction;
    card.parse(json);
    const element = card.render();
    host.replaceChildren(element);
    return card;
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  // A status in the page's own words: Dutch, then (when given) English marked as such.
  function setStatus(id, dutch, english, problem) {
    const element = $(id);
    element.removeAttribute('lang');
    element.textContent = dutch;
    if (english) {
      const span = document.createElement('span');
      span.lang = 'en';
      span.textContent = ' / ' + english;
      element.appendChild(span);
    }
    element.classList.toggle('problem', Boolean(problem));
  }

  // A status in the bot's words (its answer or problem), in the professional's language; markdown as in Teams.
  function setBotStatus(id, text, problem) {
    const element = $(id);
    element.lang = professionalLanguage();
    element.innerHTML = markdownToHtml(text);
    element.classList.toggle('problem', Boolean(problem));
  }

  function professionalLanguage() {
    return $('professional-language').value;
  }

  async function api(method, path, body) {
    const response = await fetch(path, {
      method: method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    return { status: response.status, ok: response.ok, json: json };
  }

  // ---- professional panel ----------------------------------------------------------------------------

  async function loadForm() {
    const result = await api('GET', '/playground/api/form?language=' + professionalLanguage());
    if (!result.ok) {
      setStatus('form-status', 'Het formulier is niet geladen (' + result.status + '). Draait de bot in Development?',
        'the form could not be loaded. Is the bot running in Development?', true);
      return;
    }
    renderCard(result.json.card, $('appointment-form'), onFormAction);
  }

  async function onFormAction(action) {
    if (!(action instanceof AC.SubmitAction)) {
      return;
    }
    setStatus('form-status', 'Afspraak maken…', 'creating the appointment…');
    const result = await api('POST', '/playground/api/appointments?language=' + professionalLanguage(), action.data);
    if (result.status === 201 || result.status === 200) {
      const created = result.json;
      selectAppointment(created.appointmentId, created.clientName);
      state.appointmentLocale = created.language === 'en' ? 'en-US' : 'nl-NL';
      if (created.code) {
        $('invitation-code').textContent = created.code;
        $('invitation-details').textContent = created.clientName + ' · ' + created.start + ' · geldig tot (valid until) ' + created.expires + ' · ' + created.link;
        $('client-code').value = created.code;
        $('use-code').disabled = false;
        setStatus('form-status', 'Afspraak gemaakt voor ' + created.clientName + '.', 'appointment created.');
        showForm(false);
      } else {
        setStatus('form-status', 'Dit formulier is al verstuurd; de afspraak bestaat al.', 'this form was already submitted; the appointment exists.');
      }
      await loadForm();
      return;
    }
    if (result.json && result.json.problem) {
      setBotStatus('form-status', result.json.problem, true);
    } else {
      setStatus('form-status', 'De afspraak is niet gemaakt (' + result.status + ').', 'the appointment was not created.', true);
    }
    if (result.json && result.json.card) {
      renderCard(result.json.card, $('appointment-form'), onFormAction);
    }
  }

  // The panel works on the newest appointment: its summary, its registration assignment, its reminders.
  function selectAppointment(appointmentId, clientName) {
    const changed = state.appointmentId !== appointmentId;
    state.appointmentId = appointmentId;
    state.clientName = clientName;
    $('refresh-summary').disabled = false;
    $('open-registration').disabled = false;
    $('send-reminder').disabled = false;
    if (changed) {
      $('registration-form').hidden = true;
      $('registration-form').replaceChildren();
      setStatus('registration-status', '');
      setStatus('reminder-status', '');
    }
  }

  // After an appointment is made the form folds away, so the code and the summary stay in view.
  function showForm(visible) {
    $('appointment-form').hidden = !visible;
    $('another-appointment').hidden = visible;
  }

  // origin: [Dutch, English]
  function showSummaryCard(card, origin) {
    renderCard(card, $('summary-card'), onSummaryAction);
    hook.summaryRenders++;
    setStatus('summary-status', origin[0], origin[1]);
  }

  function timeOfDay(date) {
    return date.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
  }

  async function onSummaryAction(action) {
    const verb = action.verb || (action.data && action.data.action);
    if (verb === 'refreshSummary' || verb === 'refresh') {
      await refreshSummary();
      return;
    }
    setStatus('summary-status', 'Deze knop werkt in Teams; hier kun je alleen de samenvatting verversen.', 'that button works in Teams; the playground only refreshes the summary.', true);
  }

  async function refreshSummary() {
    if (!state.appointmentId) {
      return;
    }
    const result = await api('GET', '/playground/api/appointments/' + encodeURIComponent(state.appointmentId) + '/summary?language=' + professionalLanguage());
    if (!result.ok) {
      setStatus('summary-status', 'Geen samenvatting voor deze afspraak (' + result.status + ').', 'no summary for this appointment.', true);
      return;
    }
    showSummaryCard(result.json.card, ['Samenvatting ververst om ' + timeOfDay(new Date()) + '.', 'summary refreshed.']);
  }

  async function runScheduledWork() {
    const button = $('run-scheduled-work');
    button.disabled = true;
    try {
      const result = await api('POST', '/playground/api/scheduled-work/run-next');
      if (!result.ok) {
        setStatus('summary-status', 'De geplande taak is mislukt (' + result.status + ').', 'running scheduled work failed.', true);
      } else if (!result.json.ran) {
        setStatus('summary-status', 'Er staat niets gepland.', 'nothing is scheduled.');
      } else if (!result.json.done) {
        setStatus('summary-status', 'Uitgevoerd, maar niet af: ' + result.json.kind + ' (' + result.json.workId + '). Kijk in het log van de bot.',
          'ran, but not finished; see the bot log.', true);
      } else {
        setStatus('summary-status', 'Uitgevoerd: ' + result.json.kind + ' (' + result.json.workId + ').', 'ran the next scheduled item.');
        await pollProfessional();
      }
    } finally {
      button.disabled = false;
    }
  }

  // ---- registration assignment and reminders (the current appointment) --------------------------------

  function appointmentPath(rest) {
    return '/playground/api/appointments/' + encodeURIComponent(state.appointmentId) + rest + '?language=' + professionalLanguage();
  }

  async function openRegistrationForm() {
    if (!state.appointmentId) {
      return;
    }
    const result = await api('GET', appointmentPath('/registration-form'));
    if (!result.ok) {
      if (result.json && result.json.problem) {
        setBotStatus('registration-status', result.json.problem, true);
      } else {
        setStatus('registration-status', 'Het formulier is niet geladen (' + result.status + ').', 'the form could not be loaded.', true);
      }
      return;
    }
    $('registration-form').hidden = false;
    renderCard(result.json.card, $('registration-form'), onRegistrationAction);
  }

  async function onRegistrationAction(action) {
    if (!(action instanceof AC.SubmitAction)) {
      return;
    }
    setStatus('registration-status', 'Opdracht geven…', 'giving the assignment…');
    const result = await api('POST', appointmentPath('/registrations'), action.data);
    if (result.status === 201) {
      setBotStatus('registration-status', result.json.confirmation);
      $('registration-form').hidden = true;
      $('registration-form').replaceChildren();
      $('send-reminder').focus();
      return;
    }
    if (result.json && result.json.problem) {
      setBotStatus('registration-status', result.json.problem, true); // the card keeps what was filled in
    } else {
      setStatus('registration-status', 'De opdracht is niet gegeven (' + result.status + ').', 'the assignment was not given.', true);
    }
  }

  // When a reminder was planned, in the Netherlands' time (as the client gets it), e.g. "di 3 mrt 12:30".
  function plannedText(instant) {
    return new Date(instant).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  }

  async function sendNextReminder() {
    if (!state.appointmentId) {
      return;
    }
    const button = $('send-reminder');
    button.disabled = true;
    try {
      const result = await api('POST', appointmentPath('/reminders/run-next'));
      if (!result.ok) {
        setStatus('reminder-status', 'Het sturen van de herinnering is mislukt (' + result.status + ').', 'sending the reminder failed.', true);
      } else if (!result.json.ran) {
        setStatus('reminder-status', 'Er staat geen herinnering klaar voor deze cliënt, of de opdracht is gepauzeerd of gestopt.',
          'no reminder is waiting for this client, or the assignment is paused or stopped.');
      } else if (!result.json.done) {
        setStatus('reminder-status', 'De herinnering van ' + plannedText(result.json.plannedFor) + ' is niet verstuurd. Kijk in het log van de bot.',
          'the reminder was not sent; see the bot log.', true);
      } else if (!result.json.sent) {
        setStatus('reminder-status', 'De herinnering van ' + plannedText(result.json.plannedFor) + ' was al beantwoord. Er is niets gestuurd.',
          'that reminder was already answered; nothing was sent.');
      } else {
        setStatus('reminder-status', 'De herinnering van ' + plannedText(result.json.plannedFor) + ' is nu gestuurd. Kijk in de chat van de cliënt.',
          'reminder sent now; see the client chat.');
      }
    } finally {
      button.disabled = false;
    }
  }

  async function pollProfessional() {
    if (state.polling) {
      return;
    }
    state.polling = true;
    try {
      const query = state.professionalWatermark ? '?watermark=' + encodeURIComponent(state.professionalWatermark) : '';
      const result = await api('GET', '/playground/api/professional/activities' + query);
      if (!result.ok) {
        return;
      }
      state.professionalWatermark = result.json.watermark || state.professionalWatermark;
      result.json.activities.forEach(function (activity) {
        hook.professionalActivities.push(activity);
        if (activity.text) {
          const item = document.createElement('li');
          item.innerHTML = markdownToHtml(activity.text);
          $('professional-messages').appendChild(item);
        }
        const card = (activity.attachments || []).find(function (a) { return a.contentType === 'application/vnd.microsoft.card.adaptive'; });
        if (card) {
          showSummaryCard(card.content, ['Bezorgd bij de professional om ' + timeOfDay(new Date(activity.timestamp)) + '.', 'delivered to the professional.']);
        }
      });
    } catch (e) {
      // The bot may be restarting; the next poll tries again.
    } finally {
      state.polling = false;
    }
  }

  // ---- Web Chat's own words, and focus after an answer (client panel) ---------------------------------

  // Web Chat's own texts (send box, screen-reader hints) in the bot's voice: plain Dutch with "je", or
  // English when the chat is English. They live in webchat-strings.json, which a site hosting Web Chat
  // can use as it is.
  const webChatStrings = fetch('webchat-strings.json')
    .then(function (response) { return response.ok ? response.json() : {}; })
    .catch(function () { return {}; });

  function webChatLocalizedStrings(own) {
    return function (strings, language) {
      const code = String(language || '').toLowerCase();
      const overrides = code.startsWith('nl') ? own.nl : code.startsWith('en') ? own.en : null;
      return Object.assign({}, strings, overrides || {});
    };
  }

  webChatStrings.then(function (own) { hook.webChatStrings = webChatLocalizedStrings(own); });

  function webChatStyleOptions() {
    return { hideUploadButton: true, bubbleMaxWidth: 600, richCardWrapTitle: true };
  }

  // What the chat's live region says when a card arrives. Web Chat's own version copies the card's fields
  // as unlabelled form controls (it reads their old `title`, not `label`), so a screen reader hears no
  // question. This says the card's heading and its questions as text, leaving out what the message's
  // own text already said.
  function cardForScreenReaderMiddleware() {
    return function () {
      return function (next) {
        return function (args) {
          const attachment = args && args.attachment;
          if (!attachment || attachment.contentType !== 'application/vnd.microsoft.card.adaptive' || !attachment.content) {
            return next.apply(null, arguments);
          }
          const text = cardForScreenReader(attachment.content, String((args.activity && args.activity.text) || ''));
          return function () { return textElement(text); };
        };
      };
    };
  }

  // The card's heading and questions as sentences, leaving out what was already said.
  function cardForScreenReader(card, said) {
    return cardQuestions(card)
      .filter(function (part) { return !said.includes(part); })
      .map(function (part) { return /[.?!:]$/.test(part.trim()) ? part.trim() : part.trim() + '.'; })
      .join(' ');
  }

  // Web Chat checks that a screen-reader renderer returns a React element (strict mode), but its bundle
  // does not export the React 16 it carries. A React 16 element is a plain object of this shape: a span
  // holding the text.
  function textElement(text) {
    return { $$typeof: Symbol.for('react.element'), type: 'span', key: null, ref: null, props: { children: text }, _owner: null };
  }

  function cardQuestions(card) {
    const parts = [];
    (function walk(elements) {
      (elements || []).forEach(function (element) {
        if (!element || typeof element !== 'object') {
          return;
        }
        if (element.type === 'TextBlock' && parts.length === 0 && element.text) {
          parts.push(String(element.text));
        } else if (String(element.type || '').startsWith('Input.') && (element.label || element.title)) {
          parts.push(String(element.label || element.title));
        }
        walk(element.items);
        walk(element.body);
        (element.columns || []).forEach(function (column) { walk(column.items); });
      });
    })(card.body);
    return parts;
  }

  // The renderer names only the first radio button (or check box) with the question. Grouping the
  // choices under the question (role radiogroup or group, named by the question's label) lets a screen
  // reader say the question and the number of choices whichever choice gets the focus.
  function groupChoicesUnderTheirQuestion(root) {
    const sets = root.querySelectorAll('.ac-choiceSetInput-expanded:not([role]), .ac-choiceSetInput-multiSelect:not([role])');
    sets.forEach(function (set) {
      const first = set.querySelector('input[type=radio], input[type=checkbox]');
      const ownLabel = first ? set.querySelector('label[for="' + CSS.escape(first.id) + '"]') : null;
      const ids = first ? (first.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean) : [];
      const question = ids.filter(function (id) { return !ownLabel || id !== ownLabel.id; });
      if (question.length === 0) {
        return;
      }
      set.setAttribute('role', first.type === 'radio' ? 'radiogroup' : 'group');
      set.setAttribute('aria-labelledby', question.join(' '));
      if (ownLabel) {
        first.setAttribute('aria-labelledby', ownLabel.id);
      }
    });
  }

  // After the client answers a card, the bot's next card takes the focus (its first field or button), so
  // keyboard and screen-reader users go on at the new question instead of staying on the old card. Only
  // when the answer came from a card or the code form: someone typing in the send box keeps their place.
  function createCardFocusMover(host) {
    let waiting = false;
    let focused = null;
    const observer = new MutationObserver(function () {
      groupChoicesUnderTheirQuestion(host);
      if (!waiting) {
        return;
      }
      const cards = host.querySelectorAll('.webchat__basic-transcript__activity .ac-adaptiveCard');
      const newest = cards[cards.length - 1];
      if (!newest || newest === focused || newest.contains(document.activeElement) || !focusMayMove()) {
        return;
      }
      const target = firstField(newest);
      if (target) {
        focused = newest;
        target.focus();
      }
    });
    observer.observe(host, { childList: true, subtree: true });

    // Whatever the client does next (a key, a tap) is theirs: no focus moves until they answer again.
    function stopWaiting() { waiting = false; }
    document.addEventListener('keydown', stopWaiting, true);
    document.addEventListener('pointerdown', stopWaiting, true);

    function focusMayMove() {
      const active = document.activeElement;
      return !active || active === document.body || Boolean(active.closest('#start-chat')) ||
        (host.contains(active) && Boolean(active.closest('.ac-adaptiveCard, .webchat__basic-transcript')));
    }

    function firstField(card) {
      const first = card.querySelector('input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])');
      if (first && first.type === 'radio') {
        const checked = card.querySelector('input[type=radio][name="' + CSS.escape(first.name) + '"]:checked');
        return checked || first;
      }
      return first;
    }

    return {
      onAction: function (action) {
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY_PENDING' && focusMayMove()) {
          waiting = true;
        }
      },
      disconnect: function () {
        observer.disconnect();
        document.removeEventListener('keydown', stopWaiting, true);
        document.removeEventListener('pointerdown', stopWaiting, true);
      },
    };
  }

  // ---- client panel ----------------------------------------------------------------------------------

  // code: a new conversation that sends the code first. saved: a kept conversation to continue (see below).
  async function startChat(code, saved) {
    if (state.chat) {
      state.chat.directLine.end();
      state.chat.focusMover.disconnect();
      state.chat = null;
    }
    hook.activities = [];
    hook.postsPending = 0;
    hook.postsDone = 0;
    hook.resumed = Boolean(saved);
    setStatus('chat-status', 'Verbinden…', 'connecting…');

    let token = saved ? saved.token : null;
    if (!saved) {
      forgetSavedChat();
      const generated = await api('POST', directLineDomain + '/tokens/generate', {});
      if (!generated.ok) {
        setStatus('chat-status', 'De Direct Line voor ontwikkeling antwoordt niet (' + generated.status + ').', 'the development Direct Line did not answer.', true);
        return;
      }
      token = generated.json.token;
    }
    hook.token = token;

    const directLine = WebChat.createDirectLine(directLineOptions(token, saved));
    const host = document.createElement('div');
    host.className = 'webchat-host';
    host.style.height = '100%';
    const focusMover = createCardFocusMover(host);
    const store = WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          const result = next(withoutRepeatedQuestion(action));
          focusMover.onAction(action);
          switch (action.type) {
            case 'DIRECT_LINE/CONNECT_FULFILLED':
              hook.conversationId = directLine.conversationId;
              keepChat(directLine);
              if (saved) {
                setStatus('chat-status', 'Je gaat verder in je gesprek van eerder.', 'continuing your earlier chat.');
              } else {
                setStatus('chat-status', 'Verbonden. De uitnodigingscode gaat als eerste bericht naar de bot.', 'connected; the invitation code is sent as the first message.');
              }
              if (code && !saved) {
                setTimeout(function () { api.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: code } }); }, 0);
              }
              break;
            case 'DIRECT_LINE/CONNECT_REJECTED':
              if (saved) {
                chatNotContinued();
              } else {
                setStatus('chat-status', 'Geen verbinding met de bot.', 'could not connect to the bot.', true);
              }
              break;
            case 'DIRECT_LINE/INCOMING_ACTIVITY':
              hook.activities.push(action.payload.activity);
              followChatLanguage(action.payload.activity);
              break;
            case 'DIRECT_LINE/POST_ACTIVITY_PENDING':
              hook.postsPending++;
              break;
            case 'DIRECT_LINE/POST_ACTIVITY_FULFILLED':
            case 'DIRECT_LINE/POST_ACTIVITY_REJECTED':
              hook.postsDone++;
              break;
            default:
              break;
          }
          return result;
        };
      };
    });

    const ownStrings = await webChatStrings;
    $('webchat').replaceChildren(host);
    state.chat = { directLine: directLine, store: store, host: host, focusMover: focusMover, ownStrings: ownStrings };
    renderChat();
  }

  function renderChat() {
    const chat = state.chat;
    chat.host.lang = state.chatLocale.slice(0, 2);
    hook.chatLocale = state.chatLocale;
    WebChat.renderWebChat({
      directLine: chat.directLine,
      store: chat.store,
      locale: state.chatLocale,
      overrideLocalizedStrings: webChatLocalizedStrings(chat.ownStrings),
      attachmentForScreenReaderMiddleware: [cardForScreenReaderMiddleware()],
      styleOptions: webChatStyleOptions(),
    }, chat.host);
  }

  // A card that asks something comes with its question as the message's text and speak (for clients that
  // read only the text). Web Chat would show that text as a bubble right above the same question on the
  // card. Here the card alone is shown; what a screen reader hears for the message, when it arrives and
  // when the client moves to it, is Web Chat's "fallback text": the card's heading and questions.
  function withoutRepeatedQuestion(action) {
    const activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
    const card = activity && (activity.attachments || []).find(function (a) { return a.contentType === 'application/vnd.microsoft.card.adaptive'; });
    if (!card || !card.content || !activity.text || activity.text !== activity.speak) {
      return action;
    }
    const shown = Object.assign({}, activity, {
      channelData: Object.assign({}, activity.channelData, { 'webchat:fallback-text': cardForScreenReader(card.content, '') }),
    });
    delete shown.text;
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: shown }) });
  }

  // ---- the chat's language: the link's (an English appointment's link says lang=en), then the bot's --------

  function initialChatLocale() {
    const saved = loadSavedChat();
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (asked === 'en' || asked === 'nl') {
      return asked === 'en' ? 'en-US' : 'nl-NL';
    }
    return saved && saved.locale === 'en-US' ? 'en-US' : 'nl-NL';
  }

  // The bot marks its replies with the language it speaks (nl-NL or en-US): Web Chat's own texts and the
  // chat's lang attribute follow it, so a screen reader reads English text as English.
  function followChatLanguage(activity) {
    if (!activity.from || activity.from.role !== 'bot' || (activity.locale !== 'en-US' && activity.locale !== 'nl-NL')) {
      return;
    }
    if (activity.locale !== state.chatLocale) {
      state.chatLocale = activity.locale;
      keepChat(state.chat.directLine);
      setTimeout(renderChat, 0);
    }
  }

  // The language buttons name each language in itself: "English" inside a Dutch chat is marked as English.
  function markLanguageButtons() {
    document.querySelectorAll('#webchat .ac-pushButton').forEach(function (button) {
      const label = button.textContent.trim();
      if (label === 'English' || label === 'Nederlands') {
        button.lang = label === 'English' ? 'en' : 'nl';
      }
    });
  }

  new MutationObserver(markLanguageButtons).observe($('webchat'), { childList: true, subtree: true });

  // ---- continuing the chat after a reload or a closed tab (Web Chat's documented pattern) ------------------
  // The conversation id and token are kept in this browser; opening the page again reconnects to that
  // conversation with createDirectLine({ token, conversationId }), which replays what the conversation
  // holds, so the open question is on screen again. The token is refreshed before it expires; a token
  // that expired while the tab was closed is exchanged for a new one of the same conversation.

  const savedChatKey = 'reintegratie.playground.chat';

  function directLineOptions(token, saved) {
    const options = { domain: directLineDomain, token: token, webSocket: false, pollingInterval: 500 };
    if (saved) {
      options.conversationId = saved.conversationId;
    } else {
      options.conversationStartProperties = { locale: state.chatLocale };
    }
    return options;
  }

  function loadSavedChat() {
    try {
      const saved = JSON.parse(window.localStorage.getItem(savedChatKey));
      return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function keepChat(directLine) {
    if (!directLine || !directLine.conversationId || !directLine.token) {
      return;
    }
    hook.token = directLine.token;
    $('forget-chat').hidden = false;
    window.localStorage.setItem(savedChatKey, JSON.stringify({
      conversationId: directLine.conversationId,
      token: directLine.token,
      locale: state.chatLocale,
    }));
  }

  function forgetSavedChat() {
    window.localStorage.removeItem(savedChatKey);
    $('forget-chat').hidden = true;
  }

  // On a shared computer the client removes the chat from this browser: nothing of it stays on the
  // device. The answers stay with the bot; the link with the PIN, or a new code, continues them.
  function forgetChatOnThisDevice() {
    if (state.chat) {
      state.chat.directLine.end();
      state.chat.focusMover.disconnect();
      state.chat = null;
    }
    forgetSavedChat();
    hook.conversationId = null;
    hook.token = null;
    $('webchat').replaceChildren();
    $('client-code').value = '';
    setStatus('chat-status', 'Het gesprek staat niet meer op dit apparaat. Je antwoorden zijn bewaard. Verder gaan? Open de link uit je uitnodiging en typ je pincode. Geen pincode? Vraag je arbeidsdeskundige om een nieuwe code.',
      'the chat is no longer on this device. Your answers are saved. To go on, open the link in your invitation and type your PIN; no PIN? Ask your professional for a new code.');
    $('client-code').focus();
  }

  // Seconds until the token expires (its exp claim), or 0 when it cannot be read.
  function secondsLeft(token) {
    try {
      const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      return Math.max(0, payload.exp - Date.now() / 1000);
    } catch (e) {
      return 0;
    }
  }

  // A token for the kept conversation: the kept one while it lives, else a new one from the site's token endpoint.
  async function tokenToContinue(saved) {
    if (secondsLeft(saved.token) > 60) {
      return saved.token;
    }
    const renewed = await fetch('/playground/api/chat-token', { method: 'POST', headers: { Authorization: 'Bearer ' + saved.token } });
    return renewed.ok ? (await renewed.json()).token : null;
  }

  async function continueSavedChat() {
    const saved = loadSavedChat();
    if (!saved) {
      return false;
    }
    const token = await tokenToContinue(saved);
    if (!token) {
      chatNotContinued();
      return false;
    }
    await startChat(null, { conversationId: saved.conversationId, token: token });
    return true;
  }

  function chatNotContinued() {
    forgetSavedChat();
    setStatus('chat-status', 'Je vorige gesprek kan niet meer worden geopend. Typ je uitnodigingscode om verder te gaan. Heb je een pincode gekozen? Dan vraagt de bot daarna om je pincode.',
      'your earlier chat can no longer be opened. Enter your invitation code; if you chose a PIN, the bot asks for it next.', true);
  }

  // Refreshed well before it expires (Direct Line tokens live 30 minutes), and kept for the next visit.
  async function refreshChatToken() {
    const directLine = state.chat && state.chat.directLine;
    if (!directLine || !directLine.token || !directLine.conversationId) {
      return;
    }
    if (secondsLeft(directLine.token) < 10 * 60) {
      const refreshed = await fetch(directLineDomain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + directLine.token } });
      if (refreshed.ok) {
        directLine.token = (await refreshed.json()).token;
      }
    }
    keepChat(directLine);
  }

  // ---- start -----------------------------------------------------------------------------------------

  $('professional-language').addEventListener('change', function () {
    loadForm();
    if (!$('registration-form').hidden) {
      openRegistrationForm();
    }
  });
  $('refresh-summary').addEventListener('click', refreshSummary);
  $('another-appointment').addEventListener('click', function () {
    showForm(true);
    setStatus('form-status', '');
    $('appointment-form').querySelector('input, select, textarea').focus();
  });
  $('run-scheduled-work').addEventListener('click', runScheduledWork);
  $('forget-chat').addEventListener('click', forgetChatOnThisDevice);
  $('open-registration').addEventListener('click', openRegistrationForm);
  $('send-reminder').addEventListener('click', sendNextReminder);
  $('use-code').addEventListener('click', function () {
    $('client-code').value = $('invitation-code').textContent;
    state.chatLocale = state.appointmentLocale || state.chatLocale;
    startChat($('client-code').value.trim());
  });
  $('start-chat').addEventListener('submit', function (event) {
    event.preventDefault();
    const code = $('client-code').value.trim();
    if (!code) {
      setStatus('chat-status', 'Vul eerst de uitnodigingscode in.', 'enter the invitation code first.', true);
      $('client-code').focus();
      return;
    }
    startChat(code);
  });

  const linkCode = new URLSearchParams(window.location.search).get('code');
  if (linkCode) {
    $('client-code').value = linkCode;
  }
  state.chatLocale = initialChatLocale();
  hook.chatLocale = state.chatLocale;
  hook.refreshChatToken = refreshChatToken;
  continueSavedChat();
  setInterval(refreshChatToken, 60 * 1000);

  loadForm();
  pollProfessional();
  setInterval(pollProfessional, 1000);
})();
