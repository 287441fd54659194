using Zeno.Core.Errors;

namespace Zeno.Server.Wire;

/// <summary>A request whose JSON is well-formed but means nothing (an unknown node kind, a missing field): a 400.</summary>
public sealed class WireException(string message) : ZenoException(message);
