using System.Globalization;

namespace Zeno.Bench;

/// <summary>The command line of `zeno-bench` (bench/run.sh passes most of it).</summary>
internal sealed record BenchOptions
{
    public required string Repo { get; init; }
    public IReadOnlyList<long> Sizes { get; init; } = [1_000_000, 10_000_000];
    public bool Quick { get; init; }
    /// <summary>The harness check of ./test.sh: 2k rows, one sample of each measure, no pipeline measures (no Roslyn compile).</summary>
    public bool Smoke { get; init; }
    /// <summary>The python3 that has pandas, or null to skip the pandas baseline.</summary>
    public string? Python { get; init; }
    public string? PandasMissing { get; init; }
    public int Seed { get; init; } = 42;
    public string? Commit { get; init; }
    /// <summary>Where to write results; the README is regenerated only for full runs (not --quick) unless told.</summary>
    public string? ResultsFolder { get; init; }
    public bool UpdateReadme { get; init; }

    /// <summary>The CLI measured: bench/run.sh passes the one `./zeno` builds (ReadyToRun), as users run it.</summary>
    public string? CliPath { get; init; }

    public string Cli => CliPath ?? Path.Combine(Repo, "src/Zeno.Cli/bin/Release/net10.0/zeno.dll");
    public string Work => Path.Combine(Repo, "bench/work");
    public string Readme => Path.Combine(Repo, "bench/README.md");
    public string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>
    /// The size at which the pipeline and warm-start measures run: 1M, or the smallest size of a run without 1M if it
    /// is smaller (never more: a distill over 10M rows would take most of an hour); 0 for none.
    /// </summary>
    public long PipelineSize => Sizes.Contains(1_000_000) ? 1_000_000 : Sizes.Min() < 1_000_000 ? Sizes.Min() : 0;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions { Repo = Directory.GetCurrentDirectory() };
        string? rows = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            if (args[i] == "--rows")
            {
                rows = Next();
                continue;
            }
            options = args[i] switch
            {
                "--repo" => options with { Repo = Path.GetFullPath(Next()) },
                "--cli" => options with { CliPath = Path.GetFullPath(Next()) },
                "--quick" => options with { Quick = true },
                "--smoke" => options with { Quick = true, Smoke = true },
                "--python" => options with { Python = Next() },
                "--pandas-missing" => options with { PandasMissing = Next() },
                "--seed" => options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--commit" => options with { Commit = Next() },
                "--results" => options with { ResultsFolder = Path.GetFullPath(Next()) },
                "--readme" => options with { UpdateReadme = true },
                _ => throw new ArgumentException($"unknown option {args[i]} (see bench/run.sh --help)"),
            };
        }
        var sizes = rows is not null ? rows.Split(',').Select(ParseSize).ToList() : options.Smoke ? [2_000L] : options.Quick ? [20_000L] : [.. options.Sizes];
        return options with { Sizes = sizes, UpdateReadme = options.UpdateReadme || !options.Quick };
    }

    /// <summary>"20k", "1M", "10M" or a plain number.</summary>
    public static long ParseSize(string text)
    {
        text = text.Trim();
        var (number, scale) = char.ToUpperInvariant(text[^1]) switch
        {
            'K' => (text[..^1], 1_000L),
            'M' => (text[..^1], 1_000_000L),
            _ => (text, 1L),
        };
        return (long)(double.Parse(number, CultureInfo.InvariantCulture) * scale);
    }

    public static string Label(long rows) => rows switch
    {
        >= 1_000_000 when rows % 1_000_000 == 0 => $"{rows / 1_000_000}M",
        >= 1_000 when rows % 1_000 == 0 => $"{rows / 1_000}k",
        _ => rows.ToString(CultureInfo.InvariantCulture),
    };
}
