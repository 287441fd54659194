namespace Zeno.Core.Query.Filters;

/// <summary>How a <see cref="Group"/> joins its children.</summary>
public enum GroupOp
{
    /// <summary>All children hold (an empty AND is true).</summary>
    And,
    /// <summary>At least one child holds (an empty OR is false).</summary>
    Or,
}
