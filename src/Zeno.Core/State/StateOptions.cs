using Zeno.Core.Query.Filters;

namespace Zeno.Core.State;

/// <summary>How a <see cref="StateService"/> checks what it is asked to save, beyond what it can check alone.</summary>
public sealed record StateOptions
{
    /// <summary>The longest name a slice, folder, tag, report or chart may have, after trimming.</summary>
    public const int MaxNameLength = 200;

    /// <summary>
    /// Checks a parsed slice filter against the project, e.g. that every column it reads exists; throws to refuse it
    /// (an <c>UnknownColumnException</c> with a suggestion). The service cannot check columns itself: it knows no
    /// table. Null accepts every filter that parses.
    /// </summary>
    public Action<Predicate>? CheckFilter { get; init; }
}
