// The stand-in MAX web: plain browser JS, no build step of its own. Mirrors what utils/max/DOM.md and
// utils/max/PROTOCOL.md say about https://web.max.ru (a SvelteKit app): hashed `svelte-…` classes beside the plain
// ones, a virtualized chat list, `/<chatId>` URLs, the WebSocket session (SESSION_INIT, LOGIN, CHATS_LIST paging by
// marker, PING).
//
// Protocol (window.__standinConfig.protocol): 'binary' (default, today's web.max.ru) opens wss://api.oneme.ru/websocket
// with binaryType "arraybuffer" and speaks protocol 10 (MessagePack + LZ4, through the codec chunk that FakeMaxServer
// serves before this file: window.__standinCodec); LOGIN asks for 15 chats and one CHATS_LIST {marker} follows right
// away. 'json' (older deployments) opens wss://ws-api.oneme.ru/websocket, text frames of protocol 11, LOGIN asks for 40.
// Either way the list ends only when a CHATS_LIST answer has no marker or no chats.
//
// Theme: like a SvelteKit app with a theme store, the page sets `data-theme="light"|"dark"` on <html> (and the
// matching `color-scheme`). It follows `prefers-color-scheme` until the user picks a theme in «Профиль», and
// remembers the pick in localStorage `theme`. Tests may call `window.__standin.setTheme('dark'|'light'|'system')`.
(() => {
  const config = { pingMs: 5000, reconnectMs: 500, protocol: 'binary', ...(window.__standinConfig ?? {}) };
  const query = new URLSearchParams(location.search);
  if (query.has('standin-ping')) config.pingMs = Number(query.get('standin-ping')) || config.pingMs;

  const spy = window.__standin ?? { receivedOnMessage: [], receivedListener: [], storageReads: [], socketsOpened: 0 };
  const BINARY = config.protocol !== 'json';
  const SOCKET_URL = BINARY ? 'wss://api.oneme.ru/websocket' : 'wss://ws-api.oneme.ru/websocket';
  const codec = window.__standinCodec;
  if (BINARY && !codec) console.error('[stand-in] the codec chunk is missing: binary frames cannot be read');
  /** chatsCount of LOGIN: 15 on today's web client, 40 on the older JSON one. */
  const LOGIN_CHATS = BINARY ? 15 : 40;
  /** The older client asked CHATS_LIST for 40; today's sends only the marker (the server's default count is 40). */
  const PAGE = 40;
  const ITEM_HEIGHT = 72;
  const OVERSCAN = 4;
  // Svelte's generated class hashes (they change with every MAX release; Сверка must not rely on them).
  const H = {
    nav: 'svelte-1jx4b7y',
    item: 'svelte-rg2upy',
    cell: 'svelte-q2jdqb',
    title: 'svelte-1x9l5qk',
    text: 'svelte-8k2vd0',
    header: 'svelte-m3c7ga',
    message: 'svelte-13ytk2n',
    meta: 'svelte-6g1p0s',
    composer: 'svelte-1qp3yzc',
    list: 'svelte-ud2c0d',
  };

  const state = {
    seq: 0,
    /** @type {WebSocket | null} */ socket: null,
    /** @type {Map<number, {resolve: Function, reject: Function}>} */ pending: new Map(),
    /** @type {ReturnType<typeof setInterval> | undefined} */ pingTimer: undefined,
    me: null,
    /** @type {Map<number, any>} */ contacts: new Map(),
    /** @type {Map<number, any>} */ chats: new Map(),
    /** @type {any[]} */ order: [],
    /** The next CHATS_LIST marker: the oldest lastEventTime of LOGIN's chats, then each answer's `marker`. */
    marker: Number.POSITIVE_INFINITY,
    ended: false,
    loadingMore: false,
    loggedIn: false,
    /** @type {number | null} */ openChatId: null,
    /** @type {any[]} */ messages: [],
  };

  // ---------- session ----------
  function readAuth() {
    let raw = localStorage.getItem('__oneme_auth');
    if (!raw) {
      const token = `An_${Array.from(crypto.getRandomValues(new Uint8Array(24)), (b) => b.toString(36).padStart(2, '0')).join('')}`;
      raw = JSON.stringify({ token, viewerId: null });
      localStorage.setItem('__oneme_auth', raw);
    }
    let deviceId = localStorage.getItem('__oneme_device_id');
    if (!deviceId) {
      deviceId = crypto.randomUUID();
      localStorage.setItem('__oneme_device_id', deviceId);
    }
    try {
      return { token: JSON.parse(raw).token, deviceId };
    } catch {
      return { token: raw, deviceId };
    }
  }

  function send(opcode, payload) {
    const socket = state.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return Promise.reject(new Error('socket is not open'));
    state.seq = BINARY ? (state.seq + 1) & 0xffff : state.seq + 1; // seq is a u16 in the binary header
    const seq = state.seq;
    if (BINARY) socket.send(codec.encodeFrame({ ver: 10, cmd: 0, seq, opcode, payload }));
    else socket.send(JSON.stringify({ ver: 11, cmd: 0, seq, opcode, payload }));
    return new Promise((resolve, reject) => state.pending.set(seq, { resolve, reject }));
  }

  const frameRecord = (data) =>
    typeof data === 'string' ? data : { binary: true, size: data?.size ?? data?.byteLength };

  function connect() {
    const auth = readAuth();
    const socket = new WebSocket(SOCKET_URL);
    if (BINARY) socket.binaryType = 'arraybuffer';
    spy.socketsOpened += 1;
    state.socket = socket;
    socket.onopen = async () => {
      try {
        await send(6, {
          userAgent: {
            deviceType: 'WEB',
            locale: 'ru',
            deviceLocale: 'ru',
            osVersion: 'Linux',
            deviceName: 'Chrome',
            headerUserAgent: navigator.userAgent,
            appVersion: '25.11.2',
            screen: `${screen.width}x${screen.height} 1.0x`,
            timezone: 'Europe/Moscow',
          },
          deviceId: auth.deviceId,
        });
        const login = await send(
          19,
          BINARY
            ? {
                token: auth.token,
                chatsCount: LOGIN_CHATS,
                interactive: true,
                chatsSync: 0,
                contactsSync: 0,
                presenceSync: -1,
                draftsSync: 0,
              }
            : {
                interactive: true,
                token: auth.token,
                chatsSync: 0,
                contactsSync: 0,
                presenceSync: 0,
                draftsSync: 0,
                chatsCount: LOGIN_CHATS,
              },
        );
        onLogin(login);
      } catch (error) {
        console.warn('[stand-in] login failed', error);
      }
    };
    // MAX web reads frames in onmessage; a second listener only records (the bridge must keep both semantics).
    socket.onmessage = (event) => {
      spy.receivedOnMessage.push(frameRecord(event.data));
      onFrame(event.data);
    };
    socket.addEventListener('message', (event) => {
      spy.receivedListener.push(frameRecord(event.data));
    });
    socket.onerror = () => {};
    socket.onclose = () => {
      clearInterval(state.pingTimer);
      if (state.socket === socket) state.socket = null;
      for (const p of state.pending.values()) p.reject(new Error('socket closed'));
      state.pending.clear();
      state.loadingMore = false;
      setTimeout(connect, config.reconnectMs);
    };
    clearInterval(state.pingTimer);
    state.pingTimer = setInterval(() => {
      send(1, { interactive: document.visibilityState === 'visible' }).catch(() => {});
    }, config.pingMs);
  }

  function parseFrame(data) {
    try {
      if (BINARY) return typeof data === 'string' ? null : codec.decodeFrame(data);
      return typeof data === 'string' ? JSON.parse(data) : null; // the JSON protocol speaks text frames only
    } catch {
      return null;
    }
  }

  function onFrame(data) {
    const frame = parseFrame(data);
    if (!frame || typeof frame !== 'object') return;
    if (frame.cmd === 1 || frame.cmd === 3) {
      const p = state.pending.get(frame.seq);
      if (!p) return;
      state.pending.delete(frame.seq);
      if (frame.cmd === 1) p.resolve(frame.payload ?? {});
      else p.reject(Object.assign(new Error(frame.payload?.message ?? 'error'), { payload: frame.payload }));
      return;
    }
    if (frame.cmd !== 0) return;
    const payload = frame.payload ?? {};
    if (frame.opcode === 135 && payload.chat) onChat(payload.chat);
    else if (frame.opcode === 128 && payload.message) onMessage(payload.chatId, payload.message);
  }

  function onLogin(payload) {
    state.me = payload.profile?.contact ?? null;
    for (const c of payload.contacts ?? []) state.contacts.set(c.id, c);
    const chats = Array.isArray(payload.chats) ? payload.chats : [];
    const first = !state.loggedIn;
    mergeChats(chats);
    // The list goes on from the oldest chat LOGIN gave (never ended by LOGIN: it says nothing about the rest).
    for (const chat of chats)
      if (typeof chat?.lastEventTime === 'number') state.marker = Math.min(state.marker, chat.lastEventTime);
    state.loggedIn = true;
    spy.loginsRendered = (spy.loginsRendered ?? 0) + 1;
    renderProfile();
    renderList();
    recordListSize('login');
    if (first) openFromLocation();
    // Today's web client asks for the next page right after LOGIN; the older one only when scrolled near the end.
    if (BINARY) loadMore();
    else maybeLoadMore();
  }

  function recordListSize(after) {
    spy.listSizes ??= [];
    spy.listSizes.push({ after, chats: state.order.length, ended: state.ended });
  }

  function mergeChats(chats) {
    for (const chat of chats) {
      if (typeof chat?.id !== 'number') continue;
      state.chats.set(chat.id, { ...state.chats.get(chat.id), ...chat });
    }
    sortChats();
  }

  function sortChats() {
    state.order = [...state.chats.values()]
      .filter((c) => c.status === 'ACTIVE')
      .sort((a, b) => (b.lastEventTime ?? 0) - (a.lastEventTime ?? 0));
  }

  /** A chat with a new message goes to the top, as MAX's list does; the whole sort only when it is not the newest. */
  function moveToTop(chat) {
    const at = state.order.indexOf(chat);
    const top = state.order[0];
    if (at === -1 || (top && top !== chat && (top.lastEventTime ?? 0) > (chat.lastEventTime ?? 0))) sortChats();
    else if (at > 0) {
      state.order.splice(at, 1);
      state.order.unshift(chat);
    }
  }

  /**
   * Pushes change the list once per task, however many frames the task delivered: a real client's framework (MAX web
   * is a Svelte app) batches its DOM updates the same way.
   */
  let listRenderQueued = false;
  function renderListOnce() {
    if (listRenderQueued) return;
    listRenderQueued = true;
    queueMicrotask(() => {
      listRenderQueued = false;
      renderList();
    });
  }

  function onChat(chat) {
    if (typeof chat?.id !== 'number') return;
    state.chats.set(chat.id, { ...state.chats.get(chat.id), ...chat });
    sortChats();
    renderListOnce();
    if (state.openChatId === chat.id) renderHeader();
  }

  function onMessage(chatId, message) {
    const chat = state.chats.get(chatId);
    if (!chat) {
      send(48, { chatIds: [chatId] })
        .then((p) => {
          mergeChats(p.chats ?? []);
          renderList();
        })
        .catch(() => {});
      return;
    }
    chat.lastMessage = message;
    chat.lastEventTime = Math.max(chat.lastEventTime ?? 0, message.time ?? Date.now());
    moveToTop(chat);
    renderListOnce();
    if (state.openChatId === chatId) {
      state.messages.push(message);
      appendMessage(message);
    }
  }

  function maybeLoadMore() {
    if (!state.loggedIn || state.ended || state.loadingMore) return;
    const { scrollTop, clientHeight } = scroller;
    const last = Math.ceil((scrollTop + clientHeight) / ITEM_HEIGHT);
    if (last < state.order.length - 5) return;
    loadMore();
  }

  /** One CHATS_LIST page from state.marker. The list ends when an answer has no marker or no chats. */
  async function loadMore() {
    if (!state.loggedIn || state.ended || state.loadingMore) return;
    state.loadingMore = true;
    const marker = Number.isFinite(state.marker) ? state.marker : 0;
    try {
      const payload = await send(53, BINARY ? { marker } : { marker, count: PAGE });
      const chats = Array.isArray(payload.chats) ? payload.chats : [];
      mergeChats(chats);
      if (typeof payload.marker === 'number' && chats.length > 0) state.marker = payload.marker;
      else state.ended = true;
      renderList();
      recordListSize('chats-list');
    } catch {
      // the socket closed: try again after the reconnect
    } finally {
      state.loadingMore = false;
    }
    if (!state.ended) requestAnimationFrame(() => maybeLoadMore());
  }

  // ---------- names and formatting ----------
  const contactName = (id) =>
    state.contacts.get(id)?.names?.[0]?.name ?? (state.me?.id === id ? state.me?.names?.[0]?.name : null);
  function chatTitle(chat) {
    if (chat.type !== 'DIALOG') return chat.title ?? '';
    const partner = Object.keys(chat.participants ?? {})
      .map(Number)
      .find((id) => id !== state.me?.id);
    return (partner != null && contactName(partner)) || `Пользователь ${partner ?? ''}`.trim();
  }
  const pad = (n) => String(n).padStart(2, '0');
  function formatTime(ms, withDate = false) {
    const d = new Date(ms);
    const now = new Date();
    const sameDay = d.toDateString() === now.toDateString();
    const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
    if (sameDay && !withDate) return time;
    const date = `${pad(d.getDate())}.${pad(d.getMonth() + 1)}`;
    return withDate ? `${date} ${time}` : date;
  }
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }
  function messagePreview(m) {
    if (!m) return '';
    if (m.text) return m.text;
    if (m.attaches?.some((a) => a._type === 'CONTROL')) return 'Событие в чате';
    return m.attaches?.length ? 'Вложение' : '';
  }

  // ---------- layout ----------
  const root = document.getElementById('app') ?? document.body;
  const nav = el('nav', `nav ${H.nav}`);
  const topGroup = el('div', `topGroup ${H.nav}`);
  const chatsButton = el('button', `navButton active ${H.nav}`, 'Чаты');
  chatsButton.setAttribute('aria-label', 'Чаты');
  chatsButton.addEventListener('click', () => closeChat(true));
  topGroup.append(chatsButton);
  const bottomGroup = el('div', `bottomGroup ${H.nav}`);
  for (const label of ['Контакты', 'Звонки', 'Профиль']) {
    const b = el('button', `navButton ${H.nav}`, label);
    b.type = 'button';
    b.setAttribute('aria-label', label);
    if (label === 'Профиль') b.addEventListener('click', () => toggleProfile());
    bottomGroup.append(b);
  }
  nav.append(topGroup, bottomGroup);

  const aside = el('aside', `sidebar ${H.list}`);
  const search = el('div', `search ${H.list}`);
  const searchInput = /** @type {HTMLInputElement} */ (el('input', `searchInput ${H.list}`));
  searchInput.placeholder = 'Поиск';
  searchInput.setAttribute('aria-label', 'Поиск');
  search.append(searchInput);
  const scroller = el('div', `scrollable chats ${H.list}`);
  scroller.setAttribute('role', 'list');
  const spacer = el('div', `virtualList ${H.list}`);
  scroller.append(spacer);
  const loader = el('div', `loader ${H.list}`, 'Загрузка…');
  aside.append(search, scroller);

  const main = el('main', `chat ${H.header}`);
  const placeholder = el('div', `placeholder ${H.header}`, 'Выберите чат, чтобы начать общение');
  main.append(placeholder);

  const profile = el('div', `profilePopup ${H.nav}`);
  profile.setAttribute('role', 'dialog');
  profile.setAttribute('aria-label', 'Профиль');
  profile.hidden = true;

  root.append(nav, aside, main, profile);
  scroller.addEventListener('scroll', () => {
    renderList();
    maybeLoadMore();
  });
  window.addEventListener('resize', () => renderList());

  // ---------- virtualized chat list ----------
  /** @type {Map<number, HTMLElement>} */
  const rendered = new Map();
  function renderList() {
    spacer.style.height = `${state.order.length * ITEM_HEIGHT}px`;
    const { scrollTop, clientHeight } = scroller;
    const start = Math.max(0, Math.floor(scrollTop / ITEM_HEIGHT) - OVERSCAN);
    const end = Math.min(state.order.length, Math.ceil((scrollTop + (clientHeight || 800)) / ITEM_HEIGHT) + OVERSCAN);
    const wanted = state.order.slice(start, end);
    const keep = new Set(wanted.map((c) => c.id));
    for (const [id, node] of rendered) {
      if (!keep.has(id)) {
        node.remove();
        rendered.delete(id);
      }
    }
    wanted.forEach((chat, i) => {
      let node = rendered.get(chat.id);
      if (!node) {
        node = createItem();
        rendered.set(chat.id, node);
      }
      updateItem(node, chat);
      node.style.transform = `translateY(${(start + i) * ITEM_HEIGHT}px)`;
      if (spacer.children[i] !== node) spacer.insertBefore(node, spacer.children[i] ?? null);
    });
    if (!state.ended && state.loggedIn) {
      if (loader.parentNode !== aside) aside.append(loader);
    } else loader.remove();
  }
  function createItem() {
    // As 2026 sources show it (utils/max/DOM.md): .item › .wrapper[role=presentation] › button.cell, the title in
    // h3.title › span.name › span.text, the last message in another span.text, a menu button beside the cell.
    const item = el('div', `item ${H.item}`);
    item.setAttribute('role', 'listitem');
    const wrapper = el('div', `wrapper wrapper--withActions ${H.cell}`);
    wrapper.setAttribute('role', 'presentation');
    const cell = el('button', `cell ${H.cell}`);
    cell.type = 'button';
    const avatar = el('div', `avatar ${H.cell}`);
    avatar.setAttribute('aria-hidden', 'true');
    const content = el('div', `content ${H.cell}`);
    const top = el('div', `top ${H.cell}`);
    const title = el('h3', `title ${H.title}`);
    const name = el('span', `name ${H.title}`);
    name.append(el('span', `text ${H.text}`));
    title.append(name);
    const date = el('span', `date ${H.cell}`);
    top.append(title, date);
    const preview = el('span', `text ${H.cell}`);
    content.append(top, preview);
    cell.append(avatar, content);
    const actions = el('div', `actions ${H.cell}`);
    const menu = el('button', `menuButton ${H.cell}`);
    menu.type = 'button';
    menu.tabIndex = -1;
    menu.setAttribute('aria-label', 'Действия с чатом');
    actions.append(menu);
    wrapper.append(cell, actions);
    item.append(wrapper);
    cell.addEventListener('click', () => {
      const id = Number(item.dataset.chatKey);
      openChat(id, true);
    });
    return item;
  }
  function updateItem(node, chat) {
    // The real app keeps the id in Svelte's state, not in the DOM; this dataset key is private to the stand-in
    // (named so no selector for «chat id» matches it).
    node.dataset.chatKey = String(chat.id);
    const title = chatTitle(chat);
    const span = /** @type {HTMLElement} */ (node.querySelector('h3.title > span.name > span.text'));
    if (span.textContent !== title) span.textContent = title;
    const avatar = /** @type {HTMLElement} */ (node.querySelector('.avatar'));
    const letter = [...title.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '•';
    if (avatar.textContent !== letter) avatar.textContent = letter;
    const date = /** @type {HTMLElement} */ (node.querySelector('.date'));
    const when = chat.lastEventTime ? formatTime(chat.lastEventTime) : '';
    if (date.textContent !== when) date.textContent = when;
    const preview = /** @type {HTMLElement} */ (node.querySelector('.content > span.text'));
    const text = messagePreview(chat.lastMessage);
    if (preview.textContent !== text) preview.textContent = text;
    const cell = /** @type {HTMLElement} */ (node.querySelector('button.cell'));
    cell.classList.toggle('active', chat.id === state.openChatId);
    if (chat.id === state.openChatId) cell.setAttribute('aria-current', 'page');
    else cell.removeAttribute('aria-current');
  }

  // ---------- open chat ----------
  const header = el('header', `header ${H.header}`);
  const back = el('button', `back ${H.header}`, '←');
  back.setAttribute('aria-label', 'Назад');
  back.addEventListener('click', () => closeChat(true));
  const headerInfo = el('div', `info ${H.header}`);
  const headerTitle = el('h2', `title ${H.header}`);
  headerTitle.append(el('span', `text ${H.text}`));
  const headerSubtitle = el('span', `subtitle ${H.header}`);
  headerInfo.append(headerTitle, headerSubtitle);
  header.append(back, headerInfo);
  const historyPane = el('div', `history scrollable ${H.message}`);
  const composer = el('div', `composer ${H.composer}`);
  const editor = el('div', `contenteditable ${H.composer}`);
  editor.contentEditable = 'true';
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('aria-label', 'Сообщение');
  editor.setAttribute('data-lexical-editor', 'true');
  editor.setAttribute('spellcheck', 'true');
  editor.innerHTML = '<p><br></p>';
  const sendButton = el('button', `send ${H.composer}`, '➤');
  sendButton.type = 'button';
  sendButton.setAttribute('aria-label', 'Отправить сообщение');
  composer.append(editor, sendButton);
  editor.addEventListener('input', () => {
    // Lexical keeps text in <p><span data-lexical-text="true">…</span></p>.
    if (editor.textContent && !editor.querySelector('span[data-lexical-text="true"]')) {
      const text = editor.textContent;
      editor.innerHTML = '';
      const p = el('p');
      const span = el('span', null, text);
      span.setAttribute('data-lexical-text', 'true');
      p.append(span);
      editor.append(p);
      const range = document.createRange();
      range.selectNodeContents(span);
      range.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  });
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      sendMessage();
    }
  });
  sendButton.addEventListener('click', () => sendMessage());

  async function sendMessage() {
    const chatId = state.openChatId;
    const text = (editor.textContent ?? '').trim();
    if (chatId == null || !text) return;
    editor.innerHTML = '<p><br></p>';
    try {
      const payload = await send(64, {
        chatId,
        message: { text, cid: -Date.now(), elements: [], attaches: [] },
        notify: true,
      });
      if (payload.message) onMessage(chatId, payload.message);
    } catch (error) {
      console.warn('[stand-in] send failed', error);
    }
  }

  function openFromLocation() {
    const id = Number(location.pathname.slice(1));
    if (location.pathname.length > 1 && Number.isSafeInteger(id)) openChat(id, false);
    else closeChat(false);
  }

  async function openChat(chatId, push) {
    if (push && location.pathname !== `/${chatId}`) history.pushState({ chatId }, '', `/${chatId}`);
    state.openChatId = chatId;
    state.messages = [];
    if (!state.chats.has(chatId)) {
      try {
        const p = await send(48, { chatIds: [chatId] });
        mergeChats(p.chats ?? []);
      } catch {
        // unknown chat: the header says so
      }
      if (state.openChatId !== chatId) return;
    }
    placeholder.remove();
    if (header.parentNode !== main) main.append(header, historyPane, composer);
    renderHeader();
    renderMessages();
    renderList();
    const chat = state.chats.get(chatId);
    try {
      const p = await send(49, {
        chatId,
        from: Math.max(Date.now(), chat?.lastEventTime ?? 0),
        forward: 0,
        backward: 30,
      });
      if (state.openChatId !== chatId) return;
      state.messages = (p.messages ?? []).slice().sort((a, b) => (a.time ?? 0) - (b.time ?? 0));
      renderMessages();
    } catch {
      // no history: the list stays empty
    }
  }

  function closeChat(push) {
    if (push && location.pathname !== '/') history.pushState({}, '', '/');
    state.openChatId = null;
    state.messages = [];
    header.remove();
    historyPane.remove();
    composer.remove();
    if (placeholder.parentNode !== main) main.append(placeholder);
    document.title = 'MAX';
    renderList();
  }

  window.addEventListener('popstate', () => {
    if (state.loggedIn) openFromLocation();
  });

  function renderHeader() {
    const chat = state.chats.get(/** @type {number} */ (state.openChatId));
    const title = chat ? chatTitle(chat) : 'Чат не найден';
    const span = /** @type {HTMLElement} */ (headerTitle.firstChild);
    if (span.textContent !== title) span.textContent = title;
    headerSubtitle.textContent = !chat
      ? ''
      : chat.type === 'DIALOG'
        ? 'был(а) недавно'
        : chat.type === 'CHANNEL'
          ? `${chat.participantsCount ?? 0} подписчиков`
          : `${chat.participantsCount ?? 0} участников`;
    document.title = title;
  }

  const URL_RE = /https?:\/\/[^\s<>"«»]+[^\s<>"«».,;:!?)]/g;
  function linkRanges(message) {
    const text = message.text ?? '';
    const fromElements = (message.elements ?? [])
      .filter((e) => e?.type === 'link' && Number.isInteger(e.from) && Number.isInteger(e.length))
      .map((e) => [e.from, e.from + e.length]);
    if (fromElements.length) return fromElements.sort((a, b) => a[0] - b[0]);
    return [...text.matchAll(URL_RE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  function renderText(message) {
    const span = el('span', `text ${H.text}`);
    const text = message.text ?? '';
    let at = 0;
    for (const [from, to] of linkRanges(message)) {
      if (from < at || to > text.length) continue;
      span.append(text.slice(at, from));
      const a = /** @type {HTMLAnchorElement} */ (el('a', `link ${H.text}`, text.slice(from, to)));
      a.href = text.slice(from, to);
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      span.append(a);
      at = to;
    }
    span.append(text.slice(at));
    return span;
  }
  function renderMessages() {
    historyPane.textContent = '';
    const chat = state.chats.get(/** @type {number} */ (state.openChatId));
    for (const m of state.messages) historyPane.append(messageNode(m, chat));
    historyPane.scrollTop = historyPane.scrollHeight;
  }

  /** A new message in the open chat is added at the end; the history already shown stays as it is. */
  function appendMessage(m) {
    historyPane.append(messageNode(m, state.chats.get(/** @type {number} */ (state.openChatId))));
    historyPane.scrollTop = historyPane.scrollHeight;
  }

  function messageNode(m, chat) {
    const control = m.attaches?.find((a) => a._type === 'CONTROL');
    const mine = m.sender === state.me?.id;
    const node = el(
      'div',
      `message ${mine ? 'out' : 'in'} ${control ? 'service' : ''} ${H.message}`.replace(/\s+/g, ' '),
    );
    const bubble = el('div', `bubble ${H.message}`);
    if (!mine && !control && chat && chat.type !== 'DIALOG')
      bubble.append(el('span', `name ${H.message}`, contactName(m.sender) ?? `id${m.sender}`));
    if (control)
      bubble.append(
        el('span', `text ${H.text}`, control.event === 'add' ? 'Участники добавлены в чат' : 'Событие в чате'),
      );
    else bubble.append(renderText(m));
    for (const a of m.attaches ?? [])
      if (a._type === 'FILE') bubble.append(el('div', `file ${H.message}`, `📎 ${a.name ?? 'файл'}`));
    const meta = el('div', `meta ${H.meta}`);
    meta.append(el('span', `time ${H.meta}`, m.time ? formatTime(m.time, true) : ''));
    if (m.status === 'EDITED') meta.append(el('span', `edited ${H.meta}`, 'изменено'));
    bubble.append(meta);
    node.append(bubble);
    return node;
  }

  // ---------- profile and theme ----------
  const media = matchMedia('(prefers-color-scheme: dark)');
  function applyTheme() {
    const choice = localStorage.getItem('theme') ?? 'system';
    const theme = choice === 'dark' || choice === 'light' ? choice : media.matches ? 'dark' : 'light';
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
    return theme;
  }
  function setTheme(choice) {
    localStorage.setItem('theme', choice);
    applyTheme();
    renderProfile();
  }
  media.addEventListener('change', () => applyTheme());
  applyTheme();
  spy.setTheme = setTheme;

  function renderProfile() {
    profile.textContent = '';
    const name = state.me?.names?.[0]?.name ?? '';
    profile.append(el('div', `profileName ${H.nav}`, name));
    const theme = document.documentElement.dataset.theme;
    const toggle = el('button', `menuItem themeToggle ${H.nav}`, theme === 'dark' ? 'Светлая тема' : 'Тёмная тема');
    toggle.type = 'button';
    toggle.setAttribute('role', 'menuitem');
    toggle.setAttribute('aria-label', 'Тема оформления');
    toggle.addEventListener('click', () =>
      setTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark'),
    );
    profile.append(toggle);
  }
  function toggleProfile() {
    renderProfile();
    profile.hidden = !profile.hidden;
  }

  renderList();
  connect();
})();
