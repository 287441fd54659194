namespace Zeno.Reports.Documents;

// The stylesheet, inline so the file stands alone. Colours pass WCAG AA on white; verdicts also carry icon and word.
public static partial class HtmlReport
{
    private const string Styles = """

        :root { color-scheme: light; --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --pass: #146c2e; --fail: #b42318; --warn: #9a5b00; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); max-width: 1100px; margin: 2rem auto; padding: 0 1.5rem; }
        h1 { font-size: 1.9rem; margin: 0.1rem 0 0.4rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
        .kicker, .meta, footer, .folder { color: var(--muted); }
        .kicker { margin: 0; text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.8rem; }
        .summary { font-weight: 600; }
        .summary.failing { color: var(--fail); }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
        th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid var(--ink); font-size: 0.85rem; }
        tbody th { font-weight: 600; }
        .num { text-align: right; white-space: nowrap; }
        .folder { display: block; font-weight: normal; font-size: 0.8rem; }
        .verdict { display: block; font-size: 0.8rem; font-weight: 600; }
        .pass .verdict { color: var(--pass); }
        .fail { background: #fdecea; }
        .fail .verdict, .error .verdict { color: var(--fail); }
        .trend { white-space: nowrap; }
        .spark { vertical-align: middle; }
        .marker { font-size: 0.8rem; font-weight: 600; cursor: help; }
        .marker.regression { color: var(--fail); }
        .marker.volatile { color: var(--warn); }
        .warnings, .failures, .notes ul { font-size: 0.85rem; color: var(--muted); }
        .notes { border-left: 4px solid var(--warn); padding: 0.2rem 1rem; background: #fff8eb; }
        figure.chart { margin: 1rem 0; }
        figure.chart svg { max-width: 100%; height: auto; }
        figcaption { color: var(--muted); font-size: 0.85rem; }
        dt { font-weight: 600; margin-top: 0.5rem; }
        dd { margin: 0.1rem 0 0 1rem; }
        code { font: 0.85rem/1.4 "DejaVu Sans Mono", Consolas, monospace; background: #f3f5f7; padding: 0.1rem 0.3rem; white-space: pre-wrap; word-break: break-word; }
        footer { margin-top: 2.5rem; font-size: 0.8rem; }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { font-size: 9.5pt; margin: 0; padding: 0; max-width: none; }
          h2 { break-after: avoid; }
          thead { display: table-header-group; }
          tr, figure, dt, dd, li { break-inside: avoid; }
          .fail { background: none; }
          .marker { cursor: auto; }
        }

        """;
}
