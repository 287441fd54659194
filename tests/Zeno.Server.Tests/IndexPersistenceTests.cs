namespace Zeno.Server.Tests;

public sealed class IndexPersistenceTests
{
    [Fact]
    public async Task A_restarted_server_answers_the_same_histograms_and_keeps_the_codes_it_wrote()
    {
        await using var server = await ServerProject.StartAsync();
        // A shape no other test asks for, so this test builds (and writes) the codes rather than finding them in memory.
        var request = new
        {
            columns = new[] { "kind", "label", "words", "output" },
            model = "new",
            topValues = 17,
            bins = 13,
            selections = new[] { new { source = "kind", filter = "kind == \"a\"" } },
        };
        var first = await server.PostJson("/api/histograms", request);
        var index = Path.Combine(server.Folder.Root, ".zeno", "index");
        var files = Directory.GetFiles(index).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, files.Count);

        await server.RestartAsync();
        var second = await server.PostJson("/api/histograms", request);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(files, Directory.GetFiles(index).Order(StringComparer.Ordinal));
    }
}
