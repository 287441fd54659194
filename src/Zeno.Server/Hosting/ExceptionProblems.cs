using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Zeno.Core.Errors;
using Zeno.Core.State;
using Zeno.Core.Query.Evaluation;
using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;
using Zeno.Core.Query.Tests;
using Zeno.Server.Wire;

namespace Zeno.Server.Hosting;

/// <summary>
/// Turns every exception of a request into a problem-details response: client mistakes are 4xx naming the problem,
/// a failing user function is 422, and only a bug in Zeno is a 500. The server keeps serving either way.
/// </summary>
internal sealed partial class ExceptionProblems(ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, extensions) = Classify(exception);
        if (exception is StaleVersionException stale)
            extensions = new Dictionary<string, object?> { ["current"] = StateDtos.From(stale.Current, context.RequestServices.GetRequiredService<StateService>()), ["currentVersion"] = stale.CurrentVersion };
        if (status >= 500)
            LogUnexpected(logger, exception, context.Request.Path);
        var detail = exception switch
        {
            BadHttpRequestException { InnerException: System.Text.Json.JsonException json } => $"the request body is not valid JSON: {json.Message}",
            _ => exception.Message,
        };
        await Problems.Write(context, status, title, detail, extensions);
        return true;
    }

    internal static (int Status, string Title, IDictionary<string, object?>? Extensions) Classify(Exception exception) => exception switch
    {
        BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 413 ? "Request too large" : "Bad request", null),
        System.Text.Json.JsonException => (400, "Malformed JSON", null),
        UnknownColumnException unknown => (400, "Unknown column", new Dictionary<string, object?> { ["column"] = unknown.Column, ["suggestion"] = unknown.Suggestion }),
        FilterSyntaxException syntax => (400, "Invalid filter", new Dictionary<string, object?> { ["column"] = syntax.Column }),
        InvalidFilterException => (400, "Invalid filter", null),
        ExpectationSyntaxException expectation => (400, "Invalid expectation", new Dictionary<string, object?> { ["column"] = expectation.Column }),
        WireException => (400, "Invalid request", null),
        NotFoundException or StateNotFoundException => (404, "Not found", null),
        Reports.Snapshot.UnknownNameException unknown => (404, "Not found", new Dictionary<string, object?> { ["kind"] = unknown.What, ["name"] = unknown.Name }),
        StaleVersionException => (409, "Changed by someone else", null),
        DuplicateNameException => (409, "Name taken", null),
        StateConflictException conflict => (409, "In use", new Dictionary<string, object?> { ["usedBy"] = conflict.UsedBy.Select(r => new { r.Id, r.Name }).ToList() }),
        ReadOnlyStateException => (403, "Declared in zeno.toml", null),
        StateValidationException validation => (400, "Invalid value", new Dictionary<string, object?> { ["field"] = validation.Field }),
        ZenoException => (422, "The project could not answer", null),
        // DuckDB rejects some user input only when it runs it (an invalid regular expression): still the client's.
        DuckDB.NET.Data.DuckDBException duck when duck.Message.StartsWith("Invalid Input Error", StringComparison.Ordinal)
            => (400, "Invalid input", null),
        _ => (500, "Unexpected error", null),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);
}
