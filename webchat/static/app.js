// The web chat's page (its URLs are relative, so it also works under a
// proxy's sub-path). Everything from the server is put into the page as
// text (textContent, SVG text nodes), never as markup: sources may hold
// hostile text.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const thread = $("thread");
  const form = $("ask-form");
  const box = $("question");
  const askButton = $("ask-button");
  let conversation = "";
  let busy = false;

  // el makes an element: el("p", "text"), el("div", {class: "x"}, child…).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (typeof attrs === "string") {
      e.textContent = attrs;
    } else if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (k === "text") e.textContent = v;
        else e.setAttribute(k, v);
      }
    }
    for (const c of children) if (c) e.append(c);
    return e;
  }

  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // inline draws one line of text: **bold** and [n] citations.
  function inline(parent, text) {
    for (const part of text.split(/(\*\*[^*]+\*\*|\[\d+\])/)) {
      if (!part) continue;
      if (/^\*\*[^*]+\*\*$/.test(part)) parent.append(el("strong", part.slice(2, -2)));
      else if (/^\[\d+\]$/.test(part)) parent.append(el("span", { class: "cite", text: part }));
      else parent.append(document.createTextNode(part));
    }
    return parent;
  }

  const isRow = (l) => /^\s*\|.*\|\s*$/.test(l);
  const isSep = (l) => isRow(l) && /--/.test(l) && /^[\s|:-]+$/.test(l);
  const cells = (l) => l.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());

  // markdown draws the answer's text: paragraphs, Markdown tables, quotes,
  // headings as bold lines.
  function markdown(text) {
    const out = el("div", { class: "text" });
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (isRow(line) && i + 1 < lines.length && isSep(lines[i + 1])) {
        const table = el("table");
        const head = el("tr");
        for (const c of cells(line)) head.append(inline(el("th"), c));
        table.append(el("thead", null, head));
        const body = el("tbody");
        for (i += 2; i < lines.length && isRow(lines[i]); i++) {
          const tr = el("tr");
          for (const c of cells(lines[i])) tr.append(inline(el("td"), c));
          body.append(tr);
        }
        i--;
        table.append(body);
        out.append(table);
        continue;
      }
      if (!line.trim()) continue;
      const h = /^#{1,6}\s+(.*)$/.exec(line);
      if (h) { out.append(el("p", null, inline(el("strong"), h[1]))); continue; }
      const q = /^>\s?(.*)$/.exec(line);
      if (q) { out.append(inline(el("blockquote"), q[1])); continue; }
      out.append(inline(el("p"), line));
    }
    return out;
  }

  function figuresTable(rows) {
    const table = el("table", { class: "figures" });
    const head = el("tr");
    for (const h of ["指标", "数值", "年份", "类别", "来源"]) head.append(el("th", h));
    table.append(el("thead", null, head));
    const body = el("tbody");
    for (const r of rows) {
      body.append(el("tr", null, el("td", r.label), el("td", r.value), el("td", r.year), el("td", r.kind),
        el("td", r.source > 0 ? "[" + r.source + "]" : "")));
    }
    table.append(body);
    return el("div", { class: "figures-block" }, el("h3", "数字一览（均摘自原文）"), table);
  }

  // chart draws a trend as an SVG line chart from its data.
  function chart(c) {
    const W = 600, H = 280, L = 60, R = 20, T = 30, B = 40;
    const pts = c.series.flatMap((s) => s.points);
    if (!pts.length) return null;
    const years = [...new Set(pts.map((p) => p.year))].sort((a, b) => a - b);
    let lo = Math.min(0, ...pts.map((p) => p.value)), hi = Math.max(...pts.map((p) => p.value));
    if (hi === lo) hi = lo + 1;
    hi += (hi - lo) * 0.1;
    const x = (y) => years.length === 1 ? L + (W - L - R) / 2 : L + (W - L - R) * (years.indexOf(y) / (years.length - 1));
    const yv = (v) => T + (H - T - B) * (1 - (v - lo) / (hi - lo));
    const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", "aria-label": (c.title || "趋势") + "历年变化" });
    const caption = (c.title || "趋势") + (c.unit ? "（单位：" + c.unit + "）" : "");
    root.append(svg("title", {}, caption));
    for (let k = 0; k <= 4; k++) {
      const v = lo + (hi - lo) * k / 4, yy = yv(v);
      root.append(svg("line", { class: "grid", x1: L, x2: W - R, y1: yy, y2: yy }));
      root.append(svg("text", { x: L - 6, y: yy + 4, "text-anchor": "end" }, formatNum(v)));
    }
    root.append(svg("line", { class: "axis", x1: L, x2: W - R, y1: H - B, y2: H - B }));
    root.append(svg("line", { class: "axis", x1: L, x2: L, y1: T, y2: H - B }));
    for (const y of years) root.append(svg("text", { x: x(y), y: H - B + 18, "text-anchor": "middle" }, y + "年"));
    c.series.forEach((s, i) => {
      const cls = "s" + (i % 2);
      if (s.points.length > 1) root.append(svg("polyline", { class: cls, points: s.points.map((p) => x(p.year) + "," + yv(p.value)).join(" ") }));
      for (const p of s.points) {
        root.append(svg("circle", { class: cls, cx: x(p.year), cy: yv(p.value), r: 4 }));
        root.append(svg("text", { x: x(p.year), y: yv(p.value) - 8, "text-anchor": "middle" }, formatNum(p.value) + (c.unit || "")));
      }
      root.append(svg("circle", { class: cls, cx: L + 10 + i * 110, cy: 12, r: 4 }));
      root.append(svg("text", { x: L + 18 + i * 110, y: 16 }, s.name));
    });
    return el("div", { class: "chart" }, el("h3", caption), root);
  }

  function formatNum(v) {
    return Math.abs(v) >= 100 ? String(Math.round(v)) : String(Math.round(v * 100) / 100);
  }

  function sourcesList(sources) {
    const list = el("ol");
    for (const s of sources) {
      const meta = [s.year, s.kind, s.section].filter(Boolean).join(" · ");
      list.append(el("li", null,
        el("div", null, el("span", { class: "cite-n", text: "[" + s.n + "] " }), el("strong", s.title)),
        el("div", { class: "src-meta", text: meta + (s.suspect ? " · ⚠ 含可疑指令，请核实" : "") }),
        s.quote ? el("blockquote", "“" + s.quote + "”") : null));
    }
    return el("div", { class: "sources" }, el("h3", "来源"), list);
  }

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) {
      const ta = el("textarea", { class: "visually-hidden" });
      ta.value = text;
      document.body.append(ta);
      ta.select();
      const ok = document.execCommand("copy");
      ta.remove();
      return ok;
    }
  }

  async function post(path, body) {
    const res = await fetch(path, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    let data = {};
    try { data = await res.json(); } catch (e) { /* not JSON */ }
    return { res, data };
  }

  function actions(v) {
    const bar = el("div", { class: "actions" });
    if (v.draft) {
      const copy = el("button", { type: "button", class: "copy", text: "复制草稿" });
      copy.addEventListener("click", async () => {
        copy.textContent = (await copyText(v.text)) ? "已复制" : "复制失败，请手动选择复制";
      });
      bar.append(copy);
    }
    if (!v.id) return bar;
    const up = el("button", { type: "button", class: "vote-up", title: "有帮助", text: "👍 有帮助" });
    const down = el("button", { type: "button", class: "vote-down", title: "没帮助", text: "👎 没帮助" });
    const note = el("span", { class: "done", role: "status" });
    const send = async (vote, comment) => {
      up.disabled = down.disabled = true;
      const { res, data } = await post("api/feedback", { answer_id: v.id, vote, comment: comment || "" });
      note.textContent = data.message || data.error || (res.ok ? "感谢您的反馈！" : "反馈没有保存成功");
      return res.ok;
    };
    up.addEventListener("click", () => send("up"));
    down.addEventListener("click", async () => {
      if (!(await send("down"))) return;
      const input = el("input", { type: "text", maxlength: "500", placeholder: "哪里不对？（可选）" });
      const submit = el("button", { type: "button", class: "plain", text: "提交说明" });
      submit.addEventListener("click", async () => {
        if (!input.value.trim()) return;
        submit.disabled = true;
        await send("down", input.value.trim());
        input.remove();
        submit.remove();
      });
      bar.append(input, submit);
    });
    bar.append(up, down, note);
    return bar;
  }

  // show draws a whole answer into reply.
  function show(reply, v) {
    reply.replaceChildren();
    if (v.understood) reply.append(el("p", { class: "understood", text: "理解为：" + v.understood }));
    reply.append(markdown(v.text));
    if (v.figures.length) reply.append(figuresTable(v.figures));
    if (v.chart) { const c = chart(v.chart); if (c) reply.append(c); }
    for (const w of v.warnings) reply.append(el("p", { class: "warning", text: "⚠ " + w }));
    if (v.offline) reply.append(el("p", { class: "offline", text: "离线模式：回答由资料原文摘录组成，未经大模型改写。" }));
    if (v.sources.length) reply.append(sourcesList(v.sources));
    reply.append(actions(v));
    reply.dataset.state = "done";
  }

  function fail(reply, message) {
    reply.replaceChildren(el("p", { class: "error", text: message }));
    reply.dataset.state = "error";
  }

  // events reads server-sent events from a fetch response body.
  async function events(res, on) {
    const reader = res.body.getReader();
    const dec = new TextDecoder();
    let buf = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      let i;
      while ((i = buf.indexOf("\n\n")) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        let name = "message", data = "";
        for (const line of block.split("\n")) {
          if (line.startsWith("event: ")) name = line.slice(7);
          else if (line.startsWith("data: ")) data += line.slice(6);
        }
        if (data) on(name, JSON.parse(data));
      }
    }
  }

  async function ask(question) {
    question = question.trim();
    if (!question || busy) return;
    busy = true;
    askButton.disabled = true;
    $("welcome").hidden = true;
    const link = el("a", { class: "small", href: "?q=" + encodeURIComponent(question), title: "可分享的提问链接", text: " 链接" });
    const turn = el("div", { class: "turn" }, el("div", { class: "mine" }, document.createTextNode(question), link));
    const reply = el("div", { class: "reply", "data-state": "waiting" }, el("p", { class: "pending", text: "正在查找资料…" }));
    turn.append(reply);
    thread.append(turn);
    turn.scrollIntoView({ block: "end" });
    try {
      const res = await fetch("api/ask", {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ question, conversation }),
      });
      if (!res.ok) {
        let data = {};
        try { data = await res.json(); } catch (e) { /* not JSON */ }
        fail(reply, data.error || "抱歉，处理时出错了，请稍后再试。");
        if (res.status === 401) checkSession();
        return;
      }
      let streamed = null, ended = false;
      await events(res, (name, d) => {
        if (name === "start") conversation = d.conversation;
        else if (name === "delta") {
          if (!streamed) {
            streamed = el("div", { class: "streaming" });
            reply.replaceChildren(streamed);
            reply.dataset.state = "streaming";
          }
          streamed.textContent += d.text;
        } else if (name === "answer") { show(reply, d); ended = true; }
        else if (name === "error") { fail(reply, d.error); ended = true; }
      });
      if (!ended) fail(reply, "抱歉，连接中断，请稍后重新提问。");
    } catch (e) {
      fail(reply, "抱歉，无法连接到助手，请检查网络后重试。");
    } finally {
      busy = false;
      askButton.disabled = false;
      turn.scrollIntoView({ block: "end" });
    }
  }

  async function checkSession() {
    let info = {};
    let ok = false;
    try {
      const res = await fetch("api/session", { credentials: "same-origin" });
      info = await res.json();
      ok = res.ok;
      if (!ok) {
        $("who").textContent = info.error || "";
        return false;
      }
    } catch (e) {
      $("who").textContent = "无法连接到助手";
      return false;
    }
    const needToken = !info.signed_in && info.login.includes("token");
    $("login").hidden = !needToken;
    thread.hidden = needToken;
    form.hidden = needToken;
    $("logout").hidden = !(info.signed_in && info.login.includes("token"));
    $("who").textContent = info.user ? "当前用户：" + info.user : "";
    return info.signed_in;
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = box.value;
    box.value = "";
    ask(q);
  });
  box.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  for (const b of document.querySelectorAll(".example")) b.addEventListener("click", () => ask(b.textContent));
  $("new-chat").addEventListener("click", () => {
    conversation = "";
    for (const t of thread.querySelectorAll(".turn")) t.remove();
    $("welcome").hidden = false;
    history.replaceState(null, "", location.pathname);
    box.focus();
  });
  $("logout").addEventListener("click", async () => {
    await post("api/logout", {});
    checkSession();
  });
  $("login-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const { res, data } = await post("api/login", { token: $("token").value });
    $("token").value = "";
    if (!res.ok) { $("login-error").textContent = data.error || "登录失败"; return; }
    $("login-error").textContent = "";
    if (await checkSession()) start();
  });

  function start() {
    const q = new URLSearchParams(location.search).get("q");
    if (q && q.trim()) ask(q);
    else box.focus();
  }

  checkSession().then((ok) => { if (ok) start(); });
})();
