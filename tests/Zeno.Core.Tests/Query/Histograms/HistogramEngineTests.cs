using Zeno.Core.Config;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Histograms;
using Zeno.Core.Query.Sql;

namespace Zeno.Core.Tests.Query.Histograms;

public sealed class HistogramEngineTests
{
    private static readonly Predicate InTopCity = new Comparison("city", ComparisonOp.Equal, new FilterValue.Text("city00"));

    [Fact]
    public void Histogram_ignores_its_own_clause_but_other_charts_obey_it()
    {
        using var project = new HistogramProject(4);
        var engine = new HistogramEngine(project.Context, new HistogramCache());
        var plain = engine.Compute(new HistogramRequest(["city", "score"]));
        var brushed = engine.Compute(new HistogramRequest(["city", "score"]) { Selections = [new SelectionClause("city", InTopCity)] });

        Assert.Equal(plain.Columns[0].Filtered, brushed.Columns[0].Filtered);
        Assert.Equal(plain.Columns[0].Buckets, brushed.Columns[0].Buckets);
        var cities = HistogramOracle.Ids(project.Context, InTopCity);
        Assert.Equal(cities.Count, brushed.Columns[1].Filtered);
        Assert.Equal(cities.Count, brushed.Filtered);
        Assert.NotEqual(plain.Columns[1].Buckets.Select(b => b.Filtered), brushed.Columns[1].Buckets.Select(b => b.Filtered));
        Assert.Equal(plain.Columns[1].Buckets.Select(b => b.Total), brushed.Columns[1].Buckets.Select(b => b.Total));
    }

    [Fact]
    public void The_base_filter_applies_to_every_chart_its_own_included()
    {
        using var project = new HistogramProject(5);
        var engine = new HistogramEngine(project.Context, new HistogramCache());
        var response = engine.Compute(new HistogramRequest(["city", "flag"]) { Filter = InTopCity });
        var city = response.Columns[0];
        Assert.Equal(city.Filtered, city.Buckets.Single(b => b.Label == "city00").Filtered);
        Assert.All(city.Buckets.Where(b => b.Label != "city00"), bucket => Assert.Equal(0, bucket.Filtered));
    }

    [Fact]
    public void The_other_bucket_holds_exactly_the_tail_beyond_the_top_values()
    {
        using var project = new HistogramProject(6);
        var engine = new HistogramEngine(project.Context, new HistogramCache());
        var city = engine.Compute(new HistogramRequest(["city"]) { TopValues = 5 }).Columns[0];

        var values = HistogramOracle.Values(project.Context, "city").Values.OfType<string>().ToList();
        var top = values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(5).Select(g => g.Key).ToList();
        Assert.Equal(top, city.Buckets.Where(b => b.Kind == BucketKind.Value).Select(b => b.Label));
        var other = city.Buckets.Single(b => b.Kind == BucketKind.Other);
        Assert.Equal(values.Count(v => !top.Contains(v)), other.Total);
        Assert.Equal(new InList("city", top.Select(v => new FilterValue.Text(v)), negated: true), other.Filter);
        Assert.StartsWith("city not in [\"", other.FilterText, StringComparison.Ordinal);
        Assert.Equal(HistogramOracle.Ids(project.Context, other.Filter).Count, other.Total);
    }

    [Fact]
    public void A_nominal_column_without_a_tail_has_no_other_bucket_and_one_without_nulls_no_missing_bucket()
    {
        using var project = new HistogramProject(7);
        var label = new HistogramEngine(project.Context, new HistogramCache()).Compute(new HistogramRequest(["label"])).Columns[0];
        Assert.Equal(["ham", "spam"], label.Buckets.Select(b => b.Label).Order(StringComparer.Ordinal));
        Assert.All(label.Buckets, bucket => Assert.Equal(BucketKind.Value, bucket.Kind));
    }

    [Fact]
    public void Missing_values_get_their_own_bucket_with_a_null_filter()
    {
        using var project = new HistogramProject(8);
        var score = new HistogramEngine(project.Context, new HistogramCache()).Compute(new HistogramRequest(["score"])).Columns[0];
        var missing = score.Buckets[^1];
        Assert.Equal((BucketKind.Missing, "score == null"), (missing.Kind, missing.FilterText));
        Assert.Equal(HistogramOracle.Values(project.Context, "score").Values.Count(v => v is null), missing.Total);
    }

