// The local playground (Development only). The professional panel talks to /playground/api and renders
// the bot's Adaptive Cards with the adaptivecards renderer; the client panel is Bot Framework Web Chat
// on the bot's own development Direct Line (/v3/directline, polling). Everything is served by this host.
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
    professionalWatermark: null,
    polling: false,
    chat: null,
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

  function renderCard(json, host, onAction) {
    const card = new AC.AdaptiveCard();
    card.onExecuteAction = onAction;
    card.parse(json);
    const element = card.render();
    host.replaceChildren(element);
    return card;
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  function setStatus(id, text, problem) {
    const element = $(id);
    element.textContent = text;
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
      setStatus('form-status', 'The form could not be loaded (' + result.status + '). Is the bot running in Development?', true);
      return;
    }
    renderCard(result.json.card, $('appointment-form'), onFormAction);
  }

  async function onFormAction(action) {
    if (!(action instanceof AC.SubmitAction)) {
      return;
    }
    setStatus('form-status', 'Creating the appointment… / afspraak maken…');
    const result = await api('POST', '/playground/api/appointments?language=' + professionalLanguage(), action.data);
    if (result.status === 201 || result.status === 200) {
      const created = result.json;
      state.appointmentId = created.appointmentId;
      $('refresh-summary').disabled = false;
      if (created.code) {
        $('invitation-code').textContent = created.code;
        $('invitation-details').textContent = created.clientName + ' · ' + created.start + ' · valid until / geldig tot ' + created.expires + ' · ' + created.link;
        $('client-code').value = created.code;
        $('use-code').disabled = false;
        setStatus('form-status', 'Appointment created for ' + created.clientName + '. / Afspraak gemaakt.');
        showForm(false);
      } else {
        setStatus('form-status', 'This form was already submitted; the appointment exists. / Deze afspraak bestaat al.');
      }
      await loadForm();
      return;
    }
    const problem = (result.json && result.json.problem) || ('The appointment was not created (' + result.status + ').');
    setStatus('form-status', problem, true);
    if (result.json && result.json.card) {
      renderCard(result.json.card, $('appointment-form'), onFormAction);
    }
  }

  // After an appointment is made the form folds away, so the code and the summary stay in view.
  function showForm(visible) {
    $('appointment-form').hidden = !visible;
    $('another-appointment').hidden = visible;
  }

  function showSummaryCard(card, origin) {
    renderCard(card, $('summary-card'), onSummaryAction);
    hook.summaryRenders++;
    setStatus('summary-status', origin);
  }

  async function onSummaryAction(action) {
    const verb = action.verb || (action.data && action.data.action);
    if (verb === 'refreshSummary' || verb === 'refresh') {
      await refreshSummary();
      return;
    }
    setStatus('summary-status', 'That button works in Teams; the playground only refreshes the summary. / Deze knop werkt in Teams.', true);
  }

  async function refreshSummary() {
    if (!state.appointmentId) {
      return;
    }
    const result = await api('GET', '/playground/api/appointments/' + encodeURIComponent(state.appointmentId) + '/summary?language=' + professionalLanguage());
    if (!result.ok) {
      setStatus('summary-status', 'No summary for this appointment (' + result.status + ').', true);
      return;
    }
    showSummaryCard(result.json.card, 'Summary refreshed at ' + new Date().toLocaleTimeString() + ' / ververst');
  }

  async function runScheduledWork() {
    const button = $('run-scheduled-work');
    button.disabled = true;
    try {
      const result = await api('POST', '/playground/api/scheduled-work/run-next');
      if (!result.ok) {
        setStatus('summary-status', 'Running scheduled work failed (' + result.status + ').', true);
      } else if (!result.json.ran) {
        setStatus('summary-status', 'Nothing is scheduled. / Er staat niets gepland.');
      } else {
        setStatus('summary-status', 'Ran ' + result.json.kind + ' (' + result.json.workId + ')' + (result.json.done ? '' : ' — not finished, see the bot log'));
        await pollProfessional();
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
          showSummaryCard(card.content, 'Delivered to the professional at ' + new Date(activity.timestamp).toLocaleTimeString() + ' / bezorgd');
        }
      });
    } catch (e) {
      // The bot may be restarting; the next poll tries again.
    } finally {
      state.polling = false;
    }
  }

  // ---- client panel ----------------------------------------------------------------------------------

  async function startChat(code) {
    if (state.chat) {
      state.chat.directLine.end();
      state.chat = null;
    }
    hook.activities = [];
    hook.postsPending = 0;
    hook.postsDone = 0;
    setStatus('chat-status', 'Connecting… / verbinden…');

    const generated = await api('POST', directLineDomain + '/tokens/generate', {});
    if (!generated.ok) {
      setStatus('chat-status', 'The development Direct Line did not answer (' + generated.status + ').', true);
      return;
    }
    hook.token = generated.json.token;

    const directLine = WebChat.createDirectLine({ domain: directLineDomain, token: generated.json.token, webSocket: false, pollingInterval: 500 });
    const store = WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          const result = next(action);
          switch (action.type) {
            case 'DIRECT_LINE/CONNECT_FULFILLED':
              hook.conversationId = directLine.conversationId;
              setStatus('chat-status', 'Connected. The invitation code is sent as the first message. / Verbonden.');
              if (code) {
                setTimeout(function () { api.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: code } }); }, 0);
              }
              break;
            case 'DIRECT_LINE/CONNECT_REJECTED':
              setStatus('chat-status', 'Could not connect to the bot. / Geen verbinding met de bot.', true);
              break;
            case 'DIRECT_LINE/INCOMING_ACTIVITY':
              hook.activities.push(action.payload.activity);
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

    const host = document.createElement('div');
    host.className = 'webchat-host';
    host.style.height = '100%';
    $('webchat').replaceChildren(host);
    WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: 'nl-NL',
      styleOptions: { hideUploadButton: true, bubbleMaxWidth: 600 },
    }, host);
    state.chat = { directLine: directLine };
  }

  // ---- start -----------------------------------------------------------------------------------------

  $('professional-language').addEventListener('change', loadForm);
  $('refresh-summary').addEventListener('click', refreshSummary);
  $('another-appointment').addEventListener('click', function () {
    showForm(true);
    setStatus('form-status', '');
    $('appointment-form').querySelector('input, select, textarea').focus();
  });
  $('run-scheduled-work').addEventListener('click', runScheduledWork);
  $('use-code').addEventListener('click', function () {
    $('client-code').value = $('invitation-code').textContent;
    startChat($('client-code').value.trim());
  });
  $('start-chat').addEventListener('submit', function (event) {
    event.preventDefault();
    const code = $('client-code').value.trim();
    if (!code) {
      setStatus('chat-status', 'Enter the invitation code first. / Vul eerst de code in.', true);
      $('client-code').focus();
      return;
    }
    startChat(code);
  });

  const linkCode = new URLSearchParams(window.location.search).get('code');
  if (linkCode) {
    $('client-code').value = linkCode;
  }

  loadForm();
  pollProfessional();
  setInterval(pollProfessional, 1000);
})();
