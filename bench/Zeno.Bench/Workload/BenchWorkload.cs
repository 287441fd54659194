using Zeno.Bench.Generate;
using static Zeno.Bench.Workload.Condition;

namespace Zeno.Bench.Workload;

/// <summary>
/// What every engine is asked, identically: the filter states a user clicks through, the frames of a brush, the 50
/// slices of the analysis table, and a sorted page of rows.
/// </summary>
internal static class BenchWorkload
{
    private static readonly DateTime Y2022 = new(2022, 1, 1);
    private static readonly DateTime Y2023 = new(2023, 1, 1);
    private static readonly DateTime Mid2023 = new(2023, 6, 1);

    /// <summary>Filter changes: each state is the set of chart clauses after one click or brush.</summary>
    public static IReadOnlyList<IReadOnlyList<Clause>> FilterStates { get; } =
    [
        [Clause.Of("device", Eq("device", "mobile"))],
        [Clause.Of("device", Eq("device", "mobile")), Clause.Of("income", Ge("income", 20000.0), Lt("income", 60000.0))],
        [Clause.Of("device", Eq("device", "mobile")), Clause.Of("income", Ge("income", 20000.0), Lt("income", 60000.0)), Clause.Of("category", In("category", "electronics", "books"))],
        [Clause.Of("is_premium", Eq("is_premium", true)), Clause.Of("created_at", Ge("created_at", Y2023))],
        [Clause.Of("country", Eq("country", "US")), Clause.Of("age", Ge("age", 25), Lt("age", 40))],
    ];

    /// <summary>A brush dragged across the income chart while "mobile" is selected: one state per frame.</summary>
    public static IReadOnlyList<IReadOnlyList<Clause>> BrushFrames { get; } =
    [
        .. Enumerable.Range(0, 10).Select(frame =>
        {
            var low = 10000.0 + 2500 * frame;
            return (IReadOnlyList<Clause>)[Clause.Of("device", Eq("device", "mobile")), Clause.Of("income", Ge("income", low), Lt("income", low + 30000))];
        }),
    ];

    /// <summary>The chart being brushed in <see cref="BrushFrames"/>.</summary>
    public const string BrushedColumn = "income";

    /// <summary>The page of rows: under the third filter state, by income, largest first, 30 rows (the UI's default page).</summary>
    public static RowsQuery Rows { get; } = new([.. FilterStates[2].SelectMany(clause => clause.Conditions)], "income", Descending: true, Limit: 30);

    /// <summary>The analysis table's slices: single columns, ranges, combinations and two text searches.</summary>
    public static IReadOnlyList<SliceSpec> Slices { get; } = BuildSlices();

    private static List<SliceSpec> BuildSlices()
    {
        var slices = new List<SliceSpec>();
        void Add(string name, params Condition[] conditions) => slices.Add(new SliceSpec(name, conditions));
        foreach (var country in Schema.Countries.Take(8))
            Add($"country {country}", Eq("country", country));
        foreach (var device in Schema.Devices)
            Add($"device {device}", Eq("device", device));
        foreach (var category in Schema.Categories.Take(8))
            Add($"category {category}", Eq("category", category));
        foreach (var source in Schema.Sources)
            Add($"source {source}", Eq("source", source));
        Add("age under 25", Lt("age", 25));
        Add("age 25-35", Ge("age", 25), Lt("age", 35));
        Add("age 35-45", Ge("age", 35), Lt("age", 45));
        Add("age 45-60", Ge("age", 45), Lt("age", 60));
        Add("age 60 and over", Ge("age", 60));
        Add("income under 25k", Lt("income", 25000.0));
        Add("income 25k-40k", Ge("income", 25000.0), Lt("income", 40000.0));
        Add("income 40k-60k", Ge("income", 40000.0), Lt("income", 60000.0));
        Add("income 60k and over", Ge("income", 60000.0));
        Add("premium", Eq("is_premium", true));
        Add("not premium", Eq("is_premium", false));
        Add("unverified", Eq("verified", false));
        Add("with image", Eq("has_image", true));
        Add("before 2022", Lt("created_at", Y2022));
        Add("since mid 2023", Ge("created_at", Mid2023));
        Add("short texts", Lt("num_words", 5));
        Add("long texts", Ge("num_words", 30));
        Add("slow", Ge("latency_ms", 1000.0));
        Add("low score", Lt("score", 0.2));
        Add("low rating", Le("rating", 2));
        Add("mixed feelings", Eq("label", "mixed"));
        Add("short on tablet", Eq("device", "tablet"), Lt("num_words", 5));
        Add("Brazil since 2023", Eq("country", "BR"), Ge("created_at", Y2023));
        Add("mentions refund", Contains("text", "refund"));
        Add("mentions late", Contains("text", "late"));
        Add("rich desktop premium", Eq("is_premium", true), Eq("device", "desktop"), Ge("income", 60000.0));
        return slices;
    }
}

/// <summary>A named slice: its conditions, ANDed.</summary>
internal sealed record SliceSpec(string Name, IReadOnlyList<Condition> Conditions)
{
    public string ToZeno() => string.Join(" and ", Conditions.Select(condition => condition.ToZeno()));
}

/// <summary>A sorted page of rows under a filter.</summary>
internal sealed record RowsQuery(IReadOnlyList<Condition> Conditions, string Sort, bool Descending, int Limit)
{
    public string ToZeno() => string.Join(" and ", Conditions.Select(condition => condition.ToZeno()));
}
