namespace Zeno.Core.State;

/// <summary>The rules every name follows, checked once here: trimmed, not empty, at most 200 characters.</summary>
internal static class StateNames
{
    /// <summary>The trimmed name, or a validation error for <paramref name="field"/>.</summary>
    public static string Check(string? name, string field = "name")
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new StateValidationException(field, "a name is required");
        if (trimmed.Length > StateOptions.MaxNameLength)
            throw new StateValidationException(field, $"a name has at most {StateOptions.MaxNameLength} characters, this one has {trimmed.Length}");
        // Line breaks would break the one-line lists of the UI and the CLI's tables.
        if (trimmed.Any(char.IsControl))
            throw new StateValidationException(field, "a name cannot contain line breaks or other control characters");
        return trimmed;
    }

    /// <summary>Throws when <paramref name="name"/> is among <paramref name="configNames"/> or taken in the store.</summary>
    public static void RequireFree(StateKind kind, string name, IReadOnlySet<string>? configNames, bool takenInStore)
    {
        if (configNames?.Contains(name) == true)
            throw new DuplicateNameException(kind, name, inConfig: true);
        if (takenInStore)
            throw new DuplicateNameException(kind, name);
    }
}
