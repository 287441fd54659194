using SkiaSharp;

namespace Zeno.Reports.Documents;

/// <summary>
/// A4 portrait pages with a cursor: content is drawn top to bottom on the current page, and a block that does not fit
/// starts the next one. Pages are recorded as pictures first and written to the PDF at the end, because a footer's
/// "page 2 of 5" needs the page count before the first page is written.
/// </summary>
internal sealed class PdfPages : IDisposable
{
    /// <summary>A4 in PDF points (1/72 inch).</summary>
    public const float PageWidth = 595.28f, PageHeight = 841.89f;

    /// <summary>15 mm: within what every printer can print, with room for the running header and footer.</summary>
    public const float Margin = 42.5f;

    /// <summary>Where content goes; the running header and footer live in the margins.</summary>
    public static readonly SKRect Body = new(Margin, Margin, PageWidth - Margin, PageHeight - Margin);

    private readonly List<SKPicture> _pages = [];
    private SKPictureRecorder? _recorder;

    public PdfPages() => NewPage();

    /// <summary>The current page's canvas.</summary>
    public SKCanvas Canvas { get; private set; } = null!;

    /// <summary>The top of the free space on the current page.</summary>
    public float Y { get; set; }

    /// <summary>Free height left on the current page.</summary>
    public float Remaining => Body.Bottom - Y;

    /// <summary>True when nothing has been drawn on the current page yet.</summary>
    public bool AtTop => Y <= Body.Top;

    /// <summary>Starts a new page unless <paramref name="height"/> fits on this one (or this one is still empty).</summary>
    /// <returns>True when a new page was started.</returns>
    public bool Need(float height)
    {
        if (height <= Remaining || AtTop)
            return false;
        NewPage();
        return true;
    }

    public void NewPage()
    {
        EndPage();
        _recorder = new SKPictureRecorder();
        Canvas = _recorder.BeginRecording(SKRect.Create(PageWidth, PageHeight));
        Y = Body.Top;
    }

    /// <summary>
    /// Writes every page to a PDF; <paramref name="decorate"/> draws each page's running header and footer, given the
    /// page number (from 1) and the page count.
    /// </summary>
    public byte[] Write(SKDocumentPdfMetadata metadata, Action<SKCanvas, int, int> decorate)
    {
        EndPage();
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var i = 0; i < _pages.Count; i++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                canvas.DrawPicture(_pages[i]);
                decorate(canvas, i + 1, _pages.Count);
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }

    private void EndPage()
    {
        if (_recorder is null)
            return;
        _pages.Add(_recorder.EndRecording());
        _recorder.Dispose();
        _recorder = null;
    }

    public void Dispose()
    {
        _recorder?.Dispose();
        foreach (var page in _pages)
            page.Dispose();
    }
}
