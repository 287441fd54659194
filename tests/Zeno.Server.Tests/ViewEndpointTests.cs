using System.Net;

namespace Zeno.Server.Tests;

public sealed class ViewEndpointTests
{
    [Fact]
    public async Task A_custom_view_is_served_as_a_javascript_module_that_is_never_stale()
    {
        await using var server = await ServerProject.StartAsync(view: "views/stars.js");
        using var response = await server.Client.GetAsync("/api/views/custom.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("element.textContent = '★'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("views/stars.js", (await server.GetJson("/api/settings")).GetProperty("view").GetString());
    }

    [Fact]
    public async Task A_project_with_a_built_in_view_has_no_custom_view()
    {
        await using var server = await ServerProject.StartAsync(view: "text-classification");
        using var response = await server.Client.GetAsync("/api/views/custom.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("built-in view 'text-classification'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/views/stars.js")]
    [InlineData("/api/views/views/stars.js")]
    [InlineData("/api/views/zeno.toml")]
    [InlineData("/api/views/custom.js/stars.js")]
    public async Task Nothing_but_the_custom_view_is_served_under_the_views_path(string path)
    {
        await using var server = await ServerProject.StartAsync(view: "views/stars.js");
        using var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("textContent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/views/../zeno.toml")]
    [InlineData("/api/views/..%2Fzeno.toml")]
    [InlineData("/api/views/custom.js/../../zeno.toml")]
    public async Task A_path_that_climbs_out_of_the_views_path_reaches_no_project_file(string path)
    {
        await using var server = await ServerProject.StartAsync(view: "views/stars.js");
        using var response = await server.Client.GetAsync(path);

        // Clients normalise some of these before sending; whatever answers, it is never the config.
        Assert.DoesNotContain("[[models]]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
