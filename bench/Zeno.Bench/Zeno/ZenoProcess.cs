using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Zeno.Bench.Zeno;

/// <summary>A real `zeno serve` (the CLI built by dotnet build) on a free port, with its peak memory from /proc.</summary>
internal sealed partial class ZenoProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ZenoProcess(Process process, string url, TimeSpan startedAfter)
    {
        _process = process;
        Url = url;
        StartedAfter = startedAfter;
    }

    /// <summary>The server's base URL.</summary>
    public string Url { get; }

    /// <summary>From spawning the process to the URL being printed (the HTTP server is listening).</summary>
    public TimeSpan StartedAfter { get; }

    public int Pid => _process.Id;

    /// <summary>Runs `zeno &lt;args&gt;` to the end; returns its wall time. Throws with its output when it fails.</summary>
    public static async Task<TimeSpan> RunAsync(string cliDll, params string[] args)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(Info(cliDll, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"zeno {string.Join(' ', args)} exited with {process.ExitCode}:\n{await output}\n{await errors}");
        return clock.Elapsed;
    }

    /// <summary>Starts `zeno serve CONFIG` and returns once it prints its URL.</summary>
    public static async Task<ZenoProcess> StartAsync(string cliDll, string config, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var process = Process.Start(Info(cliDll, "serve", config, "--port", "0"))!;
        var output = new StringBuilder();
        var url = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(object _, DataReceivedEventArgs line)
        {
            if (line.Data is null)
                return;
            lock (output)
                output.AppendLine(line.Data);
            if (UrlPattern().Match(line.Data) is { Success: true } match)
                url.TrySetResult(match.Value);
        }
        process.OutputDataReceived += Read;
        process.ErrorDataReceived += Read;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(url.Task, exited, Task.Delay(timeout));
        if (first != url.Task)
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            lock (output)
                throw new InvalidOperationException($"zeno serve {config} did not start:\n{output}");
        }
        return new ZenoProcess(process, await url.Task, clock.Elapsed);
    }

    /// <summary>The process's peak resident memory so far (VmHWM), in bytes.</summary>
    public long PeakRssBytes() => PeakRss(_process.Id);

    public static long PeakRss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        return 0;
    }

    /// <summary>Stops the server as Ctrl-C would (SIGTERM), so DuckDB checkpoints and the next start is warm.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }

    private static ProcessStartInfo Info(string cliDll, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(cliDll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["NO_COLOR"] = "1";
        info.Environment["TERM"] = "dumb";
        return info;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex UrlPattern();
}
