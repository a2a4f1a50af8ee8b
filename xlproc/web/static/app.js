// xlproc workbench: the little JavaScript it needs. Pages work without it (plain forms);
// with it, uploads show progress and folders can be dropped. Nothing here builds HTML from
// data: results are pages rendered (and escaped) by the server.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  for (const b of document.querySelectorAll("button[data-copy]")) {
    b.addEventListener("click", async () => {
      const area = document.getElementById(b.dataset.copy);
      area.select();
      try { await navigator.clipboard.writeText(area.value); } catch (e) { document.execCommand("copy"); }
      b.textContent = "已复制";
      setTimeout(() => { b.textContent = "复制"; }, 1500);
    });
  }
  for (const b of document.querySelectorAll("button[data-confirm]")) {
    b.addEventListener("click", (ev) => { if (!confirm(b.dataset.confirm)) ev.preventDefault(); });
  }
  for (const input of document.querySelectorAll("input[type=file][data-show]")) {
    input.addEventListener("change", () => {
      document.getElementById(input.dataset.show).textContent =
        [...input.files].map((f) => f.name).join("、") || "未选择文件";
    });
  }
  const form = document.getElementById("upload-form");
  if (form) uploader(form);
});

function uploader(form) {
  const csrf = form.querySelector("input[name=_csrf]").value;
  const maxFiles = parseInt(form.dataset.maxFiles, 10);
  const maxBytes = parseInt(form.dataset.maxRequest, 10) - (1 << 20);
  const bar = document.getElementById("progress-bar");
  const text = document.getElementById("progress-text");
  const box = document.getElementById("progress");
  const drop = document.getElementById("drop");

  // a chosen folder: paths relative to it, as `xlproc collect FOLDER` sees them
  const relative = (f, strip) => {
    const p = f.webkitRelativePath || f._rel || f.name;
    return strip ? p.split("/").slice(1).join("/") || f.name : p;
  };

  form.querySelector("#pick-files").addEventListener("change", (e) => send([...e.target.files].map((f) => [f, f.name])));
  form.querySelector("#pick-zip").addEventListener("change", (e) => send([...e.target.files].map((f) => [f, f.name])));
  form.querySelector("#pick-folder").addEventListener("change", (e) => send([...e.target.files].map((f) => [f, relative(f, true)])));
  form.addEventListener("submit", (e) => e.preventDefault());

  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", async (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const entries = [...e.dataTransfer.items].map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
    const strip = entries.length === 1 && entries[0].isDirectory;
    const files = [];
    for (const entry of entries) await walk(entry, "", files);
    send(files.map(([f, path]) => [f, strip ? path.split("/").slice(1).join("/") : path]));
  });

  async function walk(entry, prefix, out) {
    const path = prefix ? prefix + "/" + entry.name : entry.name;
    if (entry.isFile) {
      out.push([await new Promise((ok, ko) => entry.file(ok, ko)), path]);
      return;
    }
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise((ok, ko) => reader.readEntries(ok, ko));
      if (!batch.length) break;
      for (const child of batch) await walk(child, path, out);
    }
  }

  function chunks(files) {
    const out = [];
    let cur = [], size = 0;
    for (const item of files) {
      if (cur.length && (cur.length >= maxFiles || size + item[0].size > maxBytes)) { out.push(cur); cur = []; size = 0; }
      cur.push(item);
      size += item[0].size;
    }
    if (cur.length) out.push(cur);
    return out;
  }

  async function send(files) {
    if (!files.length) return;
    box.hidden = false;
    const parts = chunks(files);
    const total = files.reduce((n, [f]) => n + f.size, 0);
    let done = 0;
    for (const [k, part] of parts.entries()) {
      const fd = new FormData();
      fd.append("_csrf", csrf);
      // each file's modification time: the version rule of `xlproc collect` reads it
      fd.append("mtimes", JSON.stringify(Object.fromEntries(part.map(([f, name]) => [name, f.lastModified / 1000]))));
      for (const [f, name] of part) fd.append("files", f, name);
      const label = parts.length > 1 ? `第 ${k + 1}/${parts.length} 批,` : "";
      const sent = part.reduce((n, [f]) => n + f.size, 0);
      const page = await new Promise((ok) => {
        const xhr = new XMLHttpRequest();
        xhr.open("POST", form.action);
        xhr.setRequestHeader("X-CSRF-Token", csrf);
        xhr.responseType = "document";
        xhr.upload.onprogress = (e) => {
          const pct = Math.round(100 * (done + e.loaded * sent / (e.total || 1)) / (total || 1));
          bar.value = Math.min(pct, 99);
          text.textContent = `${label}正在上传 ${part.length} 个文件……${bar.value}%`;
        };
        xhr.upload.onload = () => { text.textContent = `${label}已上传,正在检查 ${part.length} 个文件……`; };
        xhr.onload = () => ok(xhr);
        xhr.onerror = () => ok(null);
        xhr.send(fd);
      });
      done += sent;
      if (!page || !page.response) { text.textContent = "上传失败:无法连接到 xlproc,请确认它仍在运行"; return; }
      const doc = page.response;
      if (page.status !== 200) {
        const msg = doc.querySelector(".flash.error");
        text.textContent = "上传失败:" + (msg ? msg.textContent : page.status);
        return;
      }
      for (const id of ["upload-result", "versions"]) {
        const fresh = doc.getElementById(id);
        if (fresh) document.getElementById(id).replaceWith(document.importNode(fresh, true));
      }
    }
    bar.value = 100;
    text.textContent = `完成:${files.length} 个文件已上传并检查`;
    text.dataset.done = "1";
    for (const input of form.querySelectorAll("input[type=file]")) input.value = "";
  }
}
