using System.Globalization;
using System.Text;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Store;

namespace Zeno.Core.Query.Search;

/// <summary>
/// Completes the word being typed into a text search from the words of the column itself, most frequent first, so a
/// person finds "unsubscribe" and "unsubscribed" after typing "unsub" and sees how many rows each would select.
/// Words are runs of letters, digits and underscores, compared lower-cased; counted over the rows of the selection.
/// </summary>
public sealed class WordCompletions(EvaluationContext context)
{
    /// <summary>The shortest prefix completed: shorter ones match most words and say little.</summary>
    public const int MinimumPrefix = 2;

    /// <summary>The words of <paramref name="column"/> that start with <paramref name="prefix"/>, by rows then alphabetically.</summary>
    public IReadOnlyList<WordCompletion> Complete(string column, string prefix, Predicate? filter, string? model, string? transform, int limit = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var word = LastWord(prefix);
        if (word.Length < MinimumPrefix)
            return [];
        var slice = SliceQuery.Create(context, filter, model, transform);
        var text = slice.Resolver.Resolve(column);
        // RE2's \b and \w know ASCII only; the class below takes "été" for a word too. Group 1 is the word itself.
        var pattern = slice.Parameters.Add($@"(?:^|[^\pL\pN_])({Escape(word)}[\pL\pN_]*)");
        using var connection = context.Store.OpenReader();
        using var command = connection.CreateCommand();
        // DISTINCT (row, word) first: a word repeated in one e-mail counts that e-mail once.
        command.CommandText = $"""
            SELECT word, count(*) AS n FROM (
                SELECT DISTINCT {InstanceView.RowExpression} AS r, unnest(regexp_extract_all(lower({text.Expression}), {pattern}, 1)) AS word
                FROM {slice.From(text.Name)} WHERE {slice.Where}
            ) GROUP BY word ORDER BY n DESC, word LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
            """;
        slice.Parameters.ApplyTo(command);
        using var reader = command.ExecuteReader();
        var words = new List<WordCompletion>();
        while (reader.Read())
            words.Add(new WordCompletion(reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)));
        return words;
    }

    /// <summary>The word at the end of what was typed (what a completion replaces), lower-cased.</summary>
    public static string LastWord(string typed)
    {
        var end = typed.Length;
        var start = end;
        while (start > 0 && IsWordChar(typed[start - 1]))
            start--;
        return typed[start..end].ToLowerInvariant();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    // A word holds only letters, digits and '_'; anything but an ASCII letter or digit is written as \x{...}, which RE2
    // reads as that code point, so no character of the prefix can act as regular-expression syntax.
    private static string Escape(string word)
    {
        var escaped = new StringBuilder();
        foreach (var rune in word.EnumerateRunes())
            escaped.Append(rune.IsAscii && char.IsAsciiLetterOrDigit((char)rune.Value) ? ((char)rune.Value).ToString() : $@"\x{{{rune.Value:X}}}");
        return escaped.ToString();
    }
}
