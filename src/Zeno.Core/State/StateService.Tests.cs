using DuckDB.NET.Data;
using Zeno.Core.Config;

namespace Zeno.Core.State;

// Behavioral tests: zeno.toml's (read-only) beside those of reports. A report's tests are written through the report;
// they are named after the report and the current slice name, so a rename shows at once.
public sealed partial class StateService
{
    /// <summary>
    /// Every behavioral test: zeno.toml's first, then each report's in report order. Names are unique across the list:
    /// a report test whose derived name is taken gets " (2)", " (3)", ... in this order.
    /// </summary>
    public IReadOnlyList<TestView> ListTests() => Read(AllTests);

    private List<TestView> AllTests(DuckDBConnection connection)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var views = new List<TestView>();
        foreach (var test in _config.Tests)
        {
            var slice = test.Slice == StateIds.AllInstancesName
                ? new StateRef(StateKind.Slice, StateIds.AllInstances, StateIds.AllInstancesName)
                : new StateRef(StateKind.Slice, StateIds.Config(test.Slice), test.Slice, Missing: _config.FindSlice(StateIds.Config(test.Slice)) is null);
            views.Add(new TestView(Unique(test.Name, taken), slice, test.Metric, test.Expect, test.Models, StateSource.Config, null));
        }
        var names = StoredSliceNames(connection);
        foreach (var report in ReportRows.All(connection))
        {
            foreach (var test in report.Tests)
            {
                var slice = SliceRef(test.SliceId, names);
                views.Add(new TestView(Unique($"{report.Name}: {slice.Name} {test.Metric}", taken), slice, test.Metric, test.Expect,
                    report.Models, StateSource.User, report.Id) { Transform = report.Transform });
            }
        }
        return views;
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
            unique = $"{name} ({n})";
        return unique;
    }
}
