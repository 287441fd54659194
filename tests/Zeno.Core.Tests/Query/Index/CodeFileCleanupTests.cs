using Zeno.Core.Query.Index;

namespace Zeno.Core.Tests.Query.Index;

/// <summary>Which persisted code files go: other generations, crash leftovers, and the least recently used beyond the byte bound.</summary>
public sealed class CodeFileCleanupTests
{
    private static readonly DateTime Now = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    private static CodeFileCleanup.Entry File(string name, long bytes = 100, int minutesAgo = 1) => new(name, bytes, Now.AddMinutes(-minutesAgo));

    [Fact]
    public void Files_of_other_generations_go_and_files_of_current_ones_stay()
    {
        var stale = CodeFileCleanup.Stale(
            [File("data1-k1.codes"), File("model1-k2.codes"), File("data0-k1.codes"), File("model0-k2.codes"), File("nodash.codes")],
            new HashSet<string> { "data1", "model1" }, long.MaxValue, new HashSet<string>(), Now);
        Assert.Equal(["data0-k1.codes", "model0-k2.codes", "nodash.codes"], stale.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Temporary_files_go_only_once_no_write_can_still_be_filling_them_and_other_files_are_left_alone()
    {
        var stale = CodeFileCleanup.Stale(
            [File("data1-k1.codes.abc.tmp", minutesAgo: 11), File("data1-k2.codes.def.tmp", minutesAgo: 2), File("notes.txt", minutesAgo: 999)],
            new HashSet<string> { "data1" }, long.MaxValue, new HashSet<string>(), Now);
        Assert.Equal(["data1-k1.codes.abc.tmp"], stale);
    }

    [Fact]
    public void Beyond_the_byte_bound_the_least_recently_used_go_but_never_a_file_just_written()
    {
        var files = new[]
        {
            File("g-new.codes", 400, minutesAgo: 0), File("g-old.codes", 300, minutesAgo: 30), File("g-mid.codes", 300, minutesAgo: 20),
            File("g-recent.codes", 300, minutesAgo: 5),
        };
        var stale = CodeFileCleanup.Stale(files, new HashSet<string> { "g" }, maxBytes: 800, new HashSet<string> { "g-new.codes" }, Now);
        Assert.Equal(["g-old.codes", "g-mid.codes"], stale);
        // A file just written stays even when it alone exceeds the bound.
        Assert.Equal(["g-old.codes", "g-mid.codes", "g-recent.codes"],
            CodeFileCleanup.Stale(files, new HashSet<string> { "g" }, maxBytes: 100, new HashSet<string> { "g-new.codes" }, Now));
    }
}
