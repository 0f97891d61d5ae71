// Minimal chat client for Rasa's REST channel (the full widget on socket.io comes later).
(function () {
  const messages = document.getElementById("messages");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  let sender = localStorage.getItem("shopbot-sender");
  if (!sender) {
    sender = "web-" + Math.random().toString(36).slice(2);
    localStorage.setItem("shopbot-sender", sender);
  }
  const config = fetch("config.json").then((r) => r.json());

  function add(text, who) {
    const div = document.createElement("div");
    div.className = "msg " + who;
    div.textContent = text;  // never innerHTML: bot text is data
    messages.appendChild(div);
    messages.scrollTop = messages.scrollHeight;
    return div;
  }

  function renderCarousel(products) {
    const row = document.createElement("div");
    row.className = "carousel";
    products.forEach((p) => {
      const card = document.createElement("div");
      card.className = "card";
      const title = document.createElement("div");
      title.className = "card-title";
      title.textContent = p.title;
      const price = document.createElement("div");
      price.className = "card-price";
      price.textContent = p.price + " " + p.currency + (p.in_stock ? "" : " · sold out");
      card.append(title, price);
      row.appendChild(card);
    });
    messages.appendChild(row);
    messages.scrollTop = messages.scrollHeight;
  }

  function render(reply) {
    if (reply.custom && reply.custom.type === "product_carousel") {
      renderCarousel(reply.custom.products || []);
      return;
    }
    if (reply.text) {
      const div = add(reply.text, "bot");
      if (reply.buttons && reply.buttons.length) {
        const row = document.createElement("div");
        row.className = "buttons";
        reply.buttons.forEach((b) => {
          const btn = document.createElement("button");
          btn.textContent = b.title;
          btn.onclick = () => send(b.payload, b.title);
          row.appendChild(btn);
        });
        div.appendChild(row);
      }
    }
  }

  async function send(message, shown) {
    add(shown || message, "user");
    try {
      const { rasaUrl } = await config;
      const response = await fetch(rasaUrl + "/webhooks/rest/webhook", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender, message }),
      });
      (await response.json()).forEach(render);
    } catch (e) {
      add("Sorry, the assistant is not reachable right now. · 抱歉，客服暂时无法连接。", "bot");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text) send(text);
    input.value = "";
  });
})();
