using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Zeno.Core.Functions;

/// <summary>
/// Which batch columns a function reads, when its code says so plainly: every use of a <c>DataFrame</c> in the
/// function and the helpers it reaches is <c>batch.Columns[name]</c>, <c>batch[name]</c>,
/// <c>batch.Columns.GetXxxColumn(name)</c> or <c>batch.Rows.Count</c>, with each name a constant or one of the
/// options' column names. The pipeline then reads only those columns: a distill of one number does not pay for
/// materialising twenty. Any other use (the batch passed on, filtered, enumerated) means "every column".
/// </summary>
internal static class ColumnReads
{
    /// <summary>The prefix of a name that is an options property (e.g. "options:DataColumn"), resolved by the planner.</summary>
    public const string OptionPrefix = "options:";

    private const string DataFrameType = "Microsoft.Data.Analysis.DataFrame";
    private static readonly HashSet<string> OptionColumns = ["IdColumn", "DataColumn", "LabelColumn", "OutputColumn"];

    /// <summary>
    /// The column names of <paramref name="reads"/> (what <see cref="Of"/> found) with the options' names resolved to
    /// the columns the options will hold (null: the option has none); null stays null.
    /// </summary>
    public static IReadOnlyList<string>? Resolve(IReadOnlyList<string>? reads, string idColumn, string? dataColumn, string? labelColumn, string outputColumn) =>
        reads?.Select(name => name switch
        {
            OptionPrefix + "IdColumn" => idColumn,
            OptionPrefix + "DataColumn" => dataColumn,
            OptionPrefix + "LabelColumn" => labelColumn,
            OptionPrefix + "OutputColumn" => outputColumn,
            _ => name,
        }).OfType<string>().ToList();

    /// <summary>The names read, sorted; null when the code uses a batch in a way that may read any column.</summary>
    public static IReadOnlyList<string>? Of(IEnumerable<(SyntaxNode Node, SemanticModel Model)> declarations)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (node, model) in declarations)
            foreach (var identifier in DeclarationText.OwnNodes(node).OfType<IdentifierNameSyntax>())
            {
                if (!IsFrameValue(identifier, model))
                    continue;
                if (Use(identifier, model) is not { } use)
                    return null;
                if (use.Length > 0)
                    names.Add(use);
            }
        return [.. names];
    }

    private static bool IsFrameValue(IdentifierNameSyntax identifier, SemanticModel model) =>
        model.GetSymbolInfo(identifier).Symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol
        && model.GetTypeInfo(identifier).Type?.ToDisplayString() == DataFrameType;

    // The column one use reads: a name, "" for none (the row count), null when the use may read anything.
    private static string? Use(IdentifierNameSyntax frame, SemanticModel model)
    {
        var parent = frame.Parent;
        if (parent is ElementAccessExpressionSyntax element && element.Expression == frame)
            return NameOf(element.ArgumentList, model);
        if (parent is not MemberAccessExpressionSyntax member || member.Expression != frame)
            return null;
        return (member.Name.Identifier.Text, member.Parent) switch
        {
            ("Rows", MemberAccessExpressionSyntax { Name.Identifier.Text: "Count" }) => "",
            ("Columns", ElementAccessExpressionSyntax columns) when columns.Expression == member => NameOf(columns.ArgumentList, model),
            ("Columns", MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } getter)
                when getter.Name.Identifier.Text.StartsWith("Get", StringComparison.Ordinal)
                     && getter.Name.Identifier.Text.EndsWith("Column", StringComparison.Ordinal)
                     && call.Expression == getter => NameOf(call.ArgumentList, model),
            _ => null,
        };
    }

    private static string? NameOf(BaseArgumentListSyntax arguments, SemanticModel model)
    {
        if (arguments.Arguments.Count != 1)
            return null;
        var expression = arguments.Arguments[0].Expression;
        while (expression is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed)
            expression = suppressed.Operand;
        if (model.GetConstantValue(expression) is { HasValue: true, Value: string name })
            return name;
        return model.GetSymbolInfo(expression).Symbol is IPropertySymbol { ContainingType.Name: "ZenoOptions" } property
               && OptionColumns.Contains(property.Name)
            ? OptionPrefix + property.Name
            : null;
    }
}
