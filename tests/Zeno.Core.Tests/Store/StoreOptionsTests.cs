using Zeno.Core.Store;

namespace Zeno.Core.Tests.Store;

public sealed class StoreOptionsTests
{
    [Fact]
    public void The_default_memory_limit_is_half_the_machine()
    {
        Assert.Equal(12 * 1024, StoreOptions.DefaultMegabytes(24L * 1024 * 1024 * 1024));
        Assert.Equal(256, StoreOptions.DefaultMegabytes(100L * 1024 * 1024));
    }

    [Theory]
    [InlineData("3000", 3000)]
    [InlineData("1", 1)]
    public void A_whole_number_of_megabytes_sets_the_limit(string text, long expected) =>
        Assert.Equal(expected, StoreOptions.From(text).MemoryLimitMegabytes);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2GB")]
    public void Anything_else_keeps_the_default(string? text) =>
        Assert.Equal(new StoreOptions().MemoryLimitMegabytes, StoreOptions.From(text).MemoryLimitMegabytes);

    [Fact]
    public void An_opened_store_holds_its_duckdb_to_the_limit()
    {
        using var folder = new Zeno.Tests.Support.TempProject();
        using var store = ZenoStore.Open(Path.Combine(folder.Root, ".zeno"));
        var limit = store.Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT current_setting('memory_limit')";
            return (string)command.ExecuteScalar()!;
        });
        var megabytes = StoreOptions.FromEnvironment().MemoryLimitMegabytes;
        // DuckDB reports the limit in its own units (e.g. "11.9 GiB" for 12800MB): compare within a percent.
        Assert.InRange(Bytes(limit), megabytes * 1_000_000 * 0.99, megabytes * 1_000_000 * 1.01);
    }

    private static double Bytes(string text)
    {
        var parts = text.Split(' ');
        var unit = parts[1] switch
        {
            "KiB" => 1024.0, "MiB" => 1024.0 * 1024, "GiB" => 1024.0 * 1024 * 1024, "TiB" => 1024.0 * 1024 * 1024 * 1024,
            "KB" => 1e3, "MB" => 1e6, "GB" => 1e9, "TB" => 1e12, _ => throw new FormatException(text),
        };
        return double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * unit;
    }
}
