namespace Zeno.Reports.Snapshot;

/// <summary>
/// What a reader of a report should know about values that are missing, each said once: a [Metric] function that
/// throws on every slice would otherwise repeat itself for every cell. Capped, so the notes never outgrow the report.
/// </summary>
internal sealed class ReportNotes
{
    private const int Limit = 20;
    private readonly List<string> _notes = [];
    private int _dropped;

    public void Add(string note)
    {
        if (_notes.Contains(note, StringComparer.Ordinal))
            return;
        if (_notes.Count < Limit)
            _notes.Add(note);
        else
            _dropped++;
    }

    public IReadOnlyList<string> ToList() =>
        _dropped == 0 ? [.. _notes] : [.. _notes, $"… and {_dropped} more notes like these."];
}