    [Fact]
    public void Metric_per_bucket_is_the_accuracy_of_the_rows_the_bar_counts()
    {
        using var project = new HistogramProject(9);
        var context = project.Context;
        var engine = new HistogramEngine(context, new HistogramCache());
        var clause = new SelectionClause("day", new Comparison("day", ComparisonOp.Less, new FilterValue.Date(new DateTime(2024, 4, 1))));
        var response = engine.Compute(new HistogramRequest(["flag", "city"]) { Model = "m", Metric = project.Accuracy, Selections = [clause] });

        var labels = HistogramOracle.Values(context, "label");
        var outputs = HistogramOracle.Values(context, "output", "m");
        var kept = HistogramOracle.Ids(context, clause.Predicate);
        foreach (var histogram in response.Columns)
        {
            var values = HistogramOracle.Values(context, histogram.Column);
            for (var i = 0; i < histogram.Buckets.Count; i++)
            {
                var rows = kept.Where(id => HistogramOracle.InBucket(histogram, i, values[id])).ToList();
                double? accuracy = rows.Count == 0 ? null : rows.Count(id => Equals(labels[id], outputs[id])) / (double)rows.Count;
                Assert.Equal(accuracy, histogram.Buckets[i].Metric);
            }
        }
        Assert.Contains(response.Columns[1].Buckets, bucket => bucket.Metric is > 0 and < 1);
        // And the selection's own metric comes with the charts.
        Assert.Equal(kept.Count(id => Equals(labels[id], outputs[id])) / (double)kept.Count, response.Metric);
    }

    [Fact]
    public void Output_is_the_chosen_models_and_unknown_columns_name_the_closest_one()
    {
        using var project = new HistogramProject(10);
        var engine = new HistogramEngine(project.Context, new HistogramCache());
        var output = engine.Compute(new HistogramRequest(["output"]) { Model = "m" }).Columns[0];
        var predictions = project.Rows.GroupBy(row => (string)row[8]!).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(predictions, output.Buckets.ToDictionary(b => b.Label, b => b.Total));

        Assert.Throws<UnknownColumnException>(() => engine.Compute(new HistogramRequest(["output"])));
        var typo = Assert.Throws<UnknownColumnException>(() => engine.Compute(new HistogramRequest(["scroe"])));
        Assert.Equal("score", typo.Suggestion);
    }

    [Fact]
    public void A_clause_that_does_not_fit_its_column_is_the_requests_mistake()
    {
        using var project = new HistogramProject(14);
        var engine = new HistogramEngine(project.Context, new HistogramCache());
        var clause = new SelectionClause("score", new Comparison("score", ComparisonOp.Equal, new FilterValue.Text("high")));
        var error = Assert.Throws<InvalidFilterException>(() => engine.Compute(new HistogramRequest(["city"]) { Selections = [clause] }));
        Assert.Contains("score", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bins_are_laid_out_once_over_every_instance_so_filtering_does_not_move_them()
    {
        using var project = new HistogramProject(11);
        var cache = new HistogramCache();
        var engine = new HistogramEngine(project.Context, cache);
        var plain = engine.Compute(new HistogramRequest(["score", "day", "city"]));
        var entries = cache.Count;
        var filtered = engine.Compute(new HistogramRequest(["score", "day", "city"]) { Filter = new Comparison("score", ComparisonOp.Greater, new FilterValue.Number(10)) });

        Assert.Equal(entries, cache.Count);
        Assert.Equal(3, entries);
        for (var i = 0; i < 3; i++)
            Assert.Equal(plain.Columns[i].Buckets.Select(b => b.Label), filtered.Columns[i].Buckets.Select(b => b.Label));
    }

    [Fact]
    public void Datetime_charts_say_their_unit_and_text_charts_have_only_a_missing_bar()
    {
        using var project = new HistogramProject(12);
        var response = new HistogramEngine(project.Context, new HistogramCache()).Compute(new HistogramRequest(["day", "review"]));
        var (day, review) = (response.Columns[0], response.Columns[1]);
        Assert.Equal((ColumnType.Datetime, DateUnit.Week, 1), (day.Type, day.Unit, day.UnitStep));
        Assert.All(day.Buckets.Where(b => b.Kind == BucketKind.Time), bucket => Assert.Equal(DayOfWeek.Monday, bucket.Start!.Value.DayOfWeek));
        Assert.Equal(ColumnType.Text, review.Type);
        Assert.Equal([BucketKind.Missing], review.Buckets.Select(b => b.Kind));
    }

    [Fact]
    public void Requests_without_columns_still_count_the_selection()
    {
        using var project = new HistogramProject(13);
        var response = new HistogramEngine(project.Context, new HistogramCache()).Compute(new HistogramRequest([]) { Filter = InTopCity });
        Assert.Empty(response.Columns);
        Assert.Equal(300, response.Total);
        Assert.Equal(HistogramOracle.Ids(project.Context, InTopCity).Count, response.Filtered);
    }
}
