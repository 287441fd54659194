using Zeno.Core.Errors;

namespace Zeno.Core.Config;

// [[slices]] and [[tests]]: named filters, and expectations that refer to slices, metrics and models by name.
// Filter and expectation syntax is checked by the query stage; here only their presence and locations matter.
public static partial class ConfigLoader
{
    private static IReadOnlyList<SliceConfig> ReadSlices(ConfigSection top)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var slices = new List<SliceConfig>();
        foreach (var section in top.TableArray("slices"))
        {
            section.RejectUnknownKeys(ConfigKeys.Slice);
            var name = ReadUniqueName(section, seen, "slice");
            if (name == ConfigKeys.AllInstances)
            {
                throw section.ValueError(section.Find("name")!, $"'{ConfigKeys.AllInstances}' is the built-in slice of every row; choose another name");
            }
            var filter = section.RequiredString("filter", "every slice needs a filter");
            slices.Add(new SliceConfig(name, filter, section.Location)
            {
                Folder = section.String("folder"),
                FilterLocation = section.Find("filter")!.Value.Location,
            });
        }
        return slices;
    }

    private static IReadOnlyList<TestConfig> ReadTests(
        ConfigSection top, IReadOnlyList<SliceConfig> slices, IReadOnlyList<MetricConfig> metrics, IReadOnlyList<ModelConfig> models)
    {
        List<string> sliceNames = [ConfigKeys.AllInstances, .. slices.Select(s => s.Name)];
        var metricNames = metrics.Select(m => m.Name).ToList();
        var modelNames = models.Select(m => m.Name).ToList();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var tests = new List<TestConfig>();
        foreach (var section in top.TableArray("tests"))
        {
            section.RejectUnknownKeys(ConfigKeys.Test);
            var name = ReadUniqueName(section, seen, "test");
            var slice = ReadReference(section, "slice", sliceNames, "[[slices]]");
            var metric = ReadReference(section, "metric", metricNames, "[[metrics]]");
            var expect = section.RequiredString("expect", "every test needs an expectation on the metric");
            tests.Add(new TestConfig(name, slice, metric, expect, section.Location)
            {
                Models = ReadTestModels(section, modelNames),
                ExpectLocation = section.Find("expect")!.Value.Location,
            });
        }
        return tests;
    }

    /// <summary>A required key that names an entry declared elsewhere in the config.</summary>
    private static string ReadReference(ConfigSection section, string key, IReadOnlyCollection<string> names, string declaredIn)
    {
        var value = section.RequiredString(key, $"every test names the {key} it checks");
        if (names.Contains(value))
        {
            return value;
        }
        throw section.ValueError(section.Find(key)!, NoSuch(key, value, names, declaredIn));
    }

    private static TestModels ReadTestModels(ConfigSection section, IReadOnlyCollection<string> modelNames)
    {
        if (section.Find("models") is not { } member)
        {
            return TestModels.Latest;
        }
        const string Expected = "expected \"latest\", \"all\" or a list of model names";
        switch (member.Value.Raw)
        {
            case "latest":
                return TestModels.Latest;
            case "all":
                return TestModels.All;
            case string single:
                var hint = modelNames.Contains(single) ? $"; for one model write models = [\"{single}\"]" : "";
                throw section.ValueError(member, $"{Expected}, found \"{single}\"{hint}");
            case IReadOnlyList<LocatedValue> { Count: 0 }:
                throw section.ValueError(member, "lists no models; leave the key out to test the latest model");
            case IReadOnlyList<LocatedValue> items:
                var names = new List<string>();
                for (var i = 0; i < items.Count; i++)
                {
                    var at = $"{section.KeyPath("models")}[{i}]";
                    if (items[i].Raw is not string name)
                    {
                        throw new ConfigException(items[i].Location, at, $"expected a model name, found {ConfigSection.Found(items[i])}");
                    }
                    if (!modelNames.Contains(name))
                    {
                        throw new ConfigException(items[i].Location, at, NoSuch("model", name, modelNames, "[[models]]"));
                    }
                    names.Add(name);
                }
                return new TestModels(TestModelsKind.List, names);
            default:
                throw section.ValueError(member, $"{Expected}, found {ConfigSection.Found(member.Value)}");
        }
    }

    /// <summary>"no slice named 'x'" with the closest declared name, or the declared names when none is close.</summary>
    private static string NoSuch(string what, string value, IReadOnlyCollection<string> names, string declaredIn)
    {
        var message = $"no {what} named '{value}'";
        var closest = Suggest.Closest(value, names);
        return closest is not null ? $"{message}; did you mean '{closest}'?"
            : names.Count > 0 ? $"{message}; declared in {declaredIn}: {string.Join(", ", names.Select(n => $"'{n}'"))}"
            : $"{message}; there are no {declaredIn} entries";
    }
}
