using DuckDB.NET.Data;
using Zeno.Core.Config;
using Zeno.Core.Store;

namespace Zeno.Core.State;

/// <summary>
/// The user's state — slices, folders, tags, reports with their tests and charts — kept in the project's store,
/// beside the read-only slices and tests of zeno.toml. Every write is one store transaction: a crash or an error
/// mid-write leaves the old state or the new, never a mix. Every stored object has a version that each change
/// increments; updates and deletes name the version they saw and fail with <see cref="StaleVersionException"/> when
/// someone changed it first. Thread-safe: the store serialises writes, and version and name checks run inside them.
/// </summary>
/// <remarks>
/// Errors, and the HTTP status the server gives each: <see cref="StateNotFoundException"/> 404,
/// <see cref="StaleVersionException"/> 409 (with the current object), <see cref="DuplicateNameException"/> 409,
/// <see cref="StateConflictException"/> 409, <see cref="ReadOnlyStateException"/> 403,
/// <see cref="StateValidationException"/>, <c>FilterSyntaxException</c> and <c>ExpectationSyntaxException</c> 400,
/// and whatever <see cref="StateOptions.CheckFilter"/> throws (an <c>UnknownColumnException</c>: 400).
/// </remarks>
public sealed partial class StateService
{
    private readonly ZenoStore _store;
    private readonly ConfigState _config;
    private readonly StateOptions _options;

    /// <summary>The state of a project: its store, and the slices and tests its zeno.toml declares.</summary>
    public StateService(ZenoStore store, ZenoConfig config, StateOptions? options = null)
        : this(store, config.Slices, config.Tests, options)
    {
    }

    internal StateService(ZenoStore store, IReadOnlyList<SliceConfig> configSlices, IReadOnlyList<TestConfig> configTests, StateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _config = new ConfigState(configSlices, configTests);
        _options = options ?? new StateOptions();
    }

    private T Read<T>(Func<DuckDBConnection, T> work) => _store.Read(work);

    private T Write<T>(Func<DuckDBConnection, T> work) => _store.Write(work);

    private void Write(Action<DuckDBConnection> work) => _store.Write(work);

    /// <summary>Null, a UI folder or a zeno.toml folder; anything else is refused (the draft's <c>folderId</c>).</summary>
    private void RequireFolder(DuckDBConnection connection, string? folderId)
    {
        if (folderId is null)
            return;
        var exists = StateIds.IsConfig(folderId) ? _config.FindFolder(folderId) is not null : FolderRows.Find(connection, folderId) is not null;
        if (!exists)
            throw new StateValidationException("folderId", $"there is no folder with id '{folderId}'");
    }
}
