// Shopbot chat widget: our own client for Rasa's socket.io channel (socket.io-client 4,
// vendored by `make widget`). Renders text, quick replies and product carousels; sends the
// page's product as message metadata; keeps the session id and transcript in localStorage.
(function () {
  "use strict";
  const root = document.getElementById("shopbot-widget");
  if (!root) return;

  const config = {
    rasaUrl: root.dataset.rasaUrl || "http://localhost:5005",
    lang: root.dataset.lang === "zh" ? "zh" : "en",
    productSku: root.dataset.productSku || "",
  };
  const TEXTS = {
    en: {
      open: "Chat with us", title: "Shop assistant", placeholder: "Type a message…",
      send: "Send", close: "Close chat", mic: "Speak your message", listening: "Listening…",
      micError: "Voice input did not work. Please type instead.",
      offline: "The assistant is not reachable right now.", details: "Details",
      soldOut: "sold out",
    },
    zh: {
      open: "在线客服", title: "智能客服", placeholder: "输入消息…", send: "发送",
      close: "关闭对话", mic: "语音输入", listening: "正在聆听…",
      micError: "语音输入失败，请改用文字。", offline: "客服暂时无法连接。",
      details: "详情", soldOut: "缺货",
    },
  };
  const T = TEXTS[config.lang];
  const KEYS = { session: "shopbot-session-id", history: "shopbot-history", open: "shopbot-open" };
  const MAX_HISTORY = 60;

  const store = {
    get(key, fallback) {
      try { const v = localStorage.getItem(key); return v === null ? fallback : JSON.parse(v); }
      catch (e) { return fallback; }
    },
    set(key, value) {
      try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode */ }
    },
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;  // never innerHTML: bot text is data
    return node;
  }

  function micIcon() {  // drawn, not an emoji: no font needed
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "20");
    svg.setAttribute("height", "20");
    svg.setAttribute("aria-hidden", "true");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("fill", "currentColor");
    path.setAttribute("d", "M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5"
      + "a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2z");
    svg.appendChild(path);
    return svg;
  }

  // ---- DOM -------------------------------------------------------------------------
  const launcher = el("button", "sbw-launcher", T.open);
  launcher.type = "button";
  launcher.setAttribute("aria-expanded", "false");
  const panel = el("section", "sbw-panel");
  panel.hidden = true;
  panel.setAttribute("aria-label", T.title);
  const header = el("header", "sbw-header");
  const close = el("button", "sbw-close", "×");
  close.type = "button";
  close.setAttribute("aria-label", T.close);
  header.append(el("span", "sbw-title", T.title), close);
  const log = el("div", "sbw-messages");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  const status = el("p", "sbw-status");
  status.hidden = true;
  const form = el("form", "sbw-composer");
  const input = el("input", "sbw-input");
  Object.assign(input, { maxLength: 2000, autocomplete: "off", placeholder: T.placeholder });
  input.setAttribute("aria-label", T.placeholder);
  const mic = el("button", "sbw-mic");
  mic.type = "button";
  mic.appendChild(micIcon());
  mic.title = T.mic;
  mic.setAttribute("aria-label", T.mic);
  const sendButton = el("button", "sbw-send", T.send);
  sendButton.type = "submit";
  form.append(input, mic, sendButton);
  panel.append(header, log, status, form);
  root.append(launcher, panel);

  function scrollDown() { log.scrollTop = log.scrollHeight; }

  function setStatus(text, hideAfterMs) {
    status.textContent = text || "";
    status.hidden = !text;
    if (text && hideAfterMs) setTimeout(() => { if (status.textContent === text) setStatus(""); }, hideAfterMs);
  }

  // ---- rendering -------------------------------------------------------------------
  function addText(text, who) {
    const bubble = el("div", "sbw-msg sbw-" + who, text);
    log.appendChild(bubble);
    scrollDown();
  }

  function addButtons(buttons) {
    const row = el("div", "sbw-buttons");
    buttons.forEach((b) => {
      if (!b || typeof b.title !== "string") return;
      const button = el("button", "sbw-button", b.title);
      button.type = "button";
      button.addEventListener("click", () => {
        row.querySelectorAll("button").forEach((x) => { x.disabled = true; });
        send(typeof b.payload === "string" ? b.payload : b.title, b.title);
      });
      row.appendChild(button);
    });
    log.appendChild(row);
    scrollDown();
  }

  function localImage(product) {
    const url = product.image_url;
    if (typeof url === "string" && url.startsWith("/") && !url.startsWith("//")) return url;
    return "/static/img/" + String(product.sku).toLowerCase() + ".svg";
  }

  function addCard(row, product) {
    if (!product || typeof product.sku !== "string") return;
    const card = el("div", "sbw-card");
    card.dataset.sku = product.sku;
    const image = el("img", "sbw-card-image");
    image.addEventListener("load", scrollDown);
    image.src = localImage(product);
    image.alt = "";
    const price = String(product.price) + " " + String(product.currency || "");
    const sold = product.in_stock === false ? " · " + T.soldOut : "";
    card.append(image, el("div", "sbw-card-title", String(product.title || product.sku)),
      el("div", "sbw-card-price", price + sold), cardActions(product));
    row.appendChild(card);
  }

  // A card's own buttons (actions/product_pages.py card_buttons): a site path opens
  // that page, a postback ("/check_stock{...}") is sent as the shopper's message.
  // Cards without buttons get the details link.
  function cardActions(product) {
    const row = el("div", "sbw-card-actions");
    (Array.isArray(product.buttons) ? product.buttons : []).forEach((b) => {
      if (!b || typeof b.title !== "string") return;
      if (typeof b.url === "string" && b.url.startsWith("/") && !b.url.startsWith("//")) {
        const link = el("a", "sbw-card-link", b.title);
        link.href = b.url;
        row.appendChild(link);
      } else if (typeof b.payload === "string") {
        const button = el("button", "sbw-card-button", b.title);
        button.type = "button";
        button.addEventListener("click", () => send(b.payload, b.title));
        row.appendChild(button);
      }
    });
    if (!row.querySelector("a.sbw-card-link")) {
      const link = el("a", "sbw-card-link", T.details);
      link.href = "/product/" + encodeURIComponent(product.sku);
      row.prepend(link);
    }
    return row;
  }

  function addCarousel(products) {
    const row = el("div", "sbw-carousel");
    products.forEach((p) => addCard(row, p));
    log.appendChild(row);
    scrollDown();
  }

  function render(message) {
    if (!message || typeof message !== "object") return;
    if (typeof message.text === "string" && message.text) addText(message.text, "bot");
    const buttons = message.quick_replies || message.buttons;
    if (Array.isArray(buttons) && buttons.length) addButtons(buttons);
    const custom = message.custom;
    if (custom && custom.type === "product_carousel" && Array.isArray(custom.products)) {
      addCarousel(custom.products);
    }
  }

  // ---- transcript (survives page navigation) ---------------------------------------
  let history = store.get(KEYS.history, []);
  if (!Array.isArray(history)) history = [];

  function remember(entry) {
    history.push(entry);
    history = history.slice(-MAX_HISTORY);
    store.set(KEYS.history, history);
  }

  function replay() {
    history.forEach((entry) => {
      if (entry && entry.who === "user") addText(String(entry.text), "user");
      else if (entry && entry.who === "bot") render(entry.message);
    });
  }

  // ---- socket.io -------------------------------------------------------------------
  let socket = null;
  let confirmed = false;
  const queue = [];
  let sessionId = store.get(KEYS.session, null);
  if (typeof sessionId !== "string" || !sessionId) {
    sessionId = "web-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
    store.set(KEYS.session, sessionId);
  }

  function flush() {
    while (confirmed && socket && socket.connected && queue.length) {
      socket.emit("user_uttered", queue.shift());
    }
  }

  function connect() {
    if (socket || typeof window.io !== "function") return;
    socket = window.io(config.rasaUrl, { path: "/socket.io", transports: ["websocket", "polling"] });
    socket.on("connect", () => {
      confirmed = false;
      setStatus("");
      socket.emit("session_request", { session_id: sessionId });
    });
    socket.on("session_confirm", (id) => {
      if (typeof id === "string" && id) { sessionId = id; store.set(KEYS.session, id); }
      confirmed = true;
      flush();
    });
    socket.on("bot_uttered", (message) => {
      root.classList.remove("sbw-waiting");
      render(message);
      remember({ who: "bot", message: message });
    });
    socket.on("connect_error", () => setStatus(T.offline));
    socket.on("disconnect", () => { confirmed = false; });
  }

  function send(text, shown) {
    text = String(text || "").trim();
    if (!text) return;
    addText(shown || text, "user");
    remember({ who: "user", text: shown || text });
    queue.push({
      message: text,
      session_id: sessionId,
      metadata: { product_sku: config.productSku || null, page: location.pathname, ui_language: config.lang },
    });
    root.classList.add("sbw-waiting");
    connect();
    flush();
  }

  // ---- voice input (Web Speech API; the button is hidden where it is missing) --------
  const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  let recognition = null;
  mic.hidden = typeof Recognition !== "function";
  mic.addEventListener("click", () => {
    if (recognition) { recognition.stop(); return; }
    recognition = new Recognition();
    recognition.lang = config.lang === "zh" ? "zh-CN" : "en-US";
    recognition.interimResults = false;
    recognition.maxAlternatives = 1;
    recognition.onresult = (event) => {
      const best = event.results && event.results[0] && event.results[0][0];
      if (best && best.transcript) send(best.transcript);
    };
    recognition.onerror = () => setStatus(T.micError, 5000);
    recognition.onend = () => {
      recognition = null;
      mic.classList.remove("sbw-listening");
      if (status.textContent === T.listening) setStatus("");
    };
    mic.classList.add("sbw-listening");
    setStatus(T.listening);
    recognition.start();
  });

  // ---- open / close ----------------------------------------------------------------
  function setOpen(open) {
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
    try { sessionStorage.setItem(KEYS.open, open ? "1" : ""); } catch (e) { /* ignore */ }
    if (open) { connect(); input.focus(); scrollDown(); }
  }

  launcher.addEventListener("click", () => setOpen(true));
  close.addEventListener("click", () => setOpen(false));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(input.value);
    input.value = "";
  });

  replay();
  let wasOpen = false;
  try { wasOpen = sessionStorage.getItem(KEYS.open) === "1"; } catch (e) { /* ignore */ }
  if (wasOpen) setOpen(true);
})();
