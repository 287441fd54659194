using System.Globalization;
using DuckDB.NET.Data;

namespace Zeno.Bench.Generate;

/// <summary>
/// Writes the bench table (20 columns, skewed like real logs) as Parquet with DuckDB, and as CSV for pandas, which
/// Debian ships without a Parquet reader. Every value is a hash of (row, seed, column), so a seed gives the same file
/// on any machine and DuckDB can generate in parallel.
/// </summary>
internal static class DataGenerator
{
    // Bump when the generated data changes, so stale files are rewritten.
    private const int Version = 2;

    public static void Ensure(string folder, long rows, int seed, bool csv, Action<string> log)
    {
        Directory.CreateDirectory(folder);
        var parquet = Path.Combine(folder, "data.parquet");
        var stamp = Path.Combine(folder, "generated.txt");
        var expected = string.Create(CultureInfo.InvariantCulture, $"version={Version} rows={rows} seed={seed}");
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        if (!File.Exists(parquet) || !File.Exists(stamp) || File.ReadAllText(stamp) != expected)
        {
            log($"generating {rows:N0} rows → {parquet}");
            File.Delete(stamp);
            Execute(connection, Macros(seed));
            Execute(connection, $"COPY ({Select(rows)}) TO '{parquet}' (FORMAT parquet, COMPRESSION zstd)");
            File.Delete(Path.Combine(folder, "data.csv"));
            File.WriteAllText(stamp, expected);
        }
        var csvPath = Path.Combine(folder, "data.csv");
        if (csv && !File.Exists(csvPath))
        {
            log($"writing {csvPath} for pandas");
            Execute(connection, $"COPY (SELECT * FROM '{parquet}') TO '{csvPath}.tmp' (HEADER, DELIMITER ',', TIMESTAMPFORMAT '%Y-%m-%d %H:%M:%S')");
            File.Move(csvPath + ".tmp", csvPath);
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string List(IEnumerable<string> values) => $"[{string.Join(", ", values.Select(v => $"'{v}'"))}]";

    // u(i, k): uniform in [0, 1), the hash of one number per (row, draw, seed): DuckDB combines the hashes of several
    // arguments too weakly for the draws of one row to be independent. gauss(i, k): standard normal (Box-Muller).
    // zipf(i, k, n): 0 to n - 1, about as likely as 1 / (j + 1).
    private static string Macros(int seed) => $"""
        CREATE MACRO u(i, k) AS ((hash(i * 4096 + k + {seed.ToString(CultureInfo.InvariantCulture)} * 1099511627776) >> 11)::DOUBLE / 9007199254740992.0);
        CREATE MACRO gauss(i, k) AS (sqrt(-2 * ln(greatest(u(i, k), 1e-12))) * cos(2 * pi() * u(i, k + 1000)));
        CREATE MACRO zipf(i, k, n) AS (least(n - 1, floor(pow(n + 1, u(i, k)))::INTEGER - 1));
        """;

    private static readonly string[] Filler =
    [
        "the", "and", "it", "was", "i", "to", "a", "of", "for", "this", "my", "is", "in", "that", "with", "but", "on", "not",
        "very", "order", "product", "item", "time", "would", "again", "one", "after", "just", "they", "have", "had", "you",
        "got", "use", "really", "when", "size", "price", "quality", "shipping", "delivery", "support", "package", "days",
        "week", "box", "color", "app", "screen", "battery", "customer", "service", "store", "online", "seller", "return",
        "refund", "late", "arrived", "works", "fit", "bought", "gift", "recommend", "expected", "described",
    ];

    private static readonly Dictionary<string, string[]> Feelings = new()
    {
        ["positive"] = ["great", "love", "excellent", "perfect", "happy", "amazing", "fast", "recommend"],
        ["negative"] = ["broken", "terrible", "refund", "late", "worst", "disappointed", "poor", "waste"],
        ["neutral"] = ["okay", "fine", "average", "expected", "decent", "normal", "standard", "fair"],
        ["mixed"] = ["but", "however", "although", "great", "broken", "okay", "slow", "nice"],
    };

    private static string Select(long rows)
    {
        string Pick(string list, string index) => $"({list})[1 + {index}]";
        var classes = List(Schema.Classes);
        var feelings = $"CASE label {string.Join(" ", Feelings.Select(f => $"WHEN '{f.Key}' THEN {List(f.Value)}"))} END";
        // A wrong prediction is another class, chosen by the row's hash.
        string Prediction(int k, string accuracy) =>
            $"CASE WHEN u(id, {k}) < {accuracy} THEN label ELSE {Pick(classes, $"(list_position({classes}, label) + floor(u(id, {k + 1}) * 3)::INTEGER) % 4")} END";
        var models = Schema.Models;
        return $"""
            WITH base AS (
              SELECT i AS id,
                TIMESTAMP '2021-01-01' + to_seconds(floor(sqrt(u(i, 1)) * 94608000)::BIGINT) AS created_at,
                {Pick(List(Schema.Countries), $"zipf(i, 2, {Schema.Countries.Length})")} AS country,
                CASE WHEN u(i, 3) < 0.55 THEN 'mobile' WHEN u(i, 3) < 0.85 THEN 'desktop' WHEN u(i, 3) < 0.95 THEN 'tablet'
                     WHEN u(i, 3) < 0.99 THEN 'tv' ELSE 'other' END AS device,
                {Pick(List(Schema.Categories), $"zipf(i, 4, {Schema.Categories.Length})")} AS category,
                CASE WHEN u(i, 5) < 0.6 THEN 'organic' WHEN u(i, 5) < 0.9 THEN 'ads' ELSE 'referral' END AS source,
                CASE WHEN u(i, 6) < 0.01 THEN NULL ELSE least(90, greatest(16, round(38 + 12 * gauss(i, 7))))::INTEGER END AS age,
                CASE WHEN u(i, 8) < 0.03 THEN NULL ELSE round(exp(10.6 + 0.6 * gauss(i, 9)), 2) END AS income,
                round(pow(u(i, 10), 0.6), 4) AS score,
                round(20 * pow(1 - u(i, 11) * 0.999999, -0.6), 1) AS latency_ms,
                CASE WHEN u(i, 12) < 0.45 THEN 5 WHEN u(i, 12) < 0.70 THEN 4 WHEN u(i, 12) < 0.80 THEN 3 WHEN u(i, 12) < 0.88 THEN 2 ELSE 1 END AS rating,
                u(i, 13) < 0.15 AS is_premium,
                CASE WHEN u(i, 14) < 0.05 THEN NULL ELSE u(i, 15) < 0.35 END AS has_image,
                u(i, 16) < 0.7 AS verified,
                greatest(1, round(exp(2.4 + 0.6 * gauss(i, 17))))::INTEGER AS num_words
              FROM range({rows.ToString(CultureInfo.InvariantCulture)}) t(i)
            ), labelled AS (
              SELECT *,
                CASE WHEN u(id, 18) < 0.08 THEN 'mixed'
                     WHEN rating >= 4 THEN CASE WHEN u(id, 19) < 0.85 THEN 'positive' ELSE 'neutral' END
                     WHEN rating = 3 THEN CASE WHEN u(id, 19) < 0.7 THEN 'neutral' ELSE 'negative' END
                     ELSE CASE WHEN u(id, 19) < 0.85 THEN 'negative' ELSE 'neutral' END END AS label
              FROM base
            ), hard AS (
              -- What makes a row hard for every model: tablets, very short texts, mixed feelings, ads traffic.
              SELECT *,
                (CASE WHEN device = 'tablet' THEN 0.15 ELSE 0 END + CASE WHEN num_words < 5 THEN 0.12 ELSE 0 END
                 + CASE WHEN label = 'mixed' THEN 0.3 ELSE 0 END + CASE WHEN source = 'ads' THEN 0.04 ELSE 0 END) AS difficulty
              FROM labelled
            )
            SELECT id, created_at, country, device, category, source, age, income, score, latency_ms, rating, is_premium, has_image,
              verified, num_words,
              array_to_string(list_transform(range(num_words), j ->
                CASE WHEN u(id, 100 + j) < 0.15 THEN {Pick(feelings, "floor(u(id, 300 + j) * 8)::INTEGER")}
                     ELSE {Pick(List(Filler), $"zipf(id, 500 + j, {Filler.Length})")} END), ' ') AS text,
              label,
              {Prediction(20, $"{models[0].Accuracy} + 0.1 - difficulty")} AS {models[0].Column},
              {Prediction(22, $"{models[1].Accuracy} + 0.1 - difficulty + CASE WHEN is_premium THEN 0.05 ELSE 0 END")} AS {models[1].Column},
              -- The latest model regresses on Brazil and on recent data: a finding for the analysis table.
              {Prediction(24, $"{models[2].Accuracy} + 0.1 - difficulty - CASE WHEN country = 'BR' THEN 0.25 ELSE 0 END - CASE WHEN created_at >= TIMESTAMP '2023-06-01' THEN 0.05 ELSE 0 END")} AS {models[2].Column}
            FROM hard
            """;
    }
}
