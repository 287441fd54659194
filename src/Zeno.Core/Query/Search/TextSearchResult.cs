namespace Zeno.Core.Query.Search;

/// <summary>What a text search found.</summary>
/// <param name="Count">How many rows match (under the request's filter).</param>
/// <param name="Snippets">The first matching rows, in data order, each with a window of text around its first match.</param>
public sealed record TextSearchResult(long Count, IReadOnlyList<TextSnippet> Snippets);

/// <summary>A window of a matching row's text, with the match to highlight.</summary>
/// <param name="Id">The row's instance id.</param>
/// <param name="Text">About <see cref="TextSearchRequest.Window"/> characters around the first match.</param>
/// <param name="MatchStart">
/// Where the match starts in <see cref="Text"/> (UTF-16 code units); null when there is nothing to highlight: a negated
/// search, or a regex .NET does not read as RE2 does (see <see cref="TextSearch"/>).
/// </param>
/// <param name="MatchLength">The match's length in <see cref="Text"/> (0 without a match; cut at the window's end).</param>
/// <param name="ClippedStart">Whether text before the window was left out (show "…").</param>
/// <param name="ClippedEnd">Whether text after the window was left out.</param>
public sealed record TextSnippet(string Id, string Text, int? MatchStart, int MatchLength, bool ClippedStart, bool ClippedEnd);
