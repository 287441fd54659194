namespace Zeno.Reports.Tests;

public sealed class AssemblyTests
{
    [Fact]
    public void SkiaSharpLoadsItsNativeLibraryOnThisPlatform()
    {
        // A fresh machine without SkiaSharp's native dependencies fails here first, with the loader's message.
        using var bitmap = new SkiaSharp.SKBitmap(4, 4);
        Assert.Equal(4, bitmap.Width);
    }
}
