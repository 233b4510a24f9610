using System.Security.Cryptography;
using SkiaSharp;

namespace Hub.Core.Profiles;

/// <summary>
/// Turns an uploaded logo into the PNG Hub serves: checks size and type, decodes with SkiaSharp (PNG, JPEG and WebP
/// only), scales it to fit 256×256 and encodes fresh pixels, so metadata (EXIF, location, comments) and anything
/// smuggled around the picture (a polyglot's script or archive) are gone. Pure: bytes in, bytes or a reason out.
/// </summary>
public static class LogoImage
{
    public const int MaxBytes = 512 * 1024;

    public const int MaxSide = 256;

    /// <summary>Larger pictures are refused before decoding: a small file can declare a huge canvas.</summary>
    public const int MaxSourceSide = 4096;

    public const string ContentType = "image/png";

    private const string Unreadable = "This file is not an image Hub can read. Choose a PNG, JPEG or WebP image.";

    // Linear filtering between mipmap levels: downscaling 4096 to 256 pixels without the aliasing of a single sample.
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public static Outcome<byte[]> Normalise(byte[]? upload)
    {
        if (upload is null || upload.Length == 0)
        {
            return Refuse("The file is empty. Choose a PNG, JPEG or WebP image.");
        }

        if (upload.Length > MaxBytes)
        {
            return Refuse($"Logos can be up to {MaxBytes / 1024} KB; this file has {(upload.Length + 1023) / 1024} KB.");
        }

        if (!LooksLikeAcceptedFormat(upload))
        {
            return Refuse("Choose a PNG, JPEG or WebP image.");
        }

        // Creating the codec reads only the header; no pixel is decoded until GetPixels.
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Webp))
        {
            return Refuse(Unreadable);
        }

        var header = codec.Info;
        if (header.Width <= 0 || header.Height <= 0)
        {
            return Refuse(Unreadable);
        }

        if (header.Width > MaxSourceSide || header.Height > MaxSourceSide)
        {
            return Refuse($"The image is too large: at most {MaxSourceSide}×{MaxSourceSide} pixels.");
        }

        // Decoded into sRGB so an embedded colour profile is applied to the pixels and need not travel on.
        var info = new SKImageInfo(header.Width, header.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(info);
        // A truncated file decodes "incompletely" into a partly blank picture; it is refused rather than stored.
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return Refuse(Unreadable);
        }

        decoded.SetImmutable();
        using var source = SKImage.FromBitmap(decoded);
        return Outcome.Done(Redraw(source, codec.EncodedOrigin));
    }

    /// <summary>The lower-case hex SHA-256 of the bytes.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Draws the picture upright (as its EXIF orientation says) and scaled to fit the box onto a new surface, and
    /// encodes that surface: the PNG holds only these pixels, nothing of the upload's bytes.
    /// </summary>
    private static byte[] Redraw(SKImage source, SKEncodedOrigin origin)
    {
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (width, height) = turned ? (source.Height, source.Width) : (source.Width, source.Height);
        var scale = Math.Min(1.0, Math.Min((double)MaxSide / width, (double)MaxSide / height));
        var target = new SKImageInfo(
            Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)), SKColorType.Rgba8888, SKAlphaType.Premul);

        using var surface = SKSurface.Create(target);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        canvas.Scale((float)target.Width / width, (float)target.Height / height);
        canvas.Concat(Upright(origin, source.Width, source.Height));
        canvas.DrawImage(source, 0, 0, Sampling);
        canvas.Flush();

        using var clean = surface.Snapshot();
        using var png = clean.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Maps the stored pixels (w×h) to the picture as it is meant to be seen.</summary>
    private static SKMatrix Upright(SKEncodedOrigin origin, float w, float h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };

    /// <summary>The file starts as a PNG, JPEG or WebP does; what the browser claimed the type was is not asked.</summary>
    private static bool LooksLikeAcceptedFormat(byte[] b) =>
        StartsWith(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ||
        StartsWith(b, [0xFF, 0xD8, 0xFF]) ||
        (b.Length >= 12 && StartsWith(b, "RIFF"u8) && b.AsSpan(8, 4).SequenceEqual("WEBP"u8));

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);

    private static Outcome<byte[]> Refuse(string message) => Outcome.Invalid("Logo", message).As<byte[]>();
}
