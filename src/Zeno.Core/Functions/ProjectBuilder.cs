using System.Diagnostics;
using Zeno.Core.Errors;

namespace Zeno.Core.Functions;

/// <summary>
/// Builds a functions folder that has its own .csproj with <c>dotnet build</c>, so users can take any NuGet package.
/// </summary>
/// <remarks>
/// The project references Zeno's API without copying it, so the host's copy is the one loaded:
/// <code>
/// &lt;Reference Include="Zeno.Api"&gt;&lt;HintPath&gt;$(ZenoApiPath)&lt;/HintPath&gt;&lt;Private&gt;false&lt;/Private&gt;&lt;/Reference&gt;
/// &lt;PackageReference Include="Microsoft.Data.Analysis" Version="0.23.1" /&gt;
/// </code>
/// Zeno passes <c>-p:ZenoApiPath=</c> with the path of the Zeno.Api.dll it runs with.
/// </remarks>
internal static class ProjectBuilder
{
    // A first build restores packages over the network; a larger model library can take minutes to arrive.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    // Properties and items MSBuild prints as JSON after the build: what the analysis compilation needs to see the
    // same code the compiler saw (generated global usings included) against the same references.
    private static readonly string[] Queries =
    [
        "-getProperty:TargetPath", "-getProperty:DefineConstants", "-getProperty:LangVersion", "-getProperty:Nullable",
        "-getItem:Compile", "-getItem:ReferencePath",
    ];

    public static BuiltProject Build(FunctionFolder folder, string outputFolder, string folderForDisplay, string displayBaseFolder)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder.Path,
        };
        // -t:Build makes MSBuild build and not merely evaluate when -getProperty is given. No node reuse and no
        // shared compiler server: lingering build servers would hold our output pipes open and outlive Zeno.
        foreach (var argument in (string[])["build", folder.Project!, "-t:Build", "-c", "Release", "-o", outputFolder,
                     $"-p:ZenoApiPath={typeof(ModelAttribute).Assembly.Location}", "-nologo", "-v", "q", "-tl:off",
                     "-nodeReuse:false", "-p:UseSharedCompilation=false", .. Queries])
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // When Zeno itself runs under the SDK (dotnet run, dotnet test), these point the child at the parent's MSBuild.
        foreach (var inherited in (string[])["MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly"])
            start.Environment.Remove(inherited);

        using var process = Process.Start(start)
            ?? throw new ZenoException($"Could not start '{start.FileName}' to build {folderForDisplay}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new ZenoException($"Building the functions in '{folderForDisplay}' took longer than {Limit.TotalMinutes:0} minutes and was stopped.");
        }
        process.WaitForExit();
        var text = output.GetAwaiter().GetResult() + errors.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
            throw new FunctionCompileException(folderForDisplay, BuildOutput.Errors(text, displayBaseFolder), BuildOutput.Tail(text));
        return BuildOutput.Result(text)
            ?? throw new ZenoException($"'dotnet build' of '{folderForDisplay}' succeeded but did not say what it built:{Environment.NewLine}{BuildOutput.Tail(text)}");
    }

    /// <summary>The dotnet that runs Zeno, so a project builds with the SDK of the runtime that loads it.</summary>
    private static string DotnetPath()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            return host;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet")
            return self;
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root
            && Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet") is var rooted && File.Exists(rooted))
            return rooted;
        return "dotnet";
    }
}
