using System.Text;
using Hub.Core.Profiles;
using SkiaSharp;
using static Hub.Core.Tests.TestImages;

namespace Hub.Core.Tests;

/// <summary>What Hub makes of an uploaded logo: a fresh PNG of at most 256×256, or a clear refusal.</summary>
public class LogoImageTests
{
    private const string Unreadable = "This file is not an image Hub can read. Choose a PNG, JPEG or WebP image.";

    private static void AssertClose(SKColor expected, SKColor actual)
    {
        Assert.True(
            Math.Abs(expected.Red - actual.Red) <= 8 && Math.Abs(expected.Green - actual.Green) <= 8 && Math.Abs(expected.Blue - actual.Blue) <= 8,
            $"Expected about {expected}, found {actual}.");
    }

    [Fact]
    public void ALargeJpegBecomesAPngThatFitsTheBoxKeepingItsShape()
    {
        var result = LogoImage.Normalise(Encode(600, 300, SKEncodedImageFormat.Jpeg));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, result.Value![..4]);
        Assert.Equal(SKEncodedImageFormat.Png, FormatOf(result.Value!));
        using var png = Decode(result.Value!);
        Assert.Equal((256, 128), (png.Width, png.Height));
        AssertClose(Blue, png.GetPixel(128, 64));
    }

    [Fact]
    public void ASmallPngKeepsItsSizeAndAWebpIsAccepted()
    {
        var webpUpload = Encode(300, 300, SKEncodedImageFormat.Webp);
        Assert.Equal("WEBP", Encoding.ASCII.GetString(webpUpload, 8, 4));

        var png = LogoImage.Normalise(Encode(64, 48, SKEncodedImageFormat.Png));
        var webp = LogoImage.Normalise(webpUpload);

        Assert.True(png.Succeeded, png.Message);
        Assert.True(webp.Succeeded, webp.Message);
        using (var small = Decode(png.Value!))
        {
            Assert.Equal((64, 48), (small.Width, small.Height));
            AssertClose(Blue, small.GetPixel(10, 10));
        }

        Assert.Equal(SKEncodedImageFormat.Png, FormatOf(webp.Value!));
        using var fromWebp = Decode(webp.Value!);
        Assert.Equal((256, 256), (fromWebp.Width, fromWebp.Height));
        AssertClose(Blue, fromWebp.GetPixel(128, 128));
    }

    [Fact]
    public void ThePicturesColoursSurviveTheScaling()
    {
        // Left third red, the rest blue: after scaling 600 to 256 the left edge is still red and the right edge blue.
        var result = LogoImage.Normalise(Encode(600, 600, SKEncodedImageFormat.Png, leftRed: 200));

        using var png = Decode(result.Value!);
        AssertClose(Red, png.GetPixel(20, 128));
        AssertClose(Blue, png.GetPixel(235, 128));
    }

    [Fact]
    public void ATextChunkOfAPngIsDropped()
    {
        var upload = WithTextChunk(Encode(80, 80, SKEncodedImageFormat.Png), "Comment", "secret-artist-name taken at 49.6116N 6.1319E");
        Assert.Contains("tEXt", PngChunks(upload));
        Assert.True(Contains(upload, "secret-artist-name"));
        using (var readable = Decode(upload))
        {
            Assert.Equal(80, readable.Width);
        }

        var result = LogoImage.Normalise(upload);

        Assert.True(result.Succeeded, result.Message);
        Assert.False(Contains(result.Value!, "secret-artist-name"));
        Assert.False(Contains(result.Value!, "49.6116N"));
        Assert.DoesNotContain(PngChunks(result.Value!), c => c is "tEXt" or "zTXt" or "iTXt" or "eXIf" or "tIME");
    }

    [Fact]
    public void ExifOfAJpegIsDroppedAndItsOrientationApplied()
    {
        // Stored 60×20 with a red left edge; EXIF orientation 6 says "turn a quarter clockwise to view".
        var upload = WithExif(Encode(60, 20, SKEncodedImageFormat.Jpeg, leftRed: 20), orientation: 6, artist: "secret-artist-name");
        Assert.True(Contains(upload, "secret-artist-name"));

        var result = LogoImage.Normalise(upload);

        Assert.True(result.Succeeded, result.Message);
        Assert.False(Contains(result.Value!, "secret-artist-name"));
        Assert.False(Contains(result.Value!, "Exif"));
        using var png = Decode(result.Value!);
        Assert.Equal((20, 60), (png.Width, png.Height));
        AssertClose(Red, png.GetPixel(10, 5));
        AssertClose(Blue, png.GetPixel(10, 55));
    }

    [Fact]
    public void WhatIsSmuggledAfterTheImageIsNotKept()
    {
        // A polyglot: a valid PNG followed by markup that a browser sniffing the content might run.
        var polyglot = Encode(32, 32, SKEncodedImageFormat.Png).Concat(Encoding.ASCII.GetBytes("<html><script>alert(document.cookie)</script></html>")).ToArray();

        var result = LogoImage.Normalise(polyglot);

        Assert.True(result.Succeeded, result.Message);
        Assert.False(Contains(result.Value!, "<script>"));
        Assert.Equal("IEND", PngChunks(result.Value!)[^1]);
    }

    [Fact]
    public void AnEmptyFileIsRefused()
    {
        Assert.Equal("The file is empty. Choose a PNG, JPEG or WebP image.", LogoImage.Normalise([]).Errors["Logo"][0]);
        Assert.Equal("The file is empty. Choose a PNG, JPEG or WebP image.", LogoImage.Normalise(null).Errors["Logo"][0]);
    }

    [Fact]
    public void AFileOverHalfAMegabyteIsRefused()
    {
        var big = Encode(32, 32, SKEncodedImageFormat.Png).Concat(new byte[LogoImage.MaxBytes]).ToArray();

        Assert.StartsWith("Logos can be up to 512 KB", LogoImage.Normalise(big).Errors["Logo"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherFormatIsRefusedWhateverItsName()
    {
        var gif = Encoding.ASCII.GetBytes("GIF89a").Concat(new byte[64]).ToArray();
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        var bmp = Encode(16, 16, SKEncodedImageFormat.Png);
        bmp[0] = (byte)'B';

        Assert.Equal("Choose a PNG, JPEG or WebP image.", LogoImage.Normalise(gif).Errors["Logo"][0]);
        Assert.Equal("Choose a PNG, JPEG or WebP image.", LogoImage.Normalise(svg).Errors["Logo"][0]);
        Assert.Equal("Choose a PNG, JPEG or WebP image.", LogoImage.Normalise(bmp).Errors["Logo"][0]);
    }

    [Fact]
    public void AFileThatOnlyStartsLikeAnImageIsRefused()
    {
        var broken = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(Encoding.ASCII.GetBytes("not really a png at all")).ToArray();
        var fakeWebp = Encoding.ASCII.GetBytes("RIFF\0\0\0\0WEBPVP8 garbage garbage");

        Assert.Equal(Unreadable, LogoImage.Normalise(broken).Errors["Logo"][0]);
        Assert.Equal(Unreadable, LogoImage.Normalise(fakeWebp).Errors["Logo"][0]);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png)]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Webp)]
    public void ATruncatedFileIsRefused(SKEncodedImageFormat format)
    {
        var whole = Noise(200, 200, format);
        Assert.True(LogoImage.Normalise(whole).Succeeded);

        var truncated = whole[..(whole.Length * 3 / 5)];

        Assert.Equal(Unreadable, LogoImage.Normalise(truncated).Errors["Logo"][0]);
    }

    [Fact]
    public void AHugeCanvasIsRefusedBeforeItIsDecoded()
    {
        var huge = Encode(5000, 10, SKEncodedImageFormat.Png);
        var tallJpeg = Encode(10, 4100, SKEncodedImageFormat.Jpeg);
        // A header and no real pixels: were it decoded, it would be refused as unreadable (and 20000² pixels would need 1.6 GB).
        var declared = PngHeaderWithoutPixels(20_000, 20_000);

        Assert.Equal("The image is too large: at most 4096×4096 pixels.", LogoImage.Normalise(huge).Errors["Logo"][0]);
        Assert.Equal("The image is too large: at most 4096×4096 pixels.", LogoImage.Normalise(tallJpeg).Errors["Logo"][0]);
        Assert.Equal("The image is too large: at most 4096×4096 pixels.", LogoImage.Normalise(declared).Errors["Logo"][0]);
        Assert.Equal(Unreadable, LogoImage.Normalise(PngHeaderWithoutPixels(100, 100)).Errors["Logo"][0]);
    }
}
