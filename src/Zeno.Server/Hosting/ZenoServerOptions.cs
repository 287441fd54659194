namespace Zeno.Server.Hosting;

/// <summary>How <c>zeno serve</c> exposes a project.</summary>
public sealed record ZenoServerOptions
{
    /// <summary>The interface to bind; loopback unless the user asks for more.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = 8231;

    /// <summary>When set, every request must carry this token (header, cookie, or the ?token= of the printed URL).</summary>
    public string? Token { get; init; }

    /// <summary>Refuse every write with 403: for sharing results with people who should not change them.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The largest request body accepted; bigger ones get 413.</summary>
    public long MaxRequestBytes { get; init; } = 1 << 20;

    /// <summary>Whether to run the pipeline in the background after start-up (off in tests that run it first).</summary>
    public bool RunPipeline { get; init; } = true;
}
