using System.Collections.Concurrent;
using Zeno.Core.State;

namespace Zeno.Core.Tests.State;

public sealed class StateConcurrencyTests : IDisposable
{
    private const int Threads = 8;
    private const int PerThread = 25;

    private readonly StateFixture _fixture = new();

    private StateService State => _fixture.State;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Parallel_creates_and_updates_from_many_threads_all_land_with_strictly_increasing_versions()
    {
        var shared = State.CreateSlice(new SliceDraft("shared", "n >= 0"));
        var savedVersions = new ConcurrentBag<long>();
        var start = new Barrier(Threads);

        var workers = Enumerable.Range(0, Threads).Select(thread => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            var seen = new List<long>();
            for (var i = 0; i < PerThread; i++)
            {
                State.CreateSlice(new SliceDraft($"t{thread}-{i}", $"n == {i}"));
                // Read, then save on what was read; on a conflict, retry on the current version as a UI would.
                var version = State.GetSlice(shared.Id).Version;
                while (true)
                {
                    try
                    {
                        var saved = State.UpdateSlice(shared.Id, version, new SliceDraft("shared", $"n >= {thread * 1000 + i}"));
                        savedVersions.Add(saved.Version);
                        seen.Add(saved.Version);
                        break;
                    }
                    catch (StaleVersionException e)
                    {
                        version = e.CurrentVersion;
                    }
                }
                _ = State.ListSlices();
            }
            return seen;
        }, TaskCreationOptions.LongRunning)).ToArray();
        var perThread = await Task.WhenAll(workers);

        Assert.Equal(1 + Threads * PerThread, State.ListSlices().Count);
        // Every successful update made exactly one new version: 2, 3, ... with none lost or repeated.
        Assert.Equal(Enumerable.Range(2, Threads * PerThread).Select(v => (long)v), savedVersions.Order());
        Assert.Equal(1L + Threads * PerThread, State.GetSlice(shared.Id).Version);
        Assert.All(perThread, seen => Assert.Equal(seen.Order(), seen));
        Assert.Equal(Threads * PerThread + 1, State.ListSlices().Select(s => s.Id).Distinct().Count());
    }
}
