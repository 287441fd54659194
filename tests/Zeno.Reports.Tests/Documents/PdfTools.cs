using System.Diagnostics;

namespace Zeno.Reports.Tests.Documents;

/// <summary>
/// Poppler's command-line tools (pdftotext, pdftoppm), which read a PDF the way a user's viewer does. test.sh installs
/// them (apt-get install poppler-utils) like it installs Chromium; where they are missing, <see cref="PopplerFactAttribute"/> skips.
/// </summary>
internal static class PdfTools
{
    public static bool Installed => File.Exists("/usr/bin/pdftotext") && File.Exists("/usr/bin/pdftoppm");

    /// <summary>The text of the PDF in reading order with the layout kept, page by page (pages split by form feeds).</summary>
    public static string Text(byte[] pdf, int? firstPage = null, int? lastPage = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zeno-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            List<string> args = ["-layout", "-enc", "UTF-8"];
            if (firstPage is { } f) args.AddRange(["-f", f.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            if (lastPage is { } l) args.AddRange(["-l", l.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            return Run("/usr/bin/pdftotext", [.. args, file, "-"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Page 1 rendered to a PNG file at <paramref name="dpi"/>; returns its path.</summary>
    public static string FirstPagePng(byte[] pdf, string folder, int dpi = 60)
    {
        var file = Path.Combine(folder, "report.pdf");
        File.WriteAllBytes(file, pdf);
        Run("/usr/bin/pdftoppm", ["-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", file, Path.Combine(folder, "page1")]);
        return Path.Combine(folder, "page1.png");
    }

    private static string Run(string program, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
        return output.Result;
    }
}

/// <summary>A fact that needs Poppler; skipped, saying why, where it is not installed.</summary>
internal sealed class PopplerFactAttribute : FactAttribute
{
    public PopplerFactAttribute()
    {
        if (!PdfTools.Installed)
            Skip = "pdftotext/pdftoppm are not installed: run `apt-get install poppler-utils` (test.sh does) to check the PDF's text";
    }
}
