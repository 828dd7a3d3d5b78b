// Draws matrix résumés (the ID.json of MatrixSources) to PDF with pdf-lib, as a JavaScript résumé
// generator does: every line placed by hand at its x and y, words wrapped by measured width, dates
// drawn flush right or in a gutter, a second column or a sidebar drawn beside the first.
//
// usage: NODE_PATH=DIR/node_modules node pdflib_render.cjs SOURCES_DIR OUT_DIR LAYOUT [ID ...]
// (pdf-lib and @pdf-lib/fontkit, pinned in eval/matrix/npm/package.json; fonts as reportlab_render.py)
const fs = require('fs');
const path = require('path');
const { PDFDocument, rgb } = require('pdf-lib');
const fontkit = require('@pdf-lib/fontkit');

const FONTS = {
  latin: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  ja: ['/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf', '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf'],
  ko: ['/usr/share/fonts/truetype/nanum/NanumGothic.ttf', '/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf'],
};
const W = 595.28, H = 841.89, M = 45, SIZE = 9.5, LEAD = 12.5;

async function render(model, out, layout) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(model.name); doc.setProducer('pdf-lib'); doc.setCreationDate(new Date(0)); doc.setModificationDate(new Date(0));
  const files = FONTS[model.language] || FONTS.latin;
  const regular = await doc.embedFont(fs.readFileSync(files[0]), { subset: true });
  const bold = files[1] === files[0] ? regular : await doc.embedFont(fs.readFileSync(files[1]), { subset: true });
  let page = doc.addPage([W, H]);
  const cjk = model.language === 'ja' || model.language === 'ko';

  // A column: a left edge, a width and its own cursor; a new page starts every column at the top.
  const column = (x, width, y) => ({ x, width, y });
  const wrap = (text, font, size, width) => {
    const units = cjk ? Array.from(text) : text.split(' ');
    const lines = []; let line = '';
    for (const u of units) {
      const next = line === '' ? u : cjk ? line + u : line + ' ' + u;
      if (line !== '' && font.widthOfTextAtSize(next, size) > width) { lines.push(line); line = u.trimStart(); } else { line = next; }
    }
    if (line !== '') lines.push(line);
    return lines;
  };
  const draw = (col, text, { font = regular, size = SIZE, indent = 0, right = null } = {}) => {
    for (const line of wrap(text, font, size, col.width - indent)) {
      if (col.y < M) { page = doc.addPage([W, H]); col.y = H - M; }
      page.drawText(line, { x: col.x + indent, y: col.y, size, font, color: rgb(0, 0, 0) });
      col.y -= size * 1.3;
    }
  };
  const heading = (col, text) => {
    col.y -= 6; draw(col, text, { font: bold, size: 11.5 });
    page.drawLine({ start: { x: col.x, y: col.y + 9 }, end: { x: col.x + col.width, y: col.y + 9 }, thickness: 0.6 });
    col.y -= 3;
  };
  const entry = (col, e) => {
    let body = col;
    const top = col.y;
    if (layout === 'dates-gutter') {
      const gutter = column(col.x, col.width * 0.22, col.y);
      if (e.dates) draw(gutter, e.dates);
      body = column(col.x + col.width * 0.25, col.width * 0.75, top);
      e.head.forEach(l => draw(body, l.text, { font: l.bold ? bold : regular }));
      col.y = Math.min(gutter.y, body.y);
    } else {
      e.head.forEach((l, i) => {
        if (i === 0 && layout === 'dates-right' && e.dates) {
          const w = regular.widthOfTextAtSize(e.dates, SIZE);
          page.drawText(e.dates, { x: col.x + col.width - w, y: col.y, size: SIZE, font: regular });
          draw(column(col.x, col.width - w - 12, col.y), l.text, { font: l.bold ? bold : regular });
          col.y -= LEAD;
        } else {
          draw(col, l.text, { font: l.bold ? bold : regular });
        }
      });
      if (e.dates && layout !== 'dates-right') draw(col, e.dates);
    }
    for (const b of e.bullets) {
      draw(body, model.bullet + ' ' + b, { indent: 6 });
      if (body !== col) col.y = Math.min(col.y, body.y);
    }
    col.y -= 5;
  };
  const header = col => { draw(col, model.name, { font: bold, size: 18 }); col.y -= 2; draw(col, model.contact); };
  const experience = col => { heading(col, model.experience); model.entries.forEach(e => entry(col, e)); };
  const skills = col => { heading(col, model.skillsHeading); draw(col, model.skills); };

  const width = W - 2 * M;
  if (layout === 'two-column') {
    const full = column(M, width, H - M - 18); header(full);
    const left = column(M, width * 0.62, full.y - 6), right = column(M + width * 0.66, width * 0.34, full.y - 6);
    experience(left); page = doc.getPages()[0]; skills(right);
  } else if (layout === 'sidebar') {
    const side = column(M, width * 0.28, H - M - 18), main = column(M + width * 0.32, width * 0.68, H - M - 18);
    page.drawRectangle({ x: M - 6, y: M, width: width * 0.28 + 12, height: H - 2 * M, color: rgb(0.93, 0.94, 0.95) });
    draw(side, model.contact); skills(side); draw(main, model.name, { font: bold, size: 18 }); main.y -= 2; experience(main);
  } else {
    const col = column(M, width, H - M - 18); header(col); experience(col); skills(col);
  }
  fs.writeFileSync(out, await doc.save());
}

(async () => {
  const [src, out, layout, ...ids] = process.argv.slice(2);
  const all = ids.length ? ids : fs.readdirSync(src).filter(f => f.endsWith('.json') && !f.endsWith('.gold.json')).map(f => f.slice(0, -5)).sort();
  fs.mkdirSync(out, { recursive: true });
  for (const id of all) {
    const model = JSON.parse(fs.readFileSync(path.join(src, id + '.json'), 'utf8'));
    await render(model, path.join(out, id + '.' + layout + '.pdf'), layout);
  }
})().catch(e => { console.error(e); process.exit(1); });
