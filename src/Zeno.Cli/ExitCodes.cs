namespace Zeno.Cli;

/// <summary>The documented exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success; for <c>zeno test</c>: every test passed.</summary>
    public const int Ok = 0;

    /// <summary><c>zeno test</c>: at least one behavioral test failed.</summary>
    public const int TestsFailed = 1;

    /// <summary>An error: bad config, missing file, a function that does not compile or failed on rows.</summary>
    public const int Error = 2;

    /// <summary>Interrupted with Ctrl-C; committed work is kept and the next run resumes.</summary>
    public const int Interrupted = 130;
}
