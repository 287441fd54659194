using Zeno.Core.Config;
using Zeno.Core.State;
using Zeno.Core.Store;

namespace Zeno.Core.Tests.State;

/// <summary>A state service over an in-memory store, with zeno.toml's slices and tests given by the test.</summary>
internal sealed class StateFixture : IDisposable
{
    public StateFixture(IReadOnlyList<SliceConfig>? configSlices = null, IReadOnlyList<TestConfig>? configTests = null, StateOptions? options = null)
    {
        Store = ZenoStore.InMemory();
        State = new StateService(Store, configSlices ?? [], configTests ?? [], options);
    }

    public ZenoStore Store { get; }

    public StateService State { get; }

    public static SliceConfig ConfigSlice(string name, string filter, string? folder = null) => new(name, filter, default) { Folder = folder };

    public static TestConfig ConfigTest(string name, string slice, string metric, string expect) => new(name, slice, metric, expect, default);

    /// <summary>A report over the given slices with an accuracy metric, for tests that need one quickly.</summary>
    public Report Report(string name, params string[] sliceIds) =>
        State.CreateReport(new ReportDraft(name) { SliceIds = sliceIds, Metrics = ["accuracy"] });

    public void Dispose() => Store.Dispose();
}

/// <summary>A folder for a store on disk, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zeno-state-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
