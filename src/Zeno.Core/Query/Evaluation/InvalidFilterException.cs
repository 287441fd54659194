using Zeno.Core.Errors;

namespace Zeno.Core.Query.Evaluation;

/// <summary>A filter that parses but cannot apply to these columns (a number compared with text, a regex on a number).</summary>
public sealed class InvalidFilterException(string message, Exception inner) : ZenoException(message, inner);
