using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Zeno.Server.Tests;

public sealed class AccessTests
{
    [Fact]
    public async Task With_a_token_requests_without_it_get_401_and_the_printed_url_sets_a_cookie()
    {
        await using var server = await ServerProject.StartAsync(options => options with { Token = "s3cret" });
        using (var anonymous = await server.Client.GetAsync("/api/settings"))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using (var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/settings"))
        {
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
            Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(wrong)).StatusCode);
        }
        using (var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/settings"))
        {
            bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
            Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(bearer)).StatusCode);
        }
        // A browser opening the printed URL gets the cookie and needs nothing more.
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server.Client.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/settings?token=s3cret")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/settings")).StatusCode);
    }

    [Fact]
    public async Task Read_only_servers_answer_queries_but_refuse_writes_with_403()
    {
        await using var server = await ServerProject.StartAsync(options => options with { ReadOnly = true });
        var metrics = await server.PostJson("/api/metrics", new { keys = new[] { new { metric = "accuracy" } } });
        Assert.Equal(1, metrics.GetArrayLength());
        using var write = await server.Client.PostAsync("/api/slices", new StringContent("""{"name": "x", "filter": "kind == \"a\""}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Theory]
    [InlineData("/api/files/data/../secret.txt")]
    [InlineData("/api/files/data/..%2Fsecret.txt")]
    [InlineData("/api/files/data/%2E%2E/secret.txt")]
    [InlineData("/api/files/data/audio/../../secret.txt")]
    [InlineData("/api/files/data/%2Fetc%2Fpasswd")]
    [InlineData("/api/files/data//etc/passwd")]
    [InlineData("/api/files/data/audio/link-out.txt")]
    [InlineData("/api/files/data/missing.wav")]
    public async Task Paths_outside_the_data_folder_are_refused(string path)
    {
        await using var server = await ServerProject.StartAsync();
        File.CreateSymbolicLink(Path.Combine(server.Folder.Root, "files", "audio", "link-out.txt"), Path.Combine(server.Folder.Root, "secret.txt"));
        using var response = await server.Client.GetAsync(path);
        // Clients normalise some of these before sending (a 400 for the route); none may reach the file.
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        Assert.DoesNotContain("not for the web", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instance_files_are_served_with_their_type_and_range_requests()
    {
        await using var server = await ServerProject.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/files/data/audio/clip.wav");
        request.Headers.Range = new RangeHeaderValue(100, 199);
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(100, (await response.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(1000, response.Content.Headers.ContentRange?.Length);
    }
}
