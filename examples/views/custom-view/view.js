// A custom instance view for Zeno: copy this file next to your zeno.toml, set `view = "view.js"`, and edit.
//
// The contract (web/src/views/README.md has the whole of it):
//
//   export default {
//     render(element, instance, context) { ... return { update(instance, context) {...}, destroy() {...} }; },
//     options: [...],              // optional: switches and choices shown once above the cards
//     comparable: true,            // optional: false when label and output cannot be compared with ==
//     showsLabelAndOutput: false,  // optional: true when the view shows them itself (no pills on the card)
//   };
//
// render(element, instance, context) draws ONE instance into `element` (an empty <div> inside the card; the card
// itself shows the id, the pick box, the label/output pills and the ✓/✗ verdict).
//   instance.id        the id, as text
//   instance.data      the data column's value (a text, or a file path under data_path)
//   instance.label     the label (undefined without a label column)
//   instance.output    the selected model's output (undefined without models)
//   instance.columns   every column of the row by name (metadata, distills, per-model columns)
//   context.fileUrl(root, path)      URL of a file; root is 'data', 'label' or 'output'
//   context.load(root, path, as)     Promise of a file's 'text', 'json' or 'bytes' (ArrayBuffer)
//   context.options                  the current option values, by key
//   context.model, context.transform, context.columns (the id/data/label/output column names)
//   context.search                   the text search on the data column, or null
//   context.signal                   aborted when the card goes away: stop async work then
//   context.helpers.escapeHtml(text), .markdown(text) (safe HTML), .format(value)
//
// render may return nothing, a clean-up function, or { update, destroy }. With update, Zeno calls it when the
// options, the model or the row change, instead of rendering from scratch.
//
// The file is served by `zeno serve` at /api/views/custom.js and imported by the browser as an ES module: keep it
// one self-contained file (imports of other local files are not served). Build text with textContent, or pass
// anything from the data through context.helpers.escapeHtml before it goes into innerHTML.

/** Stars for a rating from 1 to 5, as symbols or as a number. */
function stars(value, style) {
  const n = Math.max(0, Math.min(5, Math.round(Number(value))));
  if (!Number.isFinite(n)) return '–';
  return style === 'numbers' ? `${n} / 5` : '★'.repeat(n) + '☆'.repeat(5 - n);
}

function row(name, text, className) {
  const line = document.createElement('div');
  line.className = className;
  const tag = document.createElement('span');
  tag.textContent = name;
  tag.style.cssText = 'display:inline-block;width:52px;color:#6b7380;font-size:11px';
  const value = document.createElement('span');
  value.textContent = text;
  line.append(tag, value);
  return line;
}

export default {
  options: [{ key: 'stars', label: 'stars as', type: 'choice', choices: ['symbols', 'numbers'], default: 'symbols' }],
  showsLabelAndOutput: true,

  render(element, instance, context) {
    const root = document.createElement('div');
    root.style.cssText = 'display:flex;flex-direction:column;gap:4px;font-size:12.5px';
    element.append(root);

    function draw(current, ctx) {
      const review = document.createElement('p');
      review.style.cssText = 'margin:0;color:#1d2430';
      review.textContent = String(current.data ?? '');
      const style = ctx.options.stars;
      const lines = [review];
      if (current.label !== undefined) lines.push(row('label', stars(current.label, style), 'stars-label'));
      if (current.output !== undefined) {
        const output = row(ctx.model ?? 'output', stars(current.output, style), 'stars-output');
        // Off by more than one star: worth a look.
        if (Math.abs(Number(current.output) - Number(current.label)) > 1) output.style.color = '#b3261e';
        lines.push(output);
      }
      root.replaceChildren(...lines);
    }

    draw(instance, context);
    return {
      update: draw,
      destroy() {
        root.remove();
      },
    };
  },
};
