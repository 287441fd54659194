using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>What Zeno knows about one user function before calling it: its role, name, place and code fingerprint.</summary>
/// <param name="Kind">The attribute that marked it.</param>
/// <param name="Name">The attribute's name, or the method's name when the attribute names none.</param>
/// <param name="DeclaringType">The full name of the class that declares it (nested classes joined with '.').</param>
/// <param name="MethodName">The method's own name.</param>
/// <param name="Location">Where the method is declared, relative to the config folder when it lies beneath it.</param>
/// <param name="Fingerprint">
/// A hash of the method's code and of every user declaration it reaches (helpers, fields, types), blind to comments
/// and whitespace; it changes exactly when a cached result of this function may be stale.
/// </param>
/// <param name="ReadsModelOutput">
/// True when the function (or a helper it calls) reads <see cref="ZenoOptions.OutputColumn"/>: a distill that does
/// depends on the model and runs once per model.
/// </param>
/// <param name="ReadsColumns">
/// The batch columns the code reads (constants, or <see cref="ColumnReads.OptionPrefix"/> plus an options property),
/// or null when it may read any: the pipeline then reads every column.
/// </param>
public sealed record FunctionDescriptor(
    FunctionKind Kind,
    string Name,
    string DeclaringType,
    string MethodName,
    SourceLocation Location,
    string Fingerprint,
    bool ReadsModelOutput,
    IReadOnlyList<string>? ReadsColumns = null)
{
    /// <summary>"metric 'accuracy' (Metrics.Accuracy at functions/metrics.cs:12)", for messages.</summary>
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()} '{Name}' ({DeclaringType}.{MethodName} at {Location})";

    /// <summary>Equal when every member is, comparing the read columns by their names (a list compares by reference).</summary>
    public bool Equals(FunctionDescriptor? other) =>
        other is not null
        && (Kind, Name, DeclaringType, MethodName, Location, Fingerprint, ReadsModelOutput)
            == (other.Kind, other.Name, other.DeclaringType, other.MethodName, other.Location, other.Fingerprint, other.ReadsModelOutput)
        && (ReadsColumns is null ? other.ReadsColumns is null : other.ReadsColumns is not null && ReadsColumns.SequenceEqual(other.ReadsColumns));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Name, DeclaringType, MethodName, Location, Fingerprint, ReadsModelOutput);
}
