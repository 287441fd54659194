using Zeno.Core.Config;

namespace Zeno.Core.State;

// Export: the UI's slices and report tests as zeno.toml tables, under their current names.
public sealed partial class StateService
{
    /// <summary>
    /// The UI's slices and the reports' tests as <c>[[slices]]</c> and <c>[[tests]]</c> tables to append to zeno.toml
    /// (see <see cref="StateExport"/>). zeno.toml's own slices and tests are not repeated. A test whose slice left
    /// zeno.toml is left out: the config could not load it. Test names are those of <see cref="ListTests"/>.
    /// </summary>
    public string ExportToml() => Read(connection =>
    {
        var folders = FolderRows.All(connection).ToDictionary(f => f.Id, f => f.Name, StringComparer.Ordinal);
        var slices = SliceRows.All(connection).Select(Shown).Select(slice => new SliceConfig(slice.Name, slice.Filter, default)
        {
            Folder = slice.FolderId is null ? null : _config.FindFolder(slice.FolderId)?.Name ?? folders.GetValueOrDefault(slice.FolderId),
        });
        var tests = AllTests(connection).Where(t => t.Source == StateSource.User && !t.Slice.Missing)
            .Select(test => new TestConfig(test.Name, test.Slice.Name, test.Metric, test.Expect, default) { Models = test.Models });
        return StateExport.Toml([.. slices], [.. tests]);
    });
}
