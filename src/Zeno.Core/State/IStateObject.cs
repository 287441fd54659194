namespace Zeno.Core.State;

/// <summary>What every stored object has, so version checks and errors are written once for all kinds.</summary>
internal interface IStateObject
{
    string Id { get; }

    string Name { get; }

    long Version { get; }
}
