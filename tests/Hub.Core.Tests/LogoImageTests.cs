using System.Text;
using Hub.Core.Profiles;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Hub.Core.Tests;

/// <summary>What Hub makes of an uploaded logo: a fresh PNG of at most 256×256, or a clear refusal.</summary>
public class LogoImageTests
{
    private static byte[] Encode(int width, int height, SixLabors.ImageSharp.Formats.IImageEncoder encoder, Action<Image<Rgba32>>? change = null)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(20, 120, 200));
        change?.Invoke(image);
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    private static Image<Rgba32> Decode(byte[] png) => Image.Load<Rgba32>(png);

    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    [Fact]
    public void ALargeJpegBecomesAPngThatFitsTheBoxKeepingItsShape()
    {
        var result = LogoImage.Normalise(Encode(600, 300, new JpegEncoder()));

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, result.Value![..4]);
        using var png = Decode(result.Value!);
        Assert.Equal((256, 128), (png.Width, png.Height));
    }

    [Fact]
    public void ASmallPngKeepsItsSizeAndAWebpIsAccepted()
    {
        var png = LogoImage.Normalise(Encode(64, 48, new PngEncoder()));
        var webp = LogoImage.Normalise(Encode(300, 300, new WebpEncoder()));

        using (var small = Decode(png.Value!))
        {
            Assert.Equal((64, 48), (small.Width, small.Height));
        }

        using var fromWebp = Decode(webp.Value!);
        Assert.Equal((256, 256), (fromWebp.Width, fromWebp.Height));
    }

    [Fact]
    public void MetadataOfTheUploadIsDropped()
    {
        var upload = Encode(80, 80, new JpegEncoder(), image =>
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.Artist, "secret-artist-name");
            image.Metadata.ExifProfile.SetValue(ExifTag.ImageDescription, "taken at 49.6116N 6.1319E");
        });
        Assert.True(Contains(upload, "secret-artist-name"));

        var result = LogoImage.Normalise(upload);

        Assert.True(result.Succeeded, result.Message);
        Assert.False(Contains(result.Value!, "secret-artist-name"));
        Assert.False(Contains(result.Value!, "49.6116N"));
        using var png = Decode(result.Value!);
        Assert.Null(png.Metadata.ExifProfile);
    }

    [Fact]
    public void WhatIsSmuggledAfterTheImageIsNotKept()
    {
        // A polyglot: a valid PNG followed by markup that a browser sniffing the content might run.
        var polyglot = Encode(32, 32, new PngEncoder()).Concat(Encoding.ASCII.GetBytes("<html><script>alert(document.cookie)</script></html>")).ToArray();

        var result = LogoImage.Normalise(polyglot);

        Assert.True(result.Succeeded, result.Message);
        Assert.False(Contains(result.Value!, "<script>"));
    }

    [Fact]
    public void AnEmptyFileIsRefused() =>
        Assert.Equal("The file is empty. Choose a PNG, JPEG or WebP image.", LogoImage.Normalise([]).Errors["Logo"][0]);

    [Fact]
    public void AFileOverHalfAMegabyteIsRefused()
    {
        var big = Encode(32, 32, new PngEncoder()).Concat(new byte[LogoImage.MaxBytes]).ToArray();

        Assert.StartsWith("Logos can be up to 512 KB", LogoImage.Normalise(big).Errors["Logo"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherFormatIsRefusedWhateverItsName()
    {
        var gif = Encoding.ASCII.GetBytes("GIF89a").Concat(new byte[64]).ToArray();
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        Assert.Equal("Choose a PNG, JPEG or WebP image.", LogoImage.Normalise(gif).Errors["Logo"][0]);
        Assert.Equal("Choose a PNG, JPEG or WebP image.", LogoImage.Normalise(svg).Errors["Logo"][0]);
    }

    [Fact]
    public void AFileThatOnlyStartsLikeAnImageIsRefused()
    {
        var broken = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(Encoding.ASCII.GetBytes("not really a png at all")).ToArray();

        Assert.StartsWith("This file is not an image Hub can read", LogoImage.Normalise(broken).Errors["Logo"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void AHugeCanvasIsRefusedBeforeItIsDecoded()
    {
        var huge = Encode(5000, 10, new PngEncoder());

        Assert.StartsWith("The image is too large", LogoImage.Normalise(huge).Errors["Logo"][0], StringComparison.Ordinal);
    }
}
