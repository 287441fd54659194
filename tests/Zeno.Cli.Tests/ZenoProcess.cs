using System.Diagnostics;
using System.Text;

namespace Zeno.Cli.Tests;

/// <summary>The real `zeno` program (the built zeno.dll next to the tests) run as a child process.</summary>
internal static class ZenoProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "zeno.dll");

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    /// <summary>Runs zeno to completion (or kills it after <paramref name="timeout"/>, failing the test).</summary>
    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, TimeSpan.FromMinutes(3), args);

    public static Result Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"zeno {string.Join(' ', args)} did not finish in {timeout}");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts zeno with redirected output (so it prints plain progress lines, not bars).</summary>
    /// <remarks>
    /// Through <c>env --default-signal=INT</c>: a test run started as a background job of a non-interactive shell
    /// inherits SIGINT ignored, and .NET keeps an inherited ignored SIGINT, so Ctrl+C tests would fail for a reason that
    /// has nothing to do with zeno. A person's terminal delivers SIGINT with its default action; so does this.
    /// </remarks>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("env")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add("--default-signal=INT");
        info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "200";
        return Process.Start(info)!;
    }
}
