using Zeno.Core.Functions;

namespace Zeno.Core.Tests.Functions;

/// <summary>A throw-away project folder with a <c>functions/</c> folder whose files a test writes as strings.</summary>
internal sealed class TempFunctions : IDisposable
{
    public TempFunctions()
    {
        Root = Path.Combine(Path.GetTempPath(), "zeno-functions-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The project (config) folder, which paths in messages are relative to.</summary>
    public string Root { get; }

    public string Folder => Path.Combine(Root, "functions");

    public string Cache => Path.Combine(Root, ".zeno");

    /// <summary>Writes a file under the functions folder, creating folders on the way.</summary>
    public TempFunctions Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public FunctionCatalog Load() => FunctionLoader.Load(Folder, Cache, Root);

    /// <summary>Loads a folder holding one file with this text: the shortest way to compile a snippet.</summary>
    public static FunctionCatalog LoadSingle(string source)
    {
        using var functions = new TempFunctions();
        return functions.Write("functions.cs", source).Load();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned by the system anyway.
        }
    }
}
