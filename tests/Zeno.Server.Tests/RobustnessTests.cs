using System.Net;
using System.Text;
using System.Text.Json;

namespace Zeno.Server.Tests;

/// <summary>Client mistakes get a 4xx problem that names the problem; none gets a 500, and the server keeps answering.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string, string, string, int, string> Malformed => new()
    {
        { "POST", "/api/metrics", "{ this is not json", 400, "JSON" },
        { "POST", "/api/metrics", "", 400, "" },
        { "POST", "/api/metrics", "[1, 2, 3]", 400, "" },
        { "POST", "/api/metrics", """{"keys": "accuracy"}""", 400, "" },
        { "POST", "/api/metrics", """{"keys": [{"metric": "accuracy", "where": {"filter": "lable == 1"}}]}""", 400, "lable" },
        { "POST", "/api/metrics", """{"keys": [{"metric": "accuracy", "where": {"filter": "label = 1"}}]}""", 400, "column 7" },
        { "POST", "/api/metrics", """{"keys": [{"metric": "acuracy"}]}""", 404, "accuracy" },
        { "POST", "/api/metrics", """{"keys": [{"metric": "accuracy", "model": "newest"}]}""", 404, "new" },
        { "POST", "/api/metrics", """{"keys": [{"metric": "accuracy", "transform": "noise"}]}""", 404, "noise" },
        { "POST", "/api/metrics", """{"keys": [{"metric": "accuracy", "where": {"filter": "words > \"many\""}}]}""", 400, "words" },
        { "POST", "/api/metrics", """{"keys": [{"metric": "accuracy", "where": {"predicate": {"kind": "comparison", "column": "kind", "op": "=~", "value": "a"}}}]}""", 400, "=~" },
        { "POST", "/api/metrics", """{"keys": [{"metric": "accuracy", "where": {"predicate": {"kind": "xor"}}}]}""", 400, "xor" },
        { "POST", "/api/metrics", """{"keys": [{"metric": "accuracy", "where": {"predicate": {"kind": "comparison", "column": "kind", "op": "==", "value": [1]}}}]}""", 400, "value" },
        { "POST", "/api/metrics", """{"keys": [{"metric": "accuracy", "where": {"slices": ["nope"]}}]}""", 404, "nope" },
        { "POST", "/api/filters/parse", """{"text": "((("}""", 400, "column" },
        { "POST", "/api/filters/parse", """{"text": 5}""", 400, "" },
        { "POST", "/api/filters/format", """{"tree": {"kind": "not", "children": []}}""", 400, "not" },
        { "GET", "/api/nothing-here", "", 404, "" },
        { "POST", "/api/search", """{"column": "text", "pattern": "(unclosed", "regex": true}""", 400, "missing )" },
        { "GET", "/api/files/elsewhere/x.txt", "", 404, "elsewhere" },
        { "POST", "/api/search/completions", """{"column": "nope", "prefix": "wo"}""", 400, "nope" },
        { "POST", "/api/search/completions", """{"column": "text", "prefix": "wo", "limit": 500}""", 400, "limit" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_request_gets_a_problem_and_the_server_keeps_answering(string method, string path, string body, int status, string mention)
    {
        await using var server = await ServerProject.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        if (text.Length > 0)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(text).RootElement;
            Assert.Equal(status, problem.GetProperty("status").GetInt32());
            if (mention.Length > 0)
                Assert.Contains(mention, problem.GetProperty("detail").GetString() ?? "", StringComparison.OrdinalIgnoreCase);
        }
        using var after = await server.Client.GetAsync("/api/settings");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        await using var server = await ServerProject.StartAsync(options => options with { MaxRequestBytes = 10_000 });
        var body = "{\"keys\": [" + string.Join(",", Enumerable.Repeat("{\"metric\": \"accuracy\"}", 2_000)) + "]}";
        using var response = await server.Client.PostAsync("/api/metrics", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var after = await server.Client.GetAsync("/api/settings");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
